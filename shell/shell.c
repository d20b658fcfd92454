/* shell.c - shell */

#include <xinu.h>
#include <shell.h>

local	int32	shreadline(did32, struct ledit *);
local	status	shexpand(did32, char *, char *);
local	void	shlexerr(did32, int32);
local	void	shrun(did32, const struct cmdent *, int32, char *[], bool8);
local	void	shprog(did32, int32, char *[], bool8);
local	process	cmdproc(cmdfunc, int32, char *, uint32);

/* A shell registers with its tty for ^C; if it is killed, the hook
   (killhook.h) unregisters it, so the tty never wakes a pid that may
   belong to another process by then, and leaves the tty cooked */
struct	shhook	{
	struct	killhook hook;		/* first: the hook is the record */
	did32	dev;			/* the shell's tty		*/
};
static	struct	shhook	sh_hooks[NPROC];

/* Kill hook (interrupts off; control does not block for these) */
static	void	sh_killed(struct killhook *h, pid32 pid)
{
	did32	dev = ((struct shhook *)h)->dev;

	control(dev, TC_INTRPID, TY_NOPID, 0);
	control(dev, TC_MODEC, 0, 0);
	control(dev, TC_ECHO, 0, 0);
}

/*------------------------------------------------------------------------
 * shell  -  Read commands from a device and run them until EOF or exit
 *
 * Lines are read in raw mode through the line editor (ledit: cursor
 * keys, history, ^C); `!n` at the start of a line is history line n.
 * Each line is split into words by lexan; the first names the command.
 * A builtin is called right here; any other command runs in a process
 * of its own that reads and writes dev, and the shell waits for it to
 * end unless the line ended with '&'.  Commands run with the tty cooked
 * and echoing, whatever a previous command left; ^C then makes the tty
 * tell the shell, which kills the foreground command (waitfg).
 *------------------------------------------------------------------------
 */
process	shell(
	  did32		dev		/* device to converse over	*/
	)
{
	struct	ledit	le;		/* the line as typed		*/
	char	line[SHELL_BUFLEN];	/* ... after !n expansion	*/
	char	tokbuf[SHELL_TOKLEN];	/* its words			*/
	char	*tok[SHELL_MAXTOK + 1];	/* pointers to the words	*/
	int32	rc;			/* what ended the line		*/
	int32	ntok;			/* words, or a LEXERR_ code	*/
	bool8	backgnd;		/* line ended with '&'		*/
	const struct cmdent *cmd;	/* command named by tok[0]	*/
	struct	procent *prptr;		/* the shell's own entry	*/
	struct	shhook	*hook;		/* its kill hook		*/
	pid32	self;			/* the shell			*/
	intmask	mask;			/* saved interrupt mask		*/

	/* Builtins print to stdout, which must be the shell's device */
	mask = disable();
	self = getpid();
	prptr = &proctab[self];
	prptr->prdesc[0] = prptr->prdesc[1] = prptr->prdesc[2] = dev;
	hook = &sh_hooks[self];
	hook->hook.fn = sh_killed;
	hook->dev = dev;
	killhook_push(&hook->hook);
	control(dev, TC_INTRPID, self, 0);
	restore(mask);

	for (;;) {
		control(dev, TC_MODER, 0, 0);
		fprintf(dev, "%s", SHELL_PROMPT);
		rc = shreadline(dev, &le);

		/* Cooked for the command; a ^C typed from here on is an
		   interrupt for it, so one typed before is forgotten
		   first (in raw mode none is recorded).  The newline is
		   echoed only now, so whoever sees it knows that ^C
		   will interrupt what this line runs */
		control(dev, TC_INTR, 0, 0);
		control(dev, TC_MODEC, 0, 0);
		control(dev, TC_ECHO, 0, 0);
		fprintf(dev, "\n");
		if (rc == LE_EOF) {
			break;
		}
		if (rc == SYSERR) {
			fprintf(dev, "xsh: cannot read device %d\n", dev);
			break;
		}
		if (rc == LE_INTR || shexpand(dev, le.buf, line) != OK) {
			continue;
		}
		histadd(&shhistory, line);

		ntok = lexan(line, strlen(line), tokbuf, sizeof(tokbuf), tok,
						SHELL_MAXTOK, &backgnd);
		if (ntok < 0) {
			shlexerr(dev, ntok);
			continue;
		}
		if (ntok == 0) {
			continue;
		}

		cmd = cmdlookup(tok[0]);
		if (cmd == NULL && uprog_find(tok[0]) != SYSERR) {
			shprog(dev, ntok, tok, backgnd);	/* user/ */
			continue;
		}
		if (cmd == NULL) {
			fprintf(dev, "xsh: %s: command not found\n", tok[0]);
			continue;
		}
		if (cmd->cbuiltin) {
			if ((*cmd->cfunc)(ntok, tok) == SHELL_EXIT) {
				break;
			}
			continue;
		}
		shrun(dev, cmd, ntok, tok, backgnd);
	}

	mask = disable();
	killhook_pop(&hook->hook);
	control(dev, TC_INTRPID, TY_NOPID, 0);
	restore(mask);
	return OK;
}

