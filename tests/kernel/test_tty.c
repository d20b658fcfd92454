/* test_tty.c - tests of the console tty and its line discipline
 *
 * Most tests feed characters straight into the line discipline
 * (ttyhandle_in, as the interrupt handler would) with echo off, so they
 * need nothing from the host.  The tty_input_* tests instead ask the host
 * runner to type, through t_request_input, which prints "INPUT? <tag>" on
 * a line of its own and reads one cooked line from CONSOLE.
 *
 * What the host runner must type for each tag (bytes, C notation).  Each
 * line is ended by a single CR, as a terminal's Enter key sends it
 * (a single LF works too, but not CR LF: that would be two lines):
 *
 *	tag		bytes to send			line the kernel reads
 *	hello		"hello world\r"			"hello world\n"
 *	backspace	"abX\x7f" "c\r" (0x7f = DEL)	"abc\n"
 *	killline	"junk\x15" "good\r" (0x15 = ^U)	"good\n"
 *
 * For "backspace", BS (0x08) in place of DEL works the same.
 * The bytes may be sent at once; they are buffered until read.
 */

#include <xinu.h>
#include "testsuite.h"

#define	TT_BUFLEN	64		/* room for one test line	*/
#define	TT_BADFUNC	12345		/* not a TC_* function		*/

/* Room for a line that fills the whole input buffer, plus slack */
static	char	tt_bigbuf[TY_IBUFLEN + TT_BUFLEN];

/*------------------------------------------------------------------------
 * tt_tty - the console's control block
 *------------------------------------------------------------------------
 */
local	struct ttycblk	*tt_tty(void)
{
	return &ttytab[devtab[CONSOLE].dvminor];
}

/*------------------------------------------------------------------------
 * tt_injectn - deliver n bytes to the console as if typed
 *------------------------------------------------------------------------
 */
local	void	tt_injectn(
	  const char	*s,		/* bytes to deliver		*/
	  int32		n		/* how many			*/
	)
{
	intmask	mask;			/* saved interrupt mask		*/

	mask = disable();
	while (n-- > 0) {
		ttyhandle_in(tt_tty(), *s++);
	}
	restore(mask);
}

/*------------------------------------------------------------------------
 * tt_inject - deliver a NUL-terminated string to the console as if typed
 *------------------------------------------------------------------------
 */
local	void	tt_inject(
	  const char	*s		/* bytes to deliver		*/
	)
{
	int32	n;			/* length of s			*/

	for (n = 0; s[n] != NULLCH; n++) {
		;
	}
	tt_injectn(s, n);
}

/*------------------------------------------------------------------------
 * tt_same - whether the n bytes read equal the string want
 *------------------------------------------------------------------------
 */
local	bool8	tt_same(
	  const char	*got,		/* bytes read			*/
	  int32		n,		/* how many were read		*/
	  const char	*want		/* expected, NUL-terminated	*/
	)
{
	int32	i;			/* index			*/

	for (i = 0; i < n; i++) {
		if (want[i] == NULLCH || got[i] != want[i]) {
			return FALSE;
		}
	}
	return want[n] == NULLCH;
}

/*------------------------------------------------------------------------
 * tt_ichars - characters a read could take now
 *------------------------------------------------------------------------
 */
local	int32	tt_ichars(void)
{
	return control(CONSOLE, TC_ICHARS, 0, 0);
}

/*------------------------------------------------------------------------
 * tt_quiet - cooked mode, no echo, nothing buffered (a clean slate)
 *------------------------------------------------------------------------
 */
local	void	tt_quiet(void)
{
	char	junk[TT_BUFLEN];	/* discarded input		*/
	char	kill = TY_KILLCH;	/* wipes a partly typed line	*/

	control(CONSOLE, TC_NOECHO, 0, 0);
	control(CONSOLE, TC_MODEC, 0, 0);
	tt_injectn(&kill, 1);
	while (tt_ichars() > 0) {
		read(CONSOLE, junk, sizeof(junk));
	}
}

