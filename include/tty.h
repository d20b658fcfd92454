/* tty.h - tty device: line discipline state, modes and control codes */

#ifndef _TTY_H_
#define _TTY_H_

/*
 * Input arrives by interrupt into a ring buffer.  tyisem counts the
 * characters a reader may take.  In cooked mode the line being typed sits
 * in the buffer too (its tyicursor characters at the tail) but is not
 * counted by tyisem until the line ends, so it can still be edited.
 * Output is polled: each byte waits for the UART's holding register.
 *
 * ^C (tyintrc) in cooked or cbreak mode, while a process is registered
 * with TC_INTRPID (the shell), is no input: the tty throws away the line
 * being edited, records the interrupt and wakes the process, which acts
 * on it in process context (an interrupt handler cannot kill: the victim
 * may be the process it interrupted).  In raw mode ^C is data, so a
 * program that reads keys gets it.
 */

#ifndef TY_IBUFLEN
#define	TY_IBUFLEN	1024		/* input buffer size (bytes)	*/
#endif

/* Input modes */
#define	TY_IMRAW	'R'	/* every byte as it comes: no echo, no edit */
#define	TY_IMCOOKED	'C'	/* line editing; a line at a time	*/
#define	TY_IMCBREAK	'K'	/* echo and CR mapping, no line editing	*/

/* Characters with a meaning to the line discipline */
#define	TY_NEWLINE	'\n'
#define	TY_RETURN	'\r'
#define	TY_BACKSP	'\b'	/* erase the previous character		*/
#define	TY_BACKSP2	'\177'	/* DEL, which many terminals send instead */
#define	TY_KILLCH	'\025'	/* ^U: erase the whole line		*/
#define	TY_EOFCH	'\004'	/* ^D at the start of a line: end of file */
#define	TY_BELL		'\007'	/* complaint when the buffer is full	*/
#define	TY_BLANK	' '
#define	TY_UPARROW	'^'	/* control chars are echoed as ^X	*/
#define	TY_CTLBIT	0x40	/* ^X is shown as X = ctrl char ^ this	*/
#define	TY_FIRSTPRINT	' '	/* lowest printable character		*/
#define	TY_TAB		'\t'
#define	TY_INTRCH	'\003'	/* ^C: interrupt the foreground command	*/
#define	TY_NOPID	(-1)	/* no process is told of ^C		*/

/* What the tty sends the process registered with TC_INTRPID when ^C is
   typed: only a wake-up (a pid is below NPROC, so this is no death
   notice); the process asks TC_INTR whether ^C came, since a message
   can be lost when its one slot is full */
#define	TY_INTRMSG	0x7F030000

/* Control functions (Xinu's numbering) */
#define	TC_NEXTC	3	/* peek at the next character (blocks)	*/
#define	TC_MODER	4	/* raw mode				*/
#define	TC_MODEC	5	/* cooked mode				*/
#define	TC_MODEK	6	/* cbreak mode				*/
#define	TC_ICHARS	8	/* number of characters ready to read	*/
#define	TC_ECHO		9	/* echo input				*/
#define	TC_NOECHO	10	/* do not echo input			*/
#define	TC_INTRPID	11	/* arg1: process told of ^C (TY_NOPID:	*/
				/*   none; then ^C is an ordinary char)	*/
#define	TC_INTR		12	/* TY_INTRSEEN if ^C came since the last */
				/*   ask, else 0			*/
#define	TY_INTRSEEN	2	/* not OK: a device without TC_INTR	*/
				/*   (ionull answers OK) reports none	*/

struct	ttycblk	{
	uint16	typort;		/* base I/O port of the UART		*/
	bool8	tyinited;	/* ttyinit has run: buffer and sem valid */
	char	tyimode;	/* TY_IMRAW, TY_IMCOOKED or TY_IMCBREAK	*/
	bool8	tyiecho;	/* echo input (cooked and cbreak only)	*/
	bool8	tyevis;		/* echo control characters as ^X	*/
	bool8	tyicrlf;	/* map CR to LF on input		*/
	bool8	tyocrlf;	/* send LF as CR LF on output		*/
	bool8	tyeof;		/* honor tyeofch in cooked mode		*/
	char	tyeofch;	/* end-of-file character		*/
	char	tyikillc;	/* line-kill character			*/
	char	tyierasec;	/* erase character			*/
	char	tyierasec2;	/* alternate erase character		*/
	int32	tyihead;	/* index of the next char to read	*/
	int32	tyitail;	/* index where the next char goes	*/
	int32	tyicnt;		/* chars in the buffer, readable or not	*/
	int32	tyicursor;	/* chars of the line still being edited	*/
	char	tyintrc;	/* interrupt character (^C)		*/
	pid32	tyintrpid;	/* process told of it, or TY_NOPID	*/
	bool8	tyintr;		/* ^C typed and not yet asked about	*/
	sid32	tyisem;		/* counts readable characters		*/
	char	tyibuff[TY_IBUFLEN];	/* input ring buffer		*/
};

extern	struct	ttycblk	ttytab[];

/* Device switch entry points (device/tty) */
extern	devcall	ttyinit(struct dentry *);
extern	devcall	ttyread(struct dentry *, char *, int32);
extern	devcall	ttywrite(struct dentry *, char *, int32);
extern	devcall	ttygetc(struct dentry *);
extern	devcall	ttyputc(struct dentry *, char);
extern	devcall	ttycontrol(struct dentry *, int32, int32, int32);
extern	void	ttyhandler(void);

/* Internals shared by the files of device/tty (and the tests) */
extern	void	ttyhandle_in(struct ttycblk *, char);
extern	void	ttyoutc(struct ttycblk *, char);
extern	void	ttyecho(struct ttycblk *, char);
extern	void	ttyerase(struct ttycblk *);
extern	char	ttyfetch(struct ttycblk *);
extern	bool8	ttymore(struct ttycblk *);
extern	void	ttyrelease(struct ttycblk *);
extern	void	ttyintr(struct ttycblk *);

#endif /* _TTY_H_ */
