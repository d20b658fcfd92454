/* test_shell.c - tests of the shell's lexer, command table and commands */

#include <xinu.h>
#include <net.h>
#include <shell.h>
#include <memmap.h>
#include "testsuite.h"

/*
 * The lexer and the table are tested directly.  Commands are run the way
 * the shell runs a builtin (lexan, cmdlookup, call) but with stdout and
 * stderr on the null device, so only their status is checked here; what
 * they print over the console is the host tests' business.
 */

#define	NUMSTR		32		/* room for a formatted number	*/
#define	SLEEPER_MS	250		/* life of a test child		*/
#define	STRAY_MSG	12345		/* a message no child sends	*/

/* Outputs of one lexan call */
struct	lexout	{
	char	tokbuf[SHELL_TOKLEN];
	char	*tok[SHELL_MAXTOK + 1];
	bool8	backgnd;
};

/* Split a NUL-terminated line with the shell's own limits */
local	int32	lex(char *line, struct lexout *lo)
{
	return lexan(line, strlen(line), lo->tokbuf, sizeof(lo->tokbuf),
				lo->tok, SHELL_MAXTOK, &lo->backgnd);
}

/* Is word i of the lexer's output exactly s? */
local	bool8	tokis(struct lexout *lo, int32 i, char *s)
{
	return lo->tok[i] != NULL && strcmp(lo->tok[i], s) == 0;
}

/* Run a command line as the shell runs a builtin, output discarded;
   returns the command's status, or -1 if the line is not a command */
local	int32	runline(char *line)
{
	struct	lexout	lo;
	const struct cmdent *cp;
	struct	procent	*prptr;
	int16	oldout, olderr;
	int32	ntok, rc;

	ntok = lex(line, &lo);
	if (ntok <= 0 || (cp = cmdlookup(lo.tok[0])) == NULL) {
		return -1;
	}
	prptr = &proctab[getpid()];
	oldout = prptr->prdesc[1];
	olderr = prptr->prdesc[2];
	prptr->prdesc[1] = prptr->prdesc[2] = NULLDEV;
	rc = (*cp->cfunc)(ntok, lo.tok);
	prptr->prdesc[1] = oldout;
	prptr->prdesc[2] = olderr;
	return rc;
}

/* Children for the waitchild and kill tests */
local	process	sleeper(void)
{
	sleepms(SLEEPER_MS);
	return OK;
}

local	process	quitter(void)
{
	return OK;
}

TESTCASE(lexan_empty_and_blank)
{
	struct	lexout	lo;

	CHECK_EQ(lex("", &lo), 0);
	CHECK(!lo.backgnd);
	CHECK(lo.tok[0] == NULL);
	CHECK_EQ(lex("  \t \r\n", &lo), 0);
	CHECK(!lo.backgnd);
}

TESTCASE(lexan_words)
{
	struct	lexout	lo;

	CHECK_EQ(lex("echo a bc\n", &lo), 3);
	CHECK(tokis(&lo, 0, "echo"));
	CHECK(tokis(&lo, 1, "a"));
	CHECK(tokis(&lo, 2, "bc"));
	CHECK(lo.tok[3] == NULL);
	CHECK(!lo.backgnd);

	CHECK_EQ(lex("\t  ps   \t ", &lo), 1);
	CHECK(tokis(&lo, 0, "ps"));
}

TESTCASE(lexan_respects_length)
{
	struct	lexout	lo;
	char	line[] = "echo abc";

	/* only "echo" lies within the length, and the line is untouched */
	CHECK_EQ(lexan(line, 4, lo.tokbuf, sizeof(lo.tokbuf), lo.tok,
				SHELL_MAXTOK, &lo.backgnd), 1);
	CHECK(tokis(&lo, 0, "echo"));
	CHECK(strcmp(line, "echo abc") == 0);
}

TESTCASE(lexan_quotes)
{
	struct	lexout	lo;

	CHECK_EQ(lex("echo \"a  b\" c", &lo), 3);
	CHECK(tokis(&lo, 1, "a  b"));
	CHECK(tokis(&lo, 2, "c"));

	/* each quote protects the other kind, and blanks */
	CHECK_EQ(lex("echo 'say \"hi\"' \"it's\"", &lo), 3);
	CHECK(tokis(&lo, 1, "say \"hi\""));
	CHECK(tokis(&lo, 2, "it's"));

	/* quoted parts join the letters around them */
	CHECK_EQ(lex("a\"b c\"d'e'", &lo), 1);
	CHECK(tokis(&lo, 0, "ab cde"));

	/* an empty pair is an empty word */
	CHECK_EQ(lex("echo \"\" ''", &lo), 3);
	CHECK(tokis(&lo, 1, ""));
	CHECK(tokis(&lo, 2, ""));

	/* a quoted & is just a character */
	CHECK_EQ(lex("echo '&' a\"&\"", &lo), 3);
	CHECK(tokis(&lo, 1, "&"));
	CHECK(tokis(&lo, 2, "a&"));
	CHECK(!lo.backgnd);
}