/*------------------------------------------------------------------------
 * tt_normal - leave the console as a user expects it
 *------------------------------------------------------------------------
 */
local	void	tt_normal(void)
{
	tt_quiet();
	control(CONSOLE, TC_ECHO, 0, 0);
}

/*------------------------------------------------------------------------
 * tt_expect_read - read from CONSOLE and compare with the expected bytes
 *------------------------------------------------------------------------
 */
local	void	tt_expect_read(
	  int32		count,		/* count passed to read		*/
	  const char	*want		/* what it should return	*/
	)
{
	char	buf[TT_BUFLEN];		/* what was read		*/
	int32	n;			/* read's return		*/

	n = read(CONSOLE, buf, count);
	if (n < 0 || !tt_same(buf, n, want)) {
		t_fail("read(%d) returned %d, not the expected line", count, n);
	}
}

TESTCASE(tty_control_bad_function)
{
	CHECK_EQ(control(CONSOLE, TT_BADFUNC, 0, 0), SYSERR);
	CHECK_EQ(control(CONSOLE, -1, 0, 0), SYSERR);
}

TESTCASE(tty_read_count_limits)
{
	char	buf[TT_BUFLEN];

	CHECK_EQ(ttyread(&devtab[CONSOLE], buf, -1), SYSERR);
	CHECK_EQ(ttyread(&devtab[CONSOLE], buf, 0), 0);
	CHECK_EQ(ttywrite(&devtab[CONSOLE], buf, -1), SYSERR);
}

TESTCASE(tty_mode_switching)
{
	CHECK_EQ(control(CONSOLE, TC_MODER, 0, 0), OK);
	CHECK_EQ(control(CONSOLE, TC_MODEK, 0, 0), OK);
	CHECK_EQ(control(CONSOLE, TC_MODEC, 0, 0), OK);
	CHECK_EQ(control(CONSOLE, TC_NOECHO, 0, 0), OK);
	CHECK_EQ(control(CONSOLE, TC_ECHO, 0, 0), OK);
	CHECK_EQ(tt_tty()->tyimode, TY_IMCOOKED);
	CHECK(tt_tty()->tyiecho);
}

TESTCASE(tty_ichars_counts_complete_lines)
{
	tt_quiet();
	CHECK_EQ(tt_ichars(), 0);
	tt_inject("ab");
	CHECK_EQ(tt_ichars(), 0);	/* line not finished yet	*/
	tt_inject("\r");
	CHECK_EQ(tt_ichars(), 3);	/* "ab\n"			*/
	tt_expect_read(TT_BUFLEN, "ab\n");
	CHECK_EQ(tt_ichars(), 0);
	tt_normal();
}

TESTCASE(tty_cooked_editing)
{
	tt_quiet();
	tt_inject("abX\b" "c\r");
	tt_expect_read(TT_BUFLEN, "abc\n");
	tt_inject("junk\025" "good\r");
	tt_expect_read(TT_BUFLEN, "good\n");
	tt_inject("xy\177" "z\r");		/* DEL erases too	*/
	tt_expect_read(TT_BUFLEN, "xz\n");
	tt_inject("\b\b" "q\r");		/* nothing to erase	*/
	tt_expect_read(TT_BUFLEN, "q\n");
	tt_inject("a\001\b" "b\n");		/* control char erased	*/
	tt_expect_read(TT_BUFLEN, "ab\n");
	CHECK_EQ(tt_ichars(), 0);
	tt_normal();
}

TESTCASE(tty_cooked_reads_one_line)
{
	tt_quiet();
	tt_inject("one\rtwo\n");
	CHECK_EQ(tt_ichars(), 8);
	tt_expect_read(TT_BUFLEN, "one\n");
	tt_expect_read(TT_BUFLEN, "two\n");

	/* A short read leaves the rest of the line for the next one */
	tt_inject("abcdef\r");
	tt_expect_read(4, "abcd");
	tt_expect_read(TT_BUFLEN, "ef\n");
	tt_normal();
}