/*------------------------------------------------------------------------
 * shreadline  -  Read one line through the line editor into le->buf
 *
 * Returns LE_DONE, LE_INTR (^C: the line is empty), LE_EOF (^D on an
 * empty line, or the device's end of file) or SYSERR.  The editor keeps
 * the line below SHELL_BUFLEN characters (it rings the bell instead).
 *------------------------------------------------------------------------
 */
local	int32	shreadline(
	  did32		dev,		/* device to read		*/
	  struct ledit	*le		/* editor state			*/
	)
{
	int32	c;			/* byte read, or EOF/SYSERR	*/
	int32	rc;			/* what the key did		*/

	ledinit(le, dev, SHELL_PROMPT, &shhistory);
	for (;;) {
		c = getc(dev);
		if (c == EOF) {
			return LE_EOF;
		}
		if (c == SYSERR) {
			return SYSERR;
		}
		rc = ledit(le, (char)c);
		if (rc != LE_MORE) {
			return rc;
		}
	}
}

/*------------------------------------------------------------------------
 * shexpand  -  Copy a line to out, replacing a leading !n (history line
 *		n) or !! (the newest); the result is shown, as it runs
 *
 * Returns SYSERR, having said why, if the line is not in the history or
 * the result is too long.
 *------------------------------------------------------------------------
 */
local	status	shexpand(
	  did32		dev,		/* the shell's device		*/
	  char		*in,		/* line as typed		*/
	  char		*out		/* SHELL_BUFLEN bytes		*/
	)
{
	char	*p = in;		/* scans in			*/
	char	*rest;			/* what follows the !n		*/
	char	*old;			/* the history line		*/
	int32	n;			/* its number			*/

	while (*p == ' ' || *p == '\t') {
		p++;
	}
	if (*p != '!' || p[1] == NULLCH || p[1] == ' ') {
		strncpy(out, in, SHELL_BUFLEN);		/* in is shorter */
		return OK;
	}
	if (p[1] == '!') {
		n = shhistory.count;
		rest = p + 2;
	} else {
		n = 0;
		for (rest = p + 1; *rest >= '0' && *rest <= '9'; rest++) {
			if (n < SHELL_BUFLEN * SHELL_HISTLEN) {
				n = n * 10 + (*rest - '0');
			}
		}
		if (rest == p + 1) {
			for (; *rest != NULLCH && *rest != ' '; rest++) {
				;
			}
			fprintf(dev, "xsh: %.*s: not a history line number "
				"(history lists them)\n", (int)(rest - p), p);
			return SYSERR;
		}
	}
	old = histget(&shhistory, n);
	if (old == NULL) {
		fprintf(dev, "xsh: !%d: no such line in the history "
			"(history lists them)\n", n);
		return SYSERR;
	}
	if (strlen(old) + strlen(rest) >= SHELL_BUFLEN) {
		fprintf(dev, "xsh: line too long (at most %d characters)\n",
							SHELL_BUFLEN - 1);
		return SYSERR;
	}
	strncpy(out, old, SHELL_BUFLEN);
	strncpy(out + strlen(old), rest, SHELL_BUFLEN - strlen(old));
	fprintf(dev, "%s\n", out);
	return OK;
}

/*------------------------------------------------------------------------
 * shlexerr  -  Explain on one line why lexan rejected a line
 *------------------------------------------------------------------------
 */
local	void	shlexerr(
	  did32		dev,		/* device to write		*/
	  int32		err		/* LEXERR_ code			*/
	)
{
	switch (err) {
	case LEXERR_QUOTE:
		fprintf(dev, "xsh: syntax error: unterminated quote\n");
		break;
	case LEXERR_AMP:
		fprintf(dev, "xsh: syntax error: '&' must end a command\n");
		break;
	case LEXERR_NTOK:
		fprintf(dev, "xsh: too many words (at most %d)\n",
							SHELL_MAXTOK);
		break;
	default:
		fprintf(dev, "xsh: line too long\n");
		break;
	}
}