TESTCASE(lexan_unterminated_quote)
{
	struct	lexout	lo;

	CHECK_EQ(lex("echo \"abc", &lo), LEXERR_QUOTE);
	CHECK_EQ(lex("echo 'abc\n", &lo), LEXERR_QUOTE);
	CHECK_EQ(lex("echo abc\"", &lo), LEXERR_QUOTE);
	CHECK_EQ(lex("'", &lo), LEXERR_QUOTE);
	CHECK_EQ(lex("echo \"it's", &lo), LEXERR_QUOTE);
}

TESTCASE(lexan_background)
{
	struct	lexout	lo;

	CHECK_EQ(lex("sleep 5 &\n", &lo), 2);
	CHECK(lo.backgnd);
	CHECK(tokis(&lo, 0, "sleep"));
	CHECK(tokis(&lo, 1, "5"));
	CHECK(lo.tok[2] == NULL);

	CHECK_EQ(lex("sleep 5&", &lo), 2);
	CHECK(lo.backgnd);
	CHECK(tokis(&lo, 1, "5"));

	CHECK_EQ(lex("ps &  \t", &lo), 1);
	CHECK(lo.backgnd);

	CHECK_EQ(lex("echo a & b", &lo), LEXERR_AMP);
	CHECK_EQ(lex("echo a&b", &lo), LEXERR_AMP);
	CHECK_EQ(lex("echo & &", &lo), LEXERR_AMP);
	CHECK_EQ(lex("&", &lo), LEXERR_AMP);
	CHECK_EQ(lex("  & ", &lo), LEXERR_AMP);
}

TESTCASE(lexan_many_words)
{
	struct	lexout	lo;
	char	line[2 * (SHELL_MAXTOK + 1) + 1];
	int32	i;

	/* exactly SHELL_MAXTOK one-letter words fit ... */
	for (i = 0; i < SHELL_MAXTOK; i++) {
		line[2 * i] = 'a' + (i % 26);
		line[2 * i + 1] = ' ';
	}
	line[2 * SHELL_MAXTOK] = NULLCH;
	CHECK_EQ(lex(line, &lo), SHELL_MAXTOK);
	CHECK(tokis(&lo, SHELL_MAXTOK - 1, "f"));	/* (32-1) % 26 */
	CHECK(lo.tok[SHELL_MAXTOK] == NULL);

	/* ... and one more is refused */
	line[2 * SHELL_MAXTOK] = 'z';
	line[2 * SHELL_MAXTOK + 1] = NULLCH;
	CHECK_EQ(lex(line, &lo), LEXERR_NTOK);
}

TESTCASE(lexan_small_buffer)
{
	char	tokbuf[4];
	char	*tok[SHELL_MAXTOK + 1];
	bool8	bg;

	/* "ab" and its NUL fit in 4 bytes, "ab cd" needs 6 */
	CHECK_EQ(lexan("ab", 2, tokbuf, sizeof(tokbuf), tok, SHELL_MAXTOK,
							&bg), 1);
	CHECK_EQ(lexan("ab cd", 5, tokbuf, sizeof(tokbuf), tok,
					SHELL_MAXTOK, &bg), LEXERR_SPACE);
	CHECK_EQ(lexan("'abcd'", 6, tokbuf, sizeof(tokbuf), tok,
					SHELL_MAXTOK, &bg), LEXERR_SPACE);
}