TESTCASE(tty_eof_at_line_start)
{
	tt_quiet();
	tt_inject("\004");
	CHECK_EQ(tt_ichars(), 1);
	CHECK_EQ(read(CONSOLE, tt_bigbuf, TT_BUFLEN), EOF);
	tt_inject("\004");
	CHECK_EQ(getc(CONSOLE), EOF);

	/* Inside a line ^D means nothing */
	tt_inject("a\004" "b\r");
	tt_expect_read(TT_BUFLEN, "ab\n");

	/* A read ends before an EOF that follows its line */
	tt_inject("x\r\004");
	tt_expect_read(TT_BUFLEN, "x\n");
	CHECK_EQ(read(CONSOLE, tt_bigbuf, TT_BUFLEN), EOF);
	CHECK_EQ(tt_ichars(), 0);
	tt_normal();
}

TESTCASE(tty_raw_mode)
{
	static const char raw[] = { 'a', '\r', '\004', '\b', '\177', '\025' };
	char	buf[TT_BUFLEN];
	int32	n, i;

	tt_quiet();
	CHECK_EQ(control(CONSOLE, TC_MODER, 0, 0), OK);
	tt_injectn(raw, sizeof(raw));
	CHECK_EQ(tt_ichars(), (int32)sizeof(raw));
	n = read(CONSOLE, buf, sizeof(buf));
	CHECK_EQ(n, (int32)sizeof(raw));
	for (i = 0; i < n && i < (int32)sizeof(raw); i++) {
		CHECK_EQ(buf[i], raw[i]);
	}
	tt_inject("z");
	CHECK_EQ(getc(CONSOLE), 'z');
	CHECK_EQ(control(CONSOLE, TC_MODEC, 0, 0), OK);
	tt_normal();
}

TESTCASE(tty_raw_releases_partial_line)
{
	tt_quiet();
	tt_inject("xy");
	CHECK_EQ(tt_ichars(), 0);
	control(CONSOLE, TC_MODER, 0, 0);
	CHECK_EQ(tt_ichars(), 2);
	tt_expect_read(TT_BUFLEN, "xy");
	control(CONSOLE, TC_MODEC, 0, 0);
	tt_normal();
}

TESTCASE(tty_cbreak_mode)
{
	tt_quiet();
	control(CONSOLE, TC_MODEK, 0, 0);
	tt_inject("ab");
	CHECK_EQ(tt_ichars(), 2);
	tt_expect_read(TT_BUFLEN, "ab");
	tt_inject("\r");			/* still mapped to LF	*/
	CHECK_EQ(getc(CONSOLE), '\n');
	control(CONSOLE, TC_MODEC, 0, 0);
	tt_normal();
}

TESTCASE(tty_nextc_peeks)
{
	tt_quiet();
	tt_inject("k\r");
	CHECK_EQ(control(CONSOLE, TC_NEXTC, 0, 0), 'k');
	CHECK_EQ(tt_ichars(), 2);
	tt_expect_read(TT_BUFLEN, "k\n");
	tt_normal();
}

TESTCASE(tty_buffer_full_keeps_room_for_newline)
{
	char	x = 'x';
	int32	i, n;

	tt_quiet();
	for (i = 0; i < TY_IBUFLEN + 10; i++) {
		tt_injectn(&x, 1);
	}
	CHECK_EQ(tt_ichars(), 0);
	tt_inject("\r");
	CHECK_EQ(tt_ichars(), TY_IBUFLEN);
	n = read(CONSOLE, tt_bigbuf, sizeof(tt_bigbuf));
	CHECK_EQ(n, TY_IBUFLEN);
	if (n == TY_IBUFLEN) {
		CHECK_EQ(tt_bigbuf[0], 'x');
		CHECK_EQ(tt_bigbuf[TY_IBUFLEN - 2], 'x');
		CHECK_EQ(tt_bigbuf[TY_IBUFLEN - 1], '\n');
	}
	CHECK_EQ(tt_ichars(), 0);

	/* The buffer is usable again */
	tt_inject("ok\r");
	tt_expect_read(TT_BUFLEN, "ok\n");
	tt_normal();
}

