/* shell.c - shell */

#include <xinu.h>
#include <shell.h>

local	int32	shreadline(did32, char *);
local	void	shlexerr(did32, int32);
local	void	shrun(did32, const struct cmdent *, int32, char *[], bool8);
local	process	cmdproc(cmdfunc, int32, char *, uint32);

/*------------------------------------------------------------------------
 * shell  -  Read commands from a device and run them until EOF or exit
 *
 * Each line is split into words by lexan; the first names the command.
 * A builtin is called right here; any other command runs in a process
 * of its own that reads and writes dev, and the shell waits for it to
 * end unless the line ended with '&'.
 *------------------------------------------------------------------------
 */
process	shell(
	  did32		dev		/* device to converse over	*/
	)
{
	char	buf[SHELL_BUFLEN];	/* line as typed		*/
	char	tokbuf[SHELL_TOKLEN];	/* its words			*/
	char	*tok[SHELL_MAXTOK + 1];	/* pointers to the words	*/
	int32	len;			/* characters read		*/
	int32	ntok;			/* words, or a LEXERR_ code	*/
	bool8	backgnd;		/* line ended with '&'		*/
	const struct cmdent *cmd;	/* command named by tok[0]	*/
	struct	procent *prptr;		/* the shell's own entry	*/
	intmask	mask;			/* saved interrupt mask		*/

	/* Builtins print to stdout, which must be the shell's device */
	mask = disable();
	prptr = &proctab[getpid()];
	prptr->prdesc[0] = prptr->prdesc[1] = prptr->prdesc[2] = dev;
	restore(mask);

	for (;;) {
		fprintf(dev, "%s", SHELL_PROMPT);
		len = shreadline(dev, buf);
		if (len == EOF) {
			fprintf(dev, "\n");
			break;
		}
		if (len == SYSERR) {
			fprintf(dev, "xsh: cannot read device %d\n", dev);
			break;
		}

		ntok = lexan(buf, len, tokbuf, sizeof(tokbuf), tok,
						SHELL_MAXTOK, &backgnd);
		if (ntok < 0) {
			shlexerr(dev, ntok);
			continue;
		}
		if (ntok == 0) {
			continue;
		}

		cmd = cmdlookup(tok[0]);
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
	return OK;
}

/*------------------------------------------------------------------------
 * shreadline  -  Read one line into buf (SHELL_BUFLEN bytes)
 *
 * Returns its length, EOF or SYSERR.  The tty hands over at most what
 * fits, so a line that fills buf without its newline is too long: the
 * rest of it is read and thrown away, and the line counts as empty.
 *------------------------------------------------------------------------
 */
local	int32	shreadline(
	  did32		dev,		/* device to read		*/
	  char		*buf		/* where the line goes		*/
	)
{
	int32	n;			/* characters read		*/

	n = read(dev, buf, SHELL_BUFLEN);
	if (n < SHELL_BUFLEN || buf[n - 1] == '\n' || buf[n - 1] == '\r') {
		return n;
	}
	do {
		n = read(dev, buf, SHELL_BUFLEN);
	} while (n == SHELL_BUFLEN && buf[n - 1] != '\n'
						&& buf[n - 1] != '\r');
	if (n == EOF || n == SYSERR) {
		return n;
	}
	fprintf(dev, "xsh: line too long (at most %d characters)\n",
						SHELL_BUFLEN - 1);
	return 0;
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
	if (!backgnd) {
		waitchild(child);
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
