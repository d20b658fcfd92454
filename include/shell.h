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

/* While it waits for a foreground command the shell runs above every
   user process (it is blocked nearly all the time), so ^C reaches it
   even when the command spins at a raised priority; the pager, which
   must free memory for everyone, stays above it */
#define	SHELL_FGPRIO	999

/* The line editor (shell/ledit.c): what ledit returns for a key */
#define	LE_MORE		0		/* go on reading keys		*/
#define	LE_DONE		1		/* Enter: the line is complete	*/
#define	LE_INTR		2		/* ^C: the line is thrown away	*/
#define	LE_EOF		3		/* ^D on an empty line		*/

/* Where the editor is in an escape sequence (ESC [ ... or ESC O x) */
#define	LE_ESCNONE	0
#define	LE_ESC		1		/* after ESC			*/
#define	LE_CSI		2		/* after ESC [			*/
#define	LE_SS3		3		/* after ESC O			*/
#define	LE_MAXARG	1000		/* larger CSI numbers are kept	*/
					/*   at this (none is known)	*/

/* Control keys the editor knows (as a terminal sends them) */
#define	LE_CTRL(c)	((c) & 0x1F)
#define	LE_ESCCH	''
#define	LE_DEL		''
#define	LE_BELL		''

#define	SHELL_HISTLEN	20		/* lines history keeps		*/

/* Recent lines, numbered from 1 since boot; the newest is number count,
   the oldest kept is count - SHELL_HISTLEN + 1 (or 1) */
struct	shhist	{
	char	line[SHELL_HISTLEN][SHELL_BUFLEN];
	int32	count;			/* lines ever added		*/
};

/* One line being edited; the screen shows prompt then buf, with the
   terminal's cursor under buf[pos] */
struct	ledit	{
	did32	dev;			/* echo goes here		*/
	char	*prompt;		/* redrawn by ^L		*/
	struct	shhist	*hist;		/* what up and down walk	*/
	char	buf[SHELL_BUFLEN];	/* the line, NUL-terminated	*/
	int32	len;			/* its length (< SHELL_BUFLEN)	*/
	int32	pos;			/* cursor: 0 .. len		*/
	int32	esc;			/* LE_ESCNONE ... LE_SS3	*/
	int32	escarg;			/* first number of a CSI	*/
	bool8	escsemi;		/* a ';' ended that number	*/
	int32	hnum;			/* history line shown; count+1:	*/
					/*   the line being typed	*/
	char	draft[SHELL_BUFLEN];	/* that line, while up shows	*/
					/*   older ones			*/
};

extern	struct	shhist	shhistory;	/* the console shell's history	*/

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
extern	bool8	waitchild_tty(pid32, did32);
extern	status	shellnum(char *, uint32 *);
extern	shellcmd shellusage(char *, char *);
extern	shellcmd shellbadword(char *, char *, char *);
extern	status	shellpid(char *, char *, pid32 *);
extern	void	ledinit(struct ledit *, did32, char *, struct shhist *);
extern	int32	ledit(struct ledit *, char);
extern	void	histadd(struct shhist *, char *);
extern	char	*histget(struct shhist *, int32);
extern	bool8	waitfg(pid32, did32);
extern	char	*cmdhelp(char *);

#endif /* _SHELL_H_ */