TESTCASE(cmdtab_lookup)
{
	const struct cmdent *cp;
	int32	i, j;

	cp = cmdlookup("echo");
	CHECK(cp != NULL);
	if (cp != NULL) {
		CHECK(strcmp(cp->cname, "echo") == 0);
		CHECK(!cp->cbuiltin);
	}
	cp = cmdlookup("exit");
	CHECK(cp != NULL && cp->cbuiltin);

	CHECK(cmdlookup("nosuchcmd") == NULL);
	CHECK(cmdlookup("") == NULL);
	CHECK(cmdlookup("ech") == NULL);	/* no prefix matching	*/
	CHECK(cmdlookup("echoo") == NULL);
	CHECK(cmdlookup("ECHO") == NULL);

	/* every entry is complete, found by its name, and unique */
	CHECK(ncmd > 0);
	for (i = 0; i < ncmd; i++) {
		CHECK(cmdtab[i].cfunc != NULL);
		CHECK(cmdtab[i].cusage != NULL && cmdtab[i].csummary != NULL);
		CHECK(cmdlookup(cmdtab[i].cname) == &cmdtab[i]);
		for (j = i + 1; j < ncmd; j++) {
			CHECK(strcmp(cmdtab[i].cname, cmdtab[j].cname) != 0);
		}
	}
}

TESTCASE(shellnum_parse)
{
	uint32	v;

	CHECK_EQ(shellnum("0", &v), OK);
	CHECK_EQ(v, 0);
	CHECK_EQ(shellnum("42", &v), OK);
	CHECK_EQ(v, 42);
	CHECK_EQ(shellnum("0x1F", &v), OK);
	CHECK_EQ(v, 31);
	CHECK_EQ(shellnum("010", &v), OK);
	CHECK_EQ(v, 8);
	CHECK_EQ(shellnum("", &v), SYSERR);
	CHECK_EQ(shellnum("x", &v), SYSERR);
	CHECK_EQ(shellnum("-1", &v), SYSERR);
	CHECK_EQ(shellnum("+1", &v), SYSERR);
	CHECK_EQ(shellnum(" 1", &v), SYSERR);
	CHECK_EQ(shellnum("12x", &v), SYSERR);
	CHECK_EQ(shellnum("0x", &v), SYSERR);
	CHECK_EQ(shellnum("99999999999", &v), SYSERR);
}

TESTCASE(shell_command_status)
{
	static	byte	dumpme[40];	/* a kernel address to dump	*/
	char	line[SHELL_BUFLEN];

	CHECK_EQ(runline("echo"), 0);
	CHECK_EQ(runline("echo a \"b  c\""), 0);
	CHECK_EQ(runline("help"), 0);
	CHECK_EQ(runline("help echo"), 0);
	CHECK_EQ(runline("help nosuchcmd"), 1);
	CHECK_EQ(runline("help echo ps"), 1);
	CHECK_EQ(runline("ps"), 0);
	CHECK_EQ(runline("ps x"), 1);
	CHECK_EQ(runline("devdump"), 0);
	CHECK_EQ(runline("devdump x"), 1);
	CHECK_EQ(runline("uptime"), 0);
	CHECK_EQ(runline("uptime x"), 1);
	CHECK_EQ(runline("memstat"), 0);
	CHECK_EQ(runline("memstat x"), 1);
	CHECK_EQ(runline("clear"), 0);
	CHECK_EQ(runline("clear x"), 1);
	CHECK_EQ(runline("exit"), SHELL_EXIT);
	CHECK_EQ(runline("exit now"), 1);

	CHECK_EQ(runline("sleep"), 1);
	CHECK_EQ(runline("sleep x"), 1);
	CHECK_EQ(runline("sleep -1"), 1);
	CHECK_EQ(runline("sleep 1 2"), 1);
	CHECK_EQ(runline("sleep 99999999"), 1);
	CHECK_EQ(runline("sleep 0"), 0);

	CHECK_EQ(runline("kill"), 1);
	CHECK_EQ(runline("kill x"), 1);
	CHECK_EQ(runline("kill 1 2"), 1);
	CHECK_EQ(runline("kill 99999"), 1);
	CHECK_EQ(runline("kill 0"), 1);

	CHECK_EQ(runline("memdump"), 1);
	CHECK_EQ(runline("memdump zz"), 1);
	CHECK_EQ(runline("memdump 0x100000 0"), 1);
	CHECK_EQ(runline("memdump 0x100000 q"), 1);
	CHECK_EQ(runline("memdump 0x100000 16 3"), 1);
	CHECK_EQ(runline("memdump 0x2000000"), 1);
	CHECK_EQ(runline("memdump 0x1ffffff 2"), 1);
	CHECK_EQ(runline("memdump 0xffffff00 16"), 1);
	sprintf(line, "memdump 0x%x", (uint32)dumpme);
	CHECK_EQ(runline(line), 0);
	sprintf(line, "memdump %u %d", (uint32)dumpme, (int32)sizeof(dumpme));
	CHECK_EQ(runline(line), 0);
}

