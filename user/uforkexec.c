/* uforkexec.c - main, probe, collect, badexecs */

/*
 * uforkexec [N]: fork + exec + exit from a user program.  N children
 * (default 6), one after another; each child sets a global and vmallocs a
 * page, then exec's: uexit CODE PARENT (exits with CODE after reporting
 * it), or this program again as "uforkexec probe PARENT OLDHEAP" (the new
 * image must not see the old global, nor the old heap page: it reports
 * how many of those checks failed), or utest ok (no report).  The parent
 * receives each report (the message UX_TAG | value), answers it, then
 * receives the child's death notice (its pid, sent by the kernel) and
 * checks that the child is gone.  Children run one at a time: Xinu keeps
 * one message per process, and a death notice finding another unread
 * message would be lost.
 * exec with bad arguments (no such program, NULL or unterminated names,
 * argc out of range, a bad argv) returns SYSERR and the program goes on
 * as it was.
 *
 * Exit status: 0 when every check passed, else the number of failures,
 * one line printed per failure.
 */

#include <ulib.h>

#define	UX_TAG		0x40000000	/* as user/uexit.c		*/
#define	NCHILD_DEF	6
#define	NCHILD_MAX	20
#define	MARK_INIT	0x1234		/* mark's value in a fresh image */
#define	MARK_SET	0x5678		/* set before exec		*/
#define	WAIT_MS		60000		/* hang limit for one message	*/
#define	ARGC_BIG	1000		/* more arguments than allowed	*/
#define	NOTERM_OFF	(PAGE_SIZE - 4)	/* a name running off the heap	*/

static	volatile int32	mark = MARK_INIT;	/* .data: exec resets it */
static	int32	fails;

static	void	fail(const char *what, int32 a, int32 b)
{
	printf("uforkexec: FAIL %s (%d, %d)\n", what, a, b);
	fails++;
}

/*------------------------------------------------------------------------
 * probe - the exec'd image: report to parent how many checks failed
 *------------------------------------------------------------------------
 */
static	int32	probe(pid32 parent, char *oldheap)
{
	int32	bad = 0;

	bad += mark != MARK_INIT;	/* the old image's global	*/
	bad += vfree(oldheap, PAGE_SIZE) != SYSERR;	/* its heap: gone */
	while (send(parent, UX_TAG | (uint32)bad) != OK) {
		sleepms(1);
	}
	receive();			/* the parent's answer		*/
	return bad;
}

/*------------------------------------------------------------------------
 * collect - receive child pid's report (want, or none if want < 0),
 *	     answer it, then its death notice; check it is gone
 *------------------------------------------------------------------------
 */
static	void	collect(pid32 pid, int32 want)
{
	umsg32	msg;

	if (want >= 0) {
		msg = recvtime(WAIT_MS);
		if (msg != (UX_TAG | (uint32)want)) {
			fail("the exec'd program's report", pid, msg);
		}
		send(pid, OK);
	}
	msg = recvtime(WAIT_MS);
	if (msg != (umsg32)pid) {
		fail("the death notice", pid, msg);
	}
	if (getprio(pid) != SYSERR) {
		fail("a child still there after its notice", pid, 0);
	}
}

/*------------------------------------------------------------------------
 * badexecs - exec calls that must fail, leaving this program as it was
 *------------------------------------------------------------------------
 */
static	void	badexecs(void)
{
	char	*argv[] = { "uexit", "7", NULL };
	char	*heap = vmalloc(PAGE_SIZE);

	mark = MARK_SET;
	if (exec("nosuchprogram", 1, argv) != SYSERR) {
		fail("exec of no such program", 0, 0);
	}
	if (exec("", 0, NULL) != SYSERR) {
		fail("exec of an empty name", 0, 0);
	}
	if (exec(NULL, 1, argv) != SYSERR) {
		fail("exec of NULL", 0, 0);
	}
	if (exec("uexit", -1, argv) != SYSERR) {
		fail("exec with argc -1", 0, 0);
	}
	if (exec("uexit", ARGC_BIG, argv) != SYSERR) {
		fail("exec with a huge argc", 0, 0);
	}
	if (exec("uexit", 2, (char **)0x100000) != SYSERR) {
		fail("exec with argv in the kernel", 0, 0);
	}
	if (heap != (char *)SYSERR) {	/* a name running off the heap	*/
		memset(heap, 'u', PAGE_SIZE);
		if (exec(heap + NOTERM_OFF, 1, argv) != SYSERR) {
			fail("exec of an unterminated name", 0, 0);
		}
		argv[1] = heap + NOTERM_OFF;
		if (exec("uexit", 2, argv) != SYSERR) {
			fail("exec of an unterminated argument", 0, 0);
		}
		argv[1] = "7";
		vfree(heap, PAGE_SIZE);
	}
	if (mark != MARK_SET) {
		fail("a failed exec changed the program", mark, 0);
	}
	mark = MARK_INIT;
}

/*------------------------------------------------------------------------
 * main - the children, then the bad calls
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	int32	n, i, kind, want;
	char	code[12], me[12], old[12];
	char	*args[4];
	char	*heap;
	pid32	pid;

	if (argc > 3 && strcmp(argv[1], "probe") == 0) {
		return probe(atoi(argv[2]), (char *)atoi(argv[3]));
	}
	n = argc > 1 ? atoi(argv[1]) : NCHILD_DEF;
	if (n < 1 || n > NCHILD_MAX) {
		n = NCHILD_DEF;
	}
	badexecs();
	sprintf(me, "%d", getpid());
	recvtime(0);			/* nothing pending		*/
	for (i = 0; i < n; i++) {
		kind = i % 3;
		pid = fork();
		if (pid == SYSERR) {
			fail("fork", i, 0);
			continue;
		}
		if (pid == 0) {
			mark = MARK_SET;
			heap = vmalloc(PAGE_SIZE);
			heap[0] = 'h';
			sprintf(code, "%d", i + 1);
			sprintf(old, "%d", (int32)heap);
			if (kind == 0) {
				args[0] = "uexit";
				args[1] = code;
				args[2] = me;
				exec("uexit", 3, args);
			} else if (kind == 1) {
				args[0] = "uforkexec";
				args[1] = "probe";
				args[2] = me;
				args[3] = old;
				exec("uforkexec", 4, args);
			} else {
				args[0] = "utest";
				args[1] = "ok";
				exec("utest", 2, args);
			}
			printf("uforkexec: FAIL exec returned in child %d\n",
				i);
			exit(1);	/* the parent sees no report	*/
		}
		want = kind == 0 ? i + 1 : kind == 1 ? 0 : -1;
		collect(pid, want);
	}
	printf("uforkexec: %d children, %d failures\n", n, fails);
	return fails;
}
