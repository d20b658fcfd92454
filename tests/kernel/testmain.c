/* testmain.c - main (of the test kernel), t_check, t_check_eq, t_fail,
 *		t_request_input
 *
 * Runs every TESTCASE linked into the kernel, each in a process of its own
 * with a time limit.  After each test it waits for the pager to finish
 * tearing down address spaces and verifies that the heap, the PD/PT
 * region, the FFS and the swap region are back to the counts they had
 * before the test, and that vmcheck finds nothing wrong: a test that
 * leaks fails even if its own checks passed.
 */

#include <xinu.h>
#include "testsuite.h"

extern	const struct testcase __start_testcases[], __stop_testcases[];

static	int32	t_failures;		/* failed checks, current test	*/
static	bool8	t_completed;		/* test function returned	*/

#define	T_STK		65536		/* stack of a test process	*/
#define	T_SETTLE_MS	30000		/* teardown this late is a hang	*/

/*------------------------------------------------------------------------
 * t_check - record the outcome of one check
 *------------------------------------------------------------------------
 */
int32	t_check(int32 ok, const char *what, const char *file, int32 line)
{
	if (!ok) {
		t_failures++;
		kprintf("  check failed: %s (%s:%d)\n", what, file, line);
	}
	return ok;
}

/*------------------------------------------------------------------------
 * t_check_eq - check that two values are equal, printing both if not
 *------------------------------------------------------------------------
 */
int32	t_check_eq(int32 a, int32 b, const char *what, const char *file,
		int32 line)
{
	if (a != b) {
		t_failures++;
		kprintf("  check failed: %s: %d (0x%x) != %d (0x%x) (%s:%d)\n",
			what, a, a, b, b, file, line);
		return FALSE;
	}
	return TRUE;
}

/*------------------------------------------------------------------------
 * t_fail - record a failure with a message
 *------------------------------------------------------------------------
 */
void	t_fail(const char *fmt, ...)
{
	va_list	ap;
	char	buf[160];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	t_failures++;
	kprintf("  failure: %s\n", buf);
}

/*------------------------------------------------------------------------
 * t_request_input - ask the host runner to type a line, and read it
 *------------------------------------------------------------------------
 */
int32	t_request_input(const char *tag, char *buf, int32 len)
{
	int32	n;

	control(CONSOLE, TC_MODEC, 0, 0);
	kprintf("INPUT? %s\n", tag);
	n = read(CONSOLE, buf, len - 1);
	if (n >= 0) {
		buf[n] = NULLCH;
	}
	return n;
}

/* Run one test function; t_completed tells a return from a kill */
static	void	t_wrapper(void (*fn)(void))
{
	fn();
	t_completed = TRUE;
}

/* The counts that must be the same before and after every test */
struct	t_pools {
	uint32	heap, ffs, swap, pt;
	int32	nproc;
};

static	void	t_snapshot(struct t_pools *p)
{
	p->heap = memfree();
	p->ffs = free_ffs_pages();
	p->swap = free_swap_pages();
	p->pt = free_pt_frames();
	p->nproc = prcount;
}

static	bool8	t_same(struct t_pools *a, struct t_pools *b)
{
	return a->heap == b->heap && a->ffs == b->ffs && a->swap == b->swap
		&& a->pt == b->pt && a->nproc == b->nproc;
}

/*------------------------------------------------------------------------
 * main - run the kernel test suite and end QEMU with its verdict
 *------------------------------------------------------------------------
 */
process	main(void)
{
	const struct testcase *tc;
	struct	t_pools before, after;
	int32	passed = 0, failed = 0, waited;
	pid32	pid;
	umsg32	msg;
	uint32	t0, limit;

	kprintf("TESTS BEGIN (FFS %d, swap %d, PD/PT %d frames)\n",
		MAX_FFS_SIZE, MAX_SWAP_SIZE, MAX_PT_SIZE);
	for (tc = __start_testcases; tc < __stop_testcases; tc++) {
		t_snapshot(&before);
		t_failures = 0;
		t_completed = FALSE;
		limit = tc->timeout_ms ? tc->timeout_ms : TEST_DEFAULT_MS;
		t0 = uptime();
		recvclr();
		pid = create(t_wrapper, T_STK, INITPRIO, tc->name, 1, tc->fn);
		if (pid == SYSERR) {
			kprintf("FAIL %s: cannot create the test process\n",
				tc->name);
			failed++;
			continue;
		}
		resume(pid);
		for (;;) {
			msg = recvtime(limit - (uptime() - t0) > 0
				? (int32)(limit - (uptime() - t0)) : 1);
			if (msg == (umsg32)pid || msg == (umsg32)TIMEOUT) {
				break;
			}
		}
		if (msg == (umsg32)TIMEOUT) {
			kill(pid);
			t_fail("time limit of %d ms reached", limit);
		} else if (!t_completed) {
			t_fail("the test process was killed");
		}

		/* Teardown of address spaces is the pager's: let it finish */
		for (waited = 0; waited < T_SETTLE_MS; waited += 10) {
			t_snapshot(&after);
			if (t_same(&before, &after)) {
				break;
			}
			sleepms(10);
		}
		if (!t_same(&before, &after)) {
			t_fail("resources not returned: heap %d->%d FFS %d->%d "
				"swap %d->%d PD/PT %d->%d processes %d->%d",
				before.heap, after.heap, before.ffs, after.ffs,
				before.swap, after.swap, before.pt, after.pt,
				before.nproc, after.nproc);
		}
		if (vmcheck() != OK) {
			t_fail("vmcheck found inconsistencies");
		}
		if (t_failures == 0) {
			kprintf("PASS %s (%d ms)\n", tc->name, uptime() - t0);
			passed++;
		} else {
			kprintf("FAIL %s (%d checks failed)\n", tc->name,
				t_failures);
			failed++;
		}
	}
	kprintf("%d passed, %d failed\n", passed, failed);
	qemu_exit(failed == 0 ? QEMU_EXIT_PASS : QEMU_EXIT_FAIL);
	return OK;
}