TESTCASE(tty_input_hello)
{
	char	buf[TT_BUFLEN];
	int32	n;

	tt_normal();
	n = t_request_input("hello", buf, sizeof(buf));
	CHECK_EQ(n, 12);
	CHECK(n >= 0 && tt_same(buf, n, "hello world\n"));
}

TESTCASE(tty_input_backspace)
{
	char	buf[TT_BUFLEN];
	int32	n;

	tt_normal();
	n = t_request_input("backspace", buf, sizeof(buf));
	CHECK_EQ(n, 4);
	CHECK(n >= 0 && tt_same(buf, n, "abc\n"));
}

TESTCASE(tty_input_killline)
{
	char	buf[TT_BUFLEN];
	int32	n;

	tt_normal();
	n = t_request_input("killline", buf, sizeof(buf));
	CHECK_EQ(n, 5);
	CHECK(n >= 0 && tt_same(buf, n, "good\n"));
}

TESTCASE(tty_intr_registered)
{
	umsg32	msg;

	tt_quiet();
	recvclr();
	CHECK_EQ(control(CONSOLE, TC_INTRPID, NPROC + 5, 0), SYSERR);
	CHECK_EQ(control(CONSOLE, TC_INTRPID, getpid(), 0), OK);
	CHECK_EQ(control(CONSOLE, TC_INTR, 0, 0), 0);

	/* ^C drops the half-typed line, is recorded once, and wakes us */
	tt_inject("junk\003");
	CHECK_EQ(tt_ichars(), 0);
	CHECK_EQ(control(CONSOLE, TC_INTR, 0, 0), TY_INTRSEEN);
	CHECK_EQ(control(CONSOLE, TC_INTR, 0, 0), 0);
	msg = recvtime(1);
	CHECK_EQ(msg, TY_INTRMSG);
	tt_inject("ok\r");
	tt_expect_read(TT_BUFLEN, "ok\n");

	/* a line already ended stays for its reader */
	tt_inject("kept\rhalf\003");
	tt_expect_read(TT_BUFLEN, "kept\n");
	CHECK_EQ(tt_ichars(), 0);
	CHECK_EQ(control(CONSOLE, TC_INTR, 0, 0), TY_INTRSEEN);

	/* in cbreak mode too; in raw mode ^C is data */
	control(CONSOLE, TC_MODEK, 0, 0);
	tt_inject("\003");
	CHECK_EQ(tt_ichars(), 0);
	CHECK_EQ(control(CONSOLE, TC_INTR, 0, 0), TY_INTRSEEN);
	control(CONSOLE, TC_MODER, 0, 0);
	tt_inject("\003");
	CHECK_EQ(tt_ichars(), 1);
	CHECK_EQ(getc(CONSOLE), TY_INTRCH);
	CHECK_EQ(control(CONSOLE, TC_INTR, 0, 0), 0);
	control(CONSOLE, TC_MODEC, 0, 0);

	CHECK_EQ(control(CONSOLE, TC_INTRPID, TY_NOPID, 0), OK);
	recvclr();
	tt_normal();
}

TESTCASE(tty_intr_unregistered_is_data)
{
	char	line[3] = { 'a', TY_INTRCH, '\r' };
	char	buf[TT_BUFLEN];

	tt_quiet();
	tt_injectn(line, sizeof(line));
	CHECK_EQ(read(CONSOLE, buf, sizeof(buf)), 3);
	CHECK_EQ(buf[1], TY_INTRCH);
	CHECK_EQ(control(CONSOLE, TC_INTR, 0, 0), 0);
	tt_normal();
}
