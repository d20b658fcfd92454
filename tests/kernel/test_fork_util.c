/* test_fork_util.c - ft_tell, ft_hear, ft_reap, ft_run, ft_waitstate,
 *		      ft_fill, ft_bad
 *
 * Helpers of the fork tests (test_fork_util.h says why they exist).
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

/*------------------------------------------------------------------------
 * ft_tell - send msg to pid, retrying while its mailbox is full (a death
 *	     notice or a sibling's report is in it); gives up if pid died
 *------------------------------------------------------------------------
 */
void	ft_tell(pid32 pid, umsg32 msg)
{
	uint32	t0 = uptime();

	while (send(pid, msg) == SYSERR) {
		if (isbadpid(pid) || proctab[pid].prstate == PR_FREE) {
			return;			/* nobody to tell	*/
		}
		if (uptime() - t0 > FT_HANG_MS) {
			t_fail("pid %d: report 0x%x never delivered to %d",
				currpid, msg, pid);
			return;
		}
		sleepms(FT_POLL_MS);
	}
}

/*------------------------------------------------------------------------
 * ft_hear - the next report (FT_MSG | value); death notices are skipped.
 *	     TIMEOUT (and a failure) if none came within the hang limit.
 *------------------------------------------------------------------------
 */
umsg32	ft_hear(void)
{
	uint32	t0 = uptime();
	int32	left;
	umsg32	msg;

	for (;;) {
		left = FT_HANG_MS - (int32)(uptime() - t0);
		if (left <= 0) {
			break;
		}
		msg = recvtime(left);
		if (msg == (umsg32)TIMEOUT) {
			break;
		}
		if (FT_IS(msg)) {
			return msg;
		}
	}
	t_fail("pid %d: no report within %d ms", currpid, FT_HANG_MS);
	return (umsg32)TIMEOUT;
}

/* A process is gone once its slot is free and the pager cleared prvm */
local	bool8	ft_gone(pid32 pid)
{
	return proctab[pid].prstate == PR_FREE && proctab[pid].prvm == NULL;
}

/*------------------------------------------------------------------------
 * ft_reap - wait until the listed processes are dead and their address
 *	     spaces torn down (SYSERR entries skipped); after the hang
 *	     limit they are killed and the test fails.  TRUE if in time.
 *------------------------------------------------------------------------
 */
bool8	ft_reap(pid32 *pids, int32 n)
{
	uint32	t0 = uptime();
	int32	i, left;

	for (;;) {
		for (left = 0, i = 0; i < n; i++) {
			if (pids[i] != SYSERR && !ft_gone(pids[i])) {
				left++;
			}
		}
		if (left == 0) {
			return TRUE;
		}
		if (uptime() - t0 > FT_HANG_MS) {
			t_fail("%d process(es) still there after %d ms", left,
				FT_HANG_MS);
			for (i = 0; i < n; i++) {
				if (pids[i] != SYSERR
				    && proctab[pids[i]].prstate != PR_FREE) {
					kill(pids[i]);
				}
			}
			vm_reap(pids, n);	/* teardown, if it can	*/
			return FALSE;
		}
		sleepms(FT_POLL_MS);
	}
}

/*------------------------------------------------------------------------
 * ft_run - run one vcreate worker to its end (its death notice, then its
 *	    teardown), waiting up to the hang limit; TRUE if it ended
 *------------------------------------------------------------------------
 */
bool8	ft_run(void *fn, uint32 a0, uint32 a1)
{
	pid32	pid;
	umsg32	msg;
	uint32	t0;

	recvclr();
	pid = vm_spawn(fn, FT_STK, a0, a1);
	if (pid == SYSERR) {
		return FALSE;
	}
	t0 = uptime();
	do {
		msg = recvtime(FT_HANG_MS);
	} while (msg != (umsg32)pid && msg != (umsg32)TIMEOUT
		 && uptime() - t0 < FT_HANG_MS);
	if (msg != (umsg32)pid) {
		t_fail("worker %d did not end within %d ms", pid, FT_HANG_MS);
	}
	return ft_reap(&pid, 1) && msg == (umsg32)pid;
}

/*------------------------------------------------------------------------
 * ft_waitstate - wait until pid is in state st; FALSE (and a failure)
 *		  after the hang limit
 *------------------------------------------------------------------------
 */
bool8	ft_waitstate(pid32 pid, uint16 st)
{
	uint32	t0 = uptime();

	while (proctab[pid].prstate != st) {
		if (uptime() - t0 > FT_HANG_MS) {
			t_fail("pid %d never reached state %d (it is in %d)",
				pid, st, proctab[pid].prstate);
			return FALSE;
		}
		sleepms(FT_POLL_MS);
	}
	return TRUE;
}

/*------------------------------------------------------------------------
 * ft_fill - write tag's pattern into pages from..from+n-1 of base, one
 *	     word per VM_STRIDE bytes; a page's pattern depends on its
 *	     index from base, so any part of a region can be rewritten
 *	     and checked on its own
 *------------------------------------------------------------------------
 */
void	ft_fill(char *base, uint32 from, uint32 n, uint32 tag)
{
	uint32	pg, off;

	for (pg = from; pg < from + n; pg++) {
		for (off = 0; off < PAGE_SIZE; off += VM_STRIDE) {
			*(volatile uint32 *)(base + NPG(pg) + off) =
				vm_pattern(tag, pg, off);
		}
	}
}

/*------------------------------------------------------------------------
 * ft_bad - count the words of pages from..from+n-1 that do not hold what
 *	    ft_fill wrote with tag; the first one is printed
 *------------------------------------------------------------------------
 */
int32	ft_bad(char *base, uint32 from, uint32 n, uint32 tag)
{
	uint32	pg, off, got, want;
	int32	bad = 0;

	for (pg = from; pg < from + n; pg++) {
		for (off = 0; off < PAGE_SIZE; off += VM_STRIDE) {
			got = *(volatile uint32 *)(base + NPG(pg) + off);
			want = vm_pattern(tag, pg, off);
			if (got != want && bad++ == 0) {
				kprintf("  pid %d: page %d word %d is 0x%08x,"
					" want 0x%08x\n", currpid, pg, off,
					got, want);
			}
		}
	}
	return bad;
}
