/* test_fork_kill.c - kill either side of a fork
 *
 * A parent killed while its children share its pages: they keep the
 * data (its frames now shared by them alone) and run on.  Children
 * killed in every state (ready, sleeping, receiving, receiving with a
 * time limit, suspended, waiting on a semaphore, and in the middle of
 * writing, its copy-on-write faults under way): after each kill the
 * parent's data is intact and vmcheck agrees; once all are torn down
 * the parent's counts and the pools are as before the forks.  Pages are
 * few enough to stay in the FFS with the copies, so counts are exact.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

#define	FK_PAGES	(VM_SMALL ? 16 : 128)	/* the parent's pages	*/
#define	FK_KIDS		3		/* children of the killed parent */
#define	FK_TAG		0x4B00		/* the parent's data		*/
#define	FK_KIDTAG	0x4B10		/* children's: + index		*/

/* Children by the state they are killed in */
#define	FK_READY	0
#define	FK_SLEEP	1
#define	FK_RECV		2
#define	FK_RECTIM	3
#define	FK_SUSP		4
#define	FK_WAIT		5
#define	FK_WRITE	6
#define	FK_NSTATES	7

local	pid32	fk_tester;		/* who the children report to	*/
local	pid32	fk_kids[FK_NSTATES];
local	volatile uint32	fk_written;	/* pages the writer wrote	*/
local	volatile bool8	fk_done;

/*------------------------------------------------------------------------
 * fk_orphan - a child of the parent to be killed: wait for the word,
 *	       then check the data, write half of it, check again
 *------------------------------------------------------------------------
 */
local	void	fk_orphan(char *p, uint32 k)
{
	bool8	ok;

	ok = CHECK_EQ(ft_hear(), FT_GO);	/* the parent is gone	*/
	ok &= CHECK_EQ(ft_bad(p, 0, FK_PAGES, FK_TAG), 0);
	ft_fill(p, 0, FK_PAGES / 2, FK_KIDTAG + k);
	ok &= CHECK_EQ(ft_bad(p, 0, FK_PAGES / 2, FK_KIDTAG + k), 0);
	ok &= CHECK_EQ(ft_bad(p, FK_PAGES / 2, FK_PAGES / 2, FK_TAG), 0);
	ft_tell(fk_tester, FT_VERDICT(ok));
}

/*------------------------------------------------------------------------
 * fk_parent - fill, fork the children, say so, wait to be killed
 *------------------------------------------------------------------------
 */
local	process	fk_parent(void)
{
	char	*p = vmalloc(NPG(FK_PAGES));
	uint32	k;
	pid32	child;

	if (!CHECK(p != VMERR)) {
		ft_tell(fk_tester, FT_BAD);
		return SYSERR;
	}
	ft_fill(p, 0, FK_PAGES, FK_TAG);
	for (k = 0; k < FK_KIDS; k++) {
		/* fk_kids is kernel memory, the same for both sides: only
		   the parent stores into it (the child's 0 could land after
		   the parent's pid if the child is preempted first) */
		child = fork();
		if (child == 0) {
			fk_orphan(p, k);
			exit();
		}
		fk_kids[k] = child;
		CHECK(child != SYSERR);
	}
	ft_tell(fk_tester, FT_GO);
	for (;;) {
		receive();			/* until killed		*/
	}
	return OK;
}

TESTCASE_T(fork_kill_parent_children_run_on, FT_TEST_MS)
{
	struct	vmsnap	s;
	pid32	parent;
	uint32	k;

	recvclr();
	fk_tester = getpid();
	vm_snap(&s, getpid());
	parent = vm_spawn(fk_parent, FT_STK, 0, 0);
	if (!CHECK(parent != SYSERR) || !CHECK_EQ(ft_hear(), FT_GO)) {
		kill(parent);
		ft_reap(&parent, 1);
		return;
	}
	CHECK_EQ(kill(parent), OK);
	ft_reap(&parent, 1);			/* its address space too */
	CHECK_EQ(shared_ffs_frames(), FK_PAGES);	/* by the children */
	CHECK_EQ(vmcheck(), OK);
	for (k = 0; k < FK_KIDS; k++) {
		CHECK_EQ(used_ffs_frames(fk_kids[k]), FK_PAGES);
		ft_tell(fk_kids[k], FT_GO);
	}
	for (k = 0; k < FK_KIDS; k++) {
		CHECK_EQ(ft_hear(), FT_OK);
	}
	ft_reap(fk_kids, FK_KIDS);
	CHECK_SNAP(&s, getpid());
}

