/* test_fork_limits.c - fork until it fails; fork where it cannot work
 *
 * A parent forks children that wait in receive until fork says SYSERR
 * (the process table, the page-table frames or the reverse map's nodes
 * run out first, depending on the configuration): the failing call
 * changes nothing, the parent runs on, and once the children are killed
 * and torn down every count is back and fork works again.  A process
 * made by create (no address space of its own to share) gets SYSERR
 * each time it calls fork, and nothing changes.  (The null process is
 * refused too, but runs no code a test could put a fork into.)
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

#define	FL_PAGES	8		/* the parent's heap		*/
#define	FL_LEAST	8		/* children any config allows	*/
#define	FL_TAG		0xF0F0		/* the parent's data		*/
#define	FL_CALLS	3		/* forks a create process tries	*/
#define	FL_SENTINEL	0x5E47		/* a create process's local	*/

local	volatile bool8	fl_done;
local	pid32	fl_kids[NPROC];		/* the children, to kill them	*/

/*------------------------------------------------------------------------
 * fl_worker - fork until SYSERR, then clean up and fork once more
 *------------------------------------------------------------------------
 */
local	process	fl_worker(void)
{
	pid32	me = getpid(), child;
	char	*p = vmalloc(NPG(FL_PAGES)), *q;
	struct	vmsnap	before, s;
	int32	n, i;

	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	ft_fill(p, 0, FL_PAGES, FL_TAG);
	vm_snap(&before, me);
	for (n = 0; ; n++) {
		if (n == NPROC) {
			t_fail("fork never failed in %d calls", NPROC);
			break;
		}
		vm_snap(&s, me);
		child = fork();
		if (child == 0) {
			for (;;) {
				receive();	/* until killed		*/
			}
		}
		if (child == SYSERR) {
			CHECK_SNAP(&s, me);	/* the failure took nothing */
			break;
		}
		fl_kids[n] = child;
	}
	CHECK(n >= FL_LEAST);

	/* The system runs on: the parent's memory works, the VM agrees */
	CHECK_EQ(ft_bad(p, 0, FL_PAGES, FL_TAG), 0);
	q = vmalloc(NPG(1));
	if (CHECK(q != VMERR)) {
		ft_fill(q, 0, 1, FL_TAG);
		CHECK_EQ(ft_bad(q, 0, 1, FL_TAG), 0);
		CHECK_EQ(vfree(q, NPG(1)), OK);
	}
	CHECK_EQ(vmcheck(), OK);

	for (i = 0; i < n; i++) {
		CHECK_EQ(kill(fl_kids[i]), OK);
	}
	ft_reap(fl_kids, n);
	recvclr();				/* their death notices	*/
	CHECK_SNAP(&before, me);
	CHECK_EQ(shared_ffs_frames(), 0);

	child = fork();				/* works again		*/
	if (child == 0) {
		ft_tell(me, FT_VERDICT(CHECK_EQ(ft_bad(p, 0, FL_PAGES, FL_TAG),
			0)));
		exit();
	}
	if (CHECK(child != SYSERR)) {
		CHECK_EQ(ft_hear(), FT_OK);
		ft_reap(&child, 1);
	}
	CHECK_SNAP(&before, me);
	CHECK_EQ(vmcheck(), OK);
	fl_done = TRUE;
	return OK;
}

TESTCASE_T(fork_until_it_fails, FT_TEST_MS)
{
	fl_done = FALSE;
	CHECK(ft_run(fl_worker, 0, 0));
	CHECK(fl_done);
}

/*------------------------------------------------------------------------
 * fl_created - a create process calls fork: SYSERR every time, nothing
 *		changes, and it runs on with its stack as it was
 *------------------------------------------------------------------------
 */
local	process	fl_created(pid32 tester, uint32 arg)
{
	volatile uint32	mine = FL_SENTINEL;
	struct	vmsnap	s;
	int32	i;
	bool8	ok = TRUE;

	for (i = 0; i < FL_CALLS; i++) {
		vm_snap(&s, getpid());
		ok &= CHECK_EQ(fork(), SYSERR);
		CHECK_SNAP(&s, getpid());
	}
	ok &= CHECK_EQ(mine, FL_SENTINEL);
	ok &= CHECK_EQ(arg, FL_SENTINEL);
	ft_tell(tester, FT_VERDICT(ok));
	return OK;
}

TESTCASE_T(fork_from_create_changes_nothing, FT_TEST_MS)
{
	pid32	pid;

	recvclr();
	pid = create(fl_created, FT_STK, INITPRIO + 1, "forkcreate", 2,
		getpid(), FL_SENTINEL);
	if (!CHECK(pid != SYSERR)) {
		return;
	}
	resume(pid);
	CHECK_EQ(ft_hear(), FT_OK);
	ft_reap(&pid, 1);
}