TESTCASE(shell_kill_command)
{
	char	line[NUMSTR];
	pid32	pid;

	/* a suspended child is killed by ID, and then is gone */
	pid = create(sleeper, MINSTK, INITPRIO, "victim", 0);
	CHECK(pid != SYSERR);
	if (pid == SYSERR) {
		return;
	}
	sprintf(line, "kill %d", pid);
	CHECK_EQ(runline(line), 0);
	CHECK(isbadpid(pid));
	CHECK_EQ(runline(line), 1);		/* not twice		*/
	recvclr();				/* its death notice	*/

	/* the caller's parent plays the shell and is protected */
	sprintf(line, "kill %d", proctab[getpid()].prparent);
	CHECK_EQ(runline(line), 1);
}

TESTCASE(shell_waitchild)
{
	pid32	pid;
	uint32	start;

	/* the ordinary case: the death notice ends the wait */
	recvclr();
	pid = create(sleeper, MINSTK, getprio(getpid()), "sleeper", 0);
	CHECK(pid != SYSERR);
	if (pid == SYSERR) {
		return;
	}
	start = uptime();
	resume(pid);
	CHECK_EQ(waitchild(pid), OK);
	CHECK(isbadpid(pid));
	CHECK(uptime() - start >= SLEEPER_MS / 2);	/* not cut short */

	/* a message already pending makes the child's notice bounce
	   (one message slot); the wait must still end */
	recvclr();
	send(getpid(), STRAY_MSG);
	pid = create(quitter, MINSTK, getprio(getpid()), "quitter", 0);
	CHECK(pid != SYSERR);
	if (pid == SYSERR) {
		return;
	}
	resume(pid);
	CHECK_EQ(waitchild(pid), OK);
	CHECK(isbadpid(pid));
	recvclr();
}

TESTCASE(shell_ends_at_eof)
{
	pid32	pid;

	/* the null device reads EOF at once, so the shell must return */
	recvclr();
	pid = create(shell, SHELL_STK, getprio(getpid()), "nullshell", 1,
							NULLDEV);
	CHECK(pid != SYSERR);
	if (pid == SYSERR) {
		return;
	}
	resume(pid);
	CHECK_EQ(waitchild(pid), OK);
	CHECK(isbadpid(pid));
}

/* The line editor: keys go in, echo goes to the null device; the line
   and the cursor are checked */
static	struct	shhist	t_hist;		/* a history of the tests' own	*/
static	struct	ledit	t_le;

/* Feed a NUL-terminated string of keys; returns the last ledit result */
local	int32	keys(struct ledit *le, char *s)
{
	int32	rc = LE_MORE;

	while (*s != NULLCH) {
		rc = ledit(le, *s++);
	}
	return rc;
}

/* Is the line exactly s, with the cursor at pos? */
local	bool8	lineis(struct ledit *le, char *s, int32 pos)
{
	return strcmp(le->buf, s) == 0 && le->len == (int32)strlen(s)
		&& le->pos == pos;
}

TESTCASE(ledit_insert_and_cursor)
{
	struct	ledit	*le = &t_le;

	memset(&t_hist, 0, sizeof(t_hist));
	ledinit(le, NULLDEV, SHELL_PROMPT, &t_hist);
	CHECK_EQ(keys(le, "cho x"), LE_MORE);
	CHECK(lineis(le, "cho x", 5));
	keys(le, "\033[He");			/* Home, insert		*/
	CHECK(lineis(le, "echo x", 1));
	keys(le, "\033[F!");			/* End			*/
	CHECK(lineis(le, "echo x!", 7));
	keys(le, "\033[D\033[D\033[C");		/* left left right	*/
	CHECK(lineis(le, "echo x!", 6));
	keys(le, "\001");			/* ^A			*/
	CHECK_EQ(le->pos, 0);
	keys(le, "\033[D");			/* left at the start	*/
	CHECK_EQ(le->pos, 0);
	keys(le, "\005");			/* ^E			*/
	CHECK_EQ(le->pos, 7);
	keys(le, "\033[C");			/* right at the end	*/
	CHECK_EQ(le->pos, 7);
	/* the other keys terminals send for Home and End */
	keys(le, "\033OH");
	CHECK_EQ(le->pos, 0);
	keys(le, "\033[4~");
	CHECK_EQ(le->pos, 7);
	keys(le, "\033[7~");
	CHECK_EQ(le->pos, 0);
	keys(le, "\033[8~");
	CHECK_EQ(le->pos, 7);
	keys(le, "\033[1~");
	CHECK_EQ(le->pos, 0);
	keys(le, "\033OF");
	CHECK_EQ(le->pos, 7);
	keys(le, "\b\177");			/* erase two		*/
	CHECK(lineis(le, "echo ", 5));
	CHECK_EQ(keys(le, "\r"), LE_DONE);
	CHECK(lineis(le, "echo ", 5));
}

