/* test_fork_window.c - fork's interrupt windows: vmcheck in each, and the
 *			parent killed in one
 *
 * fork shares the heap a page table at a time with an interrupt window
 * between tables (paging/fork.c).  The window hook (vm_winhook,
 * paging/vm_window.c) runs code at a known point of the call, not where
 * a clock tick happens to land:
 * - vmcheck in every window of a fork must hold (the half-made child's
 *   tables have their counts), and the fork then completes as usual;
 * - the parent killed in the first window: the half-made child is torn
 *   down with it, and no process, frame, slot, table or heap byte stays.
 * The parent's heap spans FN_TABLES tables, one page in each.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"
#include "../../paging/vmint.h"

#define	FN_TABLES	3		/* heap tables: 2 windows at least */
#define	FN_TAG		0xF1D0		/* the parent's data		*/
#define	FN_IDLE		0		/* phase: not forking		*/
#define	FN_FORKING	1		/* phase: inside fork		*/

local	volatile pid32	fn_victim;	/* whose windows count		*/
local	volatile int32	fn_phase;
local	volatile int32	fn_windows;	/* windows seen in its fork	*/
local	volatile int32	fn_badchecks;	/* vmchecks that failed there	*/
local	volatile bool8	fn_killmode;	/* kill in the first window	*/
local	sid32	fn_sem;			/* wakes the killer		*/
local	volatile bool8	fn_done;

/* In every window of vmalloc, vfree and fork: only the victim's fork's */
local	void	fn_hook(void)
{
	if (currpid != fn_victim || fn_phase != FN_FORKING) {
		return;
	}
	if (++fn_windows == 1 && fn_killmode) {
		signal(fn_sem);			/* the killer outranks us */
		return;
	}
	if (vmcheck() != OK) {
		fn_badchecks++;
	}
}

/* One page kept and touched in each table of the heap; the rest of each
   table is freed, since fork asks for a reverse-map node per allocated
   entry of a table, touched or not (more than the small configuration's
   pool holds for a full table) */
local	char	*fn_heap(void)
{
	char	*p = vmalloc(FN_TABLES * PT_SPAN);
	uint32	t;

	if (p != VMERR) {
		for (t = 0; t < FN_TABLES; t++) {
			CHECK_EQ(vfree(p + NPG(t * NENTRIES + 1),
				NPG(NENTRIES - 1)), OK);
			ft_fill(p, t * NENTRIES, 1, FN_TAG);
		}
	}
	return p;
}

local	int32	fn_bad(char *p)
{
	uint32	t;
	int32	bad = 0;

	for (t = 0; t < FN_TABLES; t++) {
		bad += ft_bad(p, t * NENTRIES, 1, FN_TAG);
	}
	return bad;
}

/*------------------------------------------------------------------------
 * fn_checked - fork with vmcheck in each window; both sides check data
 *------------------------------------------------------------------------
 */
local	process	fn_checked(void)
{
	pid32	me = getpid(), child;
	char	*p = fn_heap();

	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	fn_victim = me;
	fn_phase = FN_FORKING;
	child = fork();
	fn_phase = FN_IDLE;
	if (child == 0) {
		ft_tell(me, FT_VERDICT(CHECK_EQ(fn_bad(p), 0)));
		exit();
	}
	if (!CHECK(child != SYSERR)) {
		return SYSERR;
	}
	CHECK(fn_windows >= FN_TABLES - 1);
	CHECK_EQ(fn_badchecks, 0);
	CHECK_EQ(ft_hear(), FT_OK);
	ft_reap(&child, 1);
	CHECK_EQ(fn_bad(p), 0);
	CHECK_EQ(vmcheck(), OK);
	fn_done = TRUE;
	return OK;
}

TESTCASE_T(fork_vmcheck_in_every_window, FT_TEST_MS)
{
	fn_done = FALSE;
	fn_windows = fn_badchecks = 0;
	fn_killmode = FALSE;
	fn_victim = SYSERR;
	fn_phase = FN_IDLE;
	vm_winhook = fn_hook;
	CHECK(ft_run(fn_checked, 0, 0));
	vm_winhook = NULL;
	CHECK(fn_done);
}

/*------------------------------------------------------------------------
 * fn_forker - fork once (killed in the first window; a child that is
 *	       made anyway says so)
 *------------------------------------------------------------------------
 */
local	process	fn_forker(void)
{
	pid32	child;
	char	*p = fn_heap();

	if (!CHECK(p != VMERR)) {
		signal(fn_sem);
		return SYSERR;
	}
	fn_phase = FN_FORKING;
	child = fork();
	fn_phase = FN_IDLE;
	if (child == 0) {
		t_fail("the fork of a killed parent made child %d", getpid());
		exit();
	}
	t_fail("the parent lived through its kill (fork gave %d)", child);
	signal(fn_sem);
	return OK;
}

TESTCASE_T(fork_parent_killed_in_window, FT_TEST_MS)
{
	struct	vmsnap	s;
	pid32	pid;
	int32	n;
	uint32	t0;
	intmask	mask;

	fn_sem = semcreate(0);
	fn_windows = 0;
	fn_killmode = TRUE;
	fn_phase = FN_IDLE;
	fn_victim = SYSERR;
	vm_snap(&s, getpid());
	n = prcount;
	vm_winhook = fn_hook;
	pid = vm_spawn_at(fn_forker, FT_STK, INITPRIO - 1, 0, 0);
	fn_victim = pid;			/* it runs once we wait	*/
	wait(fn_sem);
	mask = disable();
	vm_winhook = NULL;
	CHECK_EQ(fn_phase, FN_FORKING);
	CHECK_EQ(fn_windows, 1);
	CHECK_EQ(prcount, n + 1);		/* no child yet		*/
	CHECK_EQ(kill(pid), OK);
	restore(mask);
	ft_reap(&pid, 1);

	/* The half-made child went to the pager too: wait for its pools */
	for (t0 = uptime(); uptime() - t0 < FT_HANG_MS; sleepms(FT_POLL_MS)) {
		struct	vmsnap	now;

		vm_snap(&now, getpid());
		if (now.ffs == s.ffs && now.swap == s.swap && now.pt == s.pt
		    && now.heap == s.heap && now.nproc == s.nproc) {
			break;
		}
	}
	recvclr();
	CHECK_SNAP(&s, getpid());
	CHECK_EQ(shared_ffs_frames(), 0);
	CHECK_EQ(vmcheck(), OK);
	semdelete(fn_sem);
}