/*------------------------------------------------------------------------
 * shrun  -  Run a command in a new process, waiting unless in background
 *
 * The words live in the shell's buffers, which the next line overwrites
 * while a background command may still be using them.  So they are
 * copied, back to back with their NULs, into one heap block that the
 * new process moves onto its own stack and frees before anything else
 * (see cmdproc): nothing is left behind however the command ends.
 *------------------------------------------------------------------------
 */
local	void	shrun(
	  did32		dev,		/* the shell's device		*/
	  const struct cmdent *cmd,	/* command to run		*/
	  int32		nargs,		/* number of words		*/
	  char		*args[],	/* the words, args[0] = name	*/
	  bool8		backgnd		/* do not wait for it		*/
	)
{
	char	*block;			/* copy of the words		*/
	uint32	blen;			/* its length in bytes		*/
	uint32	wlen;			/* length of one word with NUL	*/
	char	*to;			/* where the next word goes	*/
	int32	i;
	pid32	child;			/* process running the command	*/
	struct	procent *prptr;		/* its table entry		*/
	intmask	mask;			/* saved interrupt mask		*/

	blen = 0;
	for (i = 0; i < nargs; i++) {
		blen += strlen(args[i]) + 1;
	}
	block = getmem(blen);
	if (block == (char *)SYSERR) {
		fprintf(dev, "xsh: %s: out of memory\n", cmd->cname);
		return;
	}
	to = block;
	for (i = 0; i < nargs; i++) {
		wlen = strlen(args[i]) + 1;
		memcpy(to, args[i], wlen);
		to += wlen;
	}

	/* Only the death notice of this child may end the wait */
	recvclr();
	child = create(cmdproc, SHELL_CMDSTK, SHELL_CMDPRIO, cmd->cname,
				4, cmd->cfunc, nargs, block, blen);
	if (child == SYSERR) {
		freemem(block, blen);
		fprintf(dev, "xsh: %s: cannot create a process\n",
							cmd->cname);
		return;
	}

	mask = disable();
	prptr = &proctab[child];
	prptr->prdesc[0] = prptr->prdesc[1] = prptr->prdesc[2] = dev;
	restore(mask);

	resume(child);
	if (!backgnd && waitfg(child, dev)) {
		fprintf(dev, "\n");		/* after the tty's ^C	*/
	}
}

/*------------------------------------------------------------------------
 * shprog - run user program args[0] (a file of user/) in ring 3 with the
 *	words as its argv, its descriptors the shell's device, waiting for
 *	it unless backgnd (^C kills it as it does a command)
 *------------------------------------------------------------------------
 */
local	void	shprog(
	  did32		dev,		/* the shell's device		*/
	  int32		nargs,		/* number of words		*/
	  char		*args[],	/* the words, args[0] = name	*/
	  bool8		backgnd		/* do not wait for it		*/
	)
{
	pid32	child;
	struct	procent *prptr;
	intmask	mask;

	recvclr();		/* only this child's death ends the wait */
	child = ucreate(args[0], SHELL_CMDPRIO, nargs, args);
	if (child == SYSERR) {
		fprintf(dev, "xsh: %s: cannot start the program\n", args[0]);
		return;
	}
	mask = disable();
	prptr = &proctab[child];
	prptr->prdesc[0] = prptr->prdesc[1] = prptr->prdesc[2] = dev;
	restore(mask);
	if (backgnd) {
		fprintf(dev, "[%d]\n", child);
	}
	resume(child);
	if (!backgnd && waitfg(child, dev)) {
		fprintf(dev, "\n");		/* after the tty's ^C	*/
	}
}

/*------------------------------------------------------------------------
 * cmdproc  -  Top of a command process: unpack the words, run the command
 *------------------------------------------------------------------------
 */
local	process	cmdproc(
	  cmdfunc	func,		/* xsh_ function to call	*/
	  int32		nargs,		/* number of words		*/
	  char		*block,		/* the words, from shrun	*/
	  uint32	blen		/* length of block		*/
	)
{
	char	text[SHELL_TOKLEN];	/* the words, on this stack	*/
	char	*args[SHELL_MAXTOK + 1];/* pointers into text		*/
	char	*from;			/* next word in text		*/
	int32	i;

	/* lexan's limits bound both sizes; refuse anything else */
	if (blen > sizeof(text) || nargs < 1 || nargs > SHELL_MAXTOK) {
		freemem(block, blen);
		return 1;
	}
	memcpy(text, block, blen);
	freemem(block, blen);

	from = text;
	for (i = 0; i < nargs; i++) {
		args[i] = from;
		from += strlen(from) + 1;
	}
	args[nargs] = NULL;

	return (*func)(nargs, args);
}