TESTCASE(ledit_kill_keys)
{
	struct	ledit	*le = &t_le;

	memset(&t_hist, 0, sizeof(t_hist));
	ledinit(le, NULLDEV, SHELL_PROMPT, &t_hist);
	keys(le, "echo keep drop  \027");	/* ^W: word and blanks	*/
	CHECK(lineis(le, "echo keep ", 10));
	keys(le, "\027\027\027");		/* down to nothing	*/
	CHECK(lineis(le, "", 0));
	keys(le, "abc def\001\006\006\013");	/* ^A ^F ^F ^K		*/
	CHECK(lineis(le, "ab", 2));
	keys(le, "cd\002\025");			/* ^B ^U: before cursor	*/
	CHECK(lineis(le, "d", 0));
	keys(le, "\004");			/* ^D deletes under it	*/
	CHECK(lineis(le, "", 0));
	keys(le, "xy\002\033[3~");		/* Delete key		*/
	CHECK(lineis(le, "x", 1));
	CHECK_EQ(keys(le, "\003"), LE_INTR);	/* ^C throws it away	*/
	CHECK(lineis(le, "", 0));
	ledinit(le, NULLDEV, SHELL_PROMPT, &t_hist);
	CHECK_EQ(keys(le, "\004"), LE_EOF);	/* ^D on an empty line	*/
}

TESTCASE(ledit_ignores_unknown)
{
	struct	ledit	*le = &t_le;
	char	full[SHELL_BUFLEN + 8];
	int32	i;

	memset(&t_hist, 0, sizeof(t_hist));
	ledinit(le, NULLDEV, SHELL_PROMPT, &t_hist);
	/* PgUp, F1 (SS3), a CSI with two numbers, Alt-x, F5, tab, ^G,
	   a byte above ASCII, ^L: none of it lands in the line */
	keys(le, "a\033[5~b\033OPc\033[1;5Xd\033xe\033[15~f\t\007\x80g\014");
	CHECK(lineis(le, "abcdefg", 7));
	/* a sequence broken by a control character ends there */
	keys(le, "\033[1\rh");
	CHECK(lineis(le, "abcdefgh", 8));

	/* a full line refuses more, and keeps its NUL */
	ledinit(le, NULLDEV, SHELL_PROMPT, &t_hist);
	for (i = 0; i < SHELL_BUFLEN + 7; i++) {
		full[i] = 'x';
	}
	full[i] = NULLCH;
	keys(le, full);
	CHECK_EQ(le->len, SHELL_BUFLEN - 1);
	CHECK_EQ(le->buf[SHELL_BUFLEN - 1], NULLCH);
}

TESTCASE(ledit_history)
{
	struct	ledit	*le = &t_le;
	char	line[8];
	int32	i;

	memset(&t_hist, 0, sizeof(t_hist));
	histadd(&t_hist, "one");
	histadd(&t_hist, "two");
	histadd(&t_hist, "two");		/* a repeat is not kept	*/
	histadd(&t_hist, "   ");		/* nor a blank line	*/
	CHECK_EQ(t_hist.count, 2);
	CHECK(histget(&t_hist, 0) == NULL);
	CHECK(histget(&t_hist, 3) == NULL);
	CHECK(strcmp(histget(&t_hist, 1), "one") == 0);

	ledinit(le, NULLDEV, SHELL_PROMPT, &t_hist);
	keys(le, "dra");
	keys(le, "\033[A");			/* up: newest		*/
	CHECK(lineis(le, "two", 3));
	keys(le, "\033[A\033[A");		/* up past the oldest	*/
	CHECK(lineis(le, "one", 3));
	keys(le, "\033[B");			/* down			*/
	CHECK(lineis(le, "two", 3));
	keys(le, "\016");			/* ^N: back to the draft */
	CHECK(lineis(le, "dra", 3));
	keys(le, "\033[B");			/* no further down	*/
	CHECK(lineis(le, "dra", 3));
	keys(le, "\020");			/* ^P			*/
	CHECK(lineis(le, "two", 3));

	/* the oldest lines go once SHELL_HISTLEN are kept */
	for (i = 0; i < SHELL_HISTLEN + 3; i++) {
		sprintf(line, "l%d", i);
		histadd(&t_hist, line);
	}
	CHECK_EQ(t_hist.count, SHELL_HISTLEN + 5);
	CHECK(histget(&t_hist, 5) == NULL);
	CHECK(histget(&t_hist, 6) != NULL
		&& strcmp(histget(&t_hist, 6), "l3") == 0);
	CHECK(strcmp(histget(&t_hist, t_hist.count), "l22") == 0);
}