/*------------------------------------------------------------------------
 * fk_child - a child that stays in one state until it is killed
 *------------------------------------------------------------------------
 */
local	void	fk_child(char *p, uint32 state, sid32 sem)
{
	uint32	i;

	if (state == FK_WRITE) {
		(void)ft_hear();		/* writes on its turn	*/
	}
	for (i = 0; ; i = (i + 1) % FK_PAGES) {
		switch (state) {
		case FK_READY:
			(void)ft_bad(p, i, 1, FK_TAG);	/* reads, spins	*/
			break;
		case FK_SLEEP:
			sleepms(FT_HANG_MS);
			break;
		case FK_RECV:
			receive();
			break;
		case FK_RECTIM:
			recvtime(FT_HANG_MS);
			break;
		case FK_SUSP:
			suspend(getpid());
			break;
		case FK_WAIT:
			wait(sem);
			break;
		default:			/* FK_WRITE		*/
			ft_fill(p, i, 1, FK_KIDTAG + state);
			fk_written++;
			yield();		/* the killer looks	*/
			break;
		}
	}
}

/* The state each child is killed in */
local	const	uint16	fk_prstate[FK_NSTATES] = {
	PR_READY, PR_SLEEP, PR_RECV, PR_RECTIM, PR_SUSP, PR_WAIT, PR_READY
};

/*------------------------------------------------------------------------
 * fk_writing - start the writer and let it write a quarter of the pages:
 *	it yields after each page and so does this process, so it is
 *	killed between two copy-on-write faults of its first pass (the
 *	fault handler itself runs with interrupts off)
 *------------------------------------------------------------------------
 */
local	void	fk_writing(pid32 writer)
{
	uint32	t0 = uptime();

	ft_tell(writer, FT_GO);
	while (fk_written < FK_PAGES / 4) {
		if (uptime() - t0 > FT_HANG_MS) {
			t_fail("the writer wrote %d pages in %d ms",
				fk_written, FT_HANG_MS);
			return;
		}
		yield();
	}
}

/*------------------------------------------------------------------------
 * fk_killer - fork a child per state, kill each in it, check each time
 *------------------------------------------------------------------------
 */
local	process	fk_killer(void)
{
	pid32	me = getpid();
	char	*p = vmalloc(NPG(FK_PAGES));
	struct	vmsnap	s;
	sid32	sem = semcreate(0);
	uint32	k;
	pid32	child;
	intmask	mask;

	if (!CHECK(p != VMERR) || !CHECK(sem != SYSERR)) {
		return SYSERR;
	}
	ft_fill(p, 0, FK_PAGES, FK_TAG);
	vm_snap(&s, me);
	fk_written = 0;
	for (k = 0; k < FK_NSTATES; k++) {
		child = fork();			/* (see fk_parent)	*/
		if (child == 0) {
			fk_child(p, k, sem);
		}
		fk_kids[k] = child;
		if (!CHECK(child != SYSERR)) {
			return SYSERR;
		}
	}
	for (k = 0; k < FK_NSTATES; k++) {
		if (k == FK_WRITE) {
			fk_writing(fk_kids[k]);
		} else if (k != FK_READY) {
			ft_waitstate(fk_kids[k], fk_prstate[k]);
		}
		mask = disable();
		CHECK_EQ(proctab[fk_kids[k]].prstate, fk_prstate[k]);
		CHECK_EQ(kill(fk_kids[k]), OK);
		restore(mask);
		if (k == FK_WRITE) {		/* with copies to come	*/
			CHECK(fk_written < FK_PAGES);
		}
		CHECK_EQ(ft_bad(p, 0, FK_PAGES, FK_TAG), 0);
		CHECK_EQ(vmcheck(), OK);
	}
	ft_reap(fk_kids, FK_NSTATES);
	recvclr();				/* their death notices	*/
	CHECK_EQ(semdelete(sem), OK);
	CHECK_EQ(shared_ffs_frames(), 0);
	CHECK_SNAP(&s, me);
	CHECK_EQ(ft_bad(p, 0, FK_PAGES, FK_TAG), 0);
	fk_done = TRUE;
	return OK;
}

TESTCASE_T(fork_kill_children_in_every_state, FT_TEST_MS)
{
	fk_done = FALSE;
	CHECK(ft_run(fk_killer, 0, 0));
	CHECK(fk_done);
}
