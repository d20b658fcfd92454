/* shell.h - the Xinu shell: limits, lexer, command table */

#ifndef _SHELL_H_
#define _SHELL_H_

/* Sizes of the shell's input line and of what the lexer makes of it */
#define	SHELL_BUFLEN	256		/* longest input line read	*/
#define	SHELL_MAXTOK	32		/* most words in one command	*/
#define	SHELL_TOKLEN	(SHELL_BUFLEN + 1) /* words plus their NULs fit */

/* The shell process and the processes it runs commands in */
#define	SHELL_STK	16384		/* stack of the shell itself	*/
#define	SHELL_CMDSTK	16384		/* stack of a command process	*/
#define	SHELL_CMDPRIO	INITPRIO	/* priority of a command process*/
#define	SHELL_WAITMS	100		/* how often a waiting parent	*/
					/*   rechecks a silent child	*/
#define	SHELL_GONEMS	1		/* ... and one that said it died */

#define	SHELL_PROMPT	"xsh $ "	/* host tests wait for "xsh $"	*/

/* A builtin returns this to make the shell end (main restarts it) */
#define	SHELL_EXIT	2

/* memdump may only read the kernel's identity-mapped region: any
   other address may be unmapped once paging is on */
#define	SHELL_KMEMBASE	PAGE_SIZE	/* page 0 is unmapped	*/
#define	SHELL_KMEMTOP	VWIN_BASE	/* the window may be unmapped */
#define	SHELL_DUMPLEN	128		/* memdump's default length	*/
#define	SHELL_DUMPROW	16		/* bytes per memdump row	*/

/* sleep(n) counts milliseconds in an int32 */
#define	SHELL_MAXSLEEP	(0x7FFFFFFF / 1000)

/* lexan's errors (a result >= 0 is the number of words) */
#define	LEXERR_QUOTE	(-10)		/* a quote is never closed	*/
#define	LEXERR_AMP	(-11)		/* '&' not at the end, or alone	*/
#define	LEXERR_NTOK	(-12)		/* more than maxtok words	*/
#define	LEXERR_SPACE	(-13)		/* token buffer too small	*/

typedef	shellcmd (*cmdfunc)(int32, char *[]);

/* One shell command: the table is in shell/cmdtab.c */
struct	cmdent	{
	char	*cname;			/* what the user types		*/
	bool8	cbuiltin;		/* run inside the shell process	*/
	cmdfunc	cfunc;			/* xsh_<cname>			*/
	char	*cusage;		/* argument synopsis		*/
	char	*csummary;		/* one line for help		*/
};

extern	const struct cmdent cmdtab[];
extern	const int32	ncmd;

extern	process	shell(did32);
extern	int32	lexan(char *, int32, char *, int32, char *[], int32, bool8 *);
extern	const struct cmdent *cmdlookup(char *);
extern	status	waitchild(pid32);
extern	status	shellnum(char *, uint32 *);
extern	shellcmd shellusage(char *, char *);

#endif /* _SHELL_H_ */