TESTCASE(shell_help_every_command)
{
	int32	i;
	char	line[SHELL_BUFLEN];

	for (i = 0; i < ncmd; i++) {
		CHECK(cmdhelp(cmdtab[i].cname) != NULL);
		sprintf(line, "help %s", cmdtab[i].cname);
		CHECK_EQ(runline(line), 0);
	}
	CHECK(cmdhelp("nosuchcmd") == NULL);
	CHECK_EQ(runline("history"), 0);
	CHECK_EQ(runline("history x"), 1);
	CHECK_EQ(runline("vmtrace"), 0);
	CHECK_EQ(runline("vmtrace bogus"), 1);
	CHECK_EQ(runline("vmtrace on off"), 1);
	CHECK_EQ(runline("vmcheck x"), 1);
}

TESTCASE(system_processes_refused)
{
	pid32	pid;
	pid32	oldkeeper = keeperpid;

	CHECK(sysproc(NULLPROC) != NULL);
	CHECK(sysproc(pagerpid) != NULL);
	CHECK(sysproc(getpid()) == NULL);
	CHECK_EQ(kill(NULLPROC), SYSERR);
	CHECK_EQ(kill(pagerpid), SYSERR);
	CHECK_EQ(chprio(pagerpid, INITPRIO), (pri16)SYSERR);
	CHECK_EQ(suspend(pagerpid), SYSERR);
	CHECK(proctab[pagerpid].prstate != PR_FREE);
	CHECK(proctab[pagerpid].prstate != PR_SUSP);
	CHECK_EQ(runline("kill 0"), 1);
	CHECK_EQ(runline("kill abc"), 1);
	if (NetData.netinpid != SYSERR) {	/* a NIC is there	*/
		CHECK(sysproc(NetData.netinpid) != NULL);
		CHECK_EQ(kill(NetData.netinpid), SYSERR);
	}

	/* a keeper is refused to others (here a stand-in) */
	pid = create(sleeper, MINSTK, INITPRIO, "keeper", 0);
	CHECK(pid != SYSERR);
	if (pid == SYSERR) {
		return;
	}
	keeperpid = pid;
	CHECK(sysproc(pid) != NULL);
	CHECK_EQ(kill(pid), SYSERR);
	CHECK(!isbadpid(pid));
	keeperpid = oldkeeper;
	CHECK_EQ(kill(pid), OK);
	recvclr();
}

TESTCASE(memmap_glyphs_for_live_owners)
{
	static	char	map[MM_NFRAMES];
	static	byte	owner[MM_NFRAMES];
	char	glyph[NPROC];

	/* owners with large pids get the first glyphs, in pid order */
	memset(map, MM_FREE, sizeof(map));
	memset(owner, MM_NOOWNER, sizeof(owner));
	map[MM_FFS_OFF] = memmap_pidchar(NPROC - 1);
	owner[MM_FFS_OFF] = NPROC - 1;
	map[MM_SWAP_OFF + 3] = memmap_pidchar(50);
	owner[MM_SWAP_OFF + 3] = 50;
	map[MM_PT_OFF + 7] = MM_TABLE;
	owner[MM_PT_OFF + 7] = 50;
	memmap_glyphs(map, owner, glyph);
	CHECK_EQ(glyph[50], '0');
	CHECK_EQ(glyph[NPROC - 1], '1');
	CHECK_EQ(glyph[0], NULLCH);
	CHECK_EQ(map[MM_FFS_OFF], '1');
	CHECK_EQ(map[MM_SWAP_OFF + 3], '0');
	CHECK_EQ(map[MM_PT_OFF + 7], MM_TABLE);	/* a table stays T	*/
	CHECK_EQ(map[MM_FFS_OFF + 1], MM_FREE);
}
