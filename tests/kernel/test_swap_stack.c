/* test_swap_stack.c - swap tests: overflowing a virtual stack
 *
 * Small configuration only (MAX_FFS_SIZE <= 256): see swaptest.h.  A
 * vcreate process's stack has an unmapped guard page below it.  Touching
 * the guard page with stack to spare is an ordinary page fault; running
 * the stack pointer itself into it (unbounded recursion) makes the CPU
 * fault again while delivering the fault: a double fault, which the
 * kernel takes on a task of its own.  Either way only the offender dies
 * (P<pid>:: STACK_OVERFLOW) while a neighbour swaps on undisturbed.
 */

#include <xinu.h>
#include "testsuite.h"
#include "swaptest.h"

#if MAX_FFS_SIZE <= 256

#define	SW_NEIGHBOUR	0		/* job indices			*/
#define	SW_OVERFLOW	1
#define	SW_NBPAGES	(SW_NFFS + SW_NFFS / 2)	/* it swaps		*/
#define	SW_OFS_GUARDTOP	sizeof(uint32)	/* just below the stack	*/
#define	SW_OFS_GUARDLOW	PAGE_SIZE	/* the guard page's first byte */
#define	SW_FRAME	256		/* bytes per recursion level	*/
#define	SW_SPIN_MS	20		/* neighbour's head start	*/
#define	SW_HUGE		(4 * VSTACK_MIN)	/* a local array past it all */

static	struct	vmcounts sw_t0;
#define	DELTA(f)	((int32)(vmtotals.f - sw_t0.f))

/*------------------------------------------------------------------------
 * sw_neighbour - worker: swaps through its own range in the meantime
 *------------------------------------------------------------------------
 */
static	process	sw_neighbour(struct swjob *job)
{
	uint8	gens[SW_MAXPAGES];
	char	*base;

	base = vmalloc(job->npages * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	job->stage = 1;
	sw_exercise(job, base, job->npages, gens);
	job->done = TRUE;
	return OK;
}

/*------------------------------------------------------------------------
 * sw_guardwrite - worker: write arg bytes below its stack's lowest
 *	address (into the guard page) after touching some heap pages, so
 *	that it has frames to give back when it dies
 *------------------------------------------------------------------------
 */
static	process	sw_guardwrite(struct swjob *job)
{
	struct	vmproc	*vm = proctab[getpid()].prvm;
	char	*base;
	int32	p;

	base = vmalloc(SW_NFFS / 4 * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p < SW_NFFS / 4; p++) {
		sw_write(job, base, p, 1);
	}
	sleepms(SW_SPIN_MS);
	job->stage = 1;
	*(volatile uint32 *)(vm->stkbase - job->arg) = STACKMAGIC;
	job->done = TRUE;		/* must not get here		*/
	return OK;
}

/* One overflowing process beside a swapping neighbour */
static	void	sw_overflow_run(void *fn, int32 arg)
{
	pid32	nb, bad;

	sw_jobs_reset();
	sw_t0 = vmtotals;
	swjobs[SW_NEIGHBOUR].npages = SW_NBPAGES;
	swjobs[SW_NEIGHBOUR].nops = 2 * SW_NBPAGES;
	swjobs[SW_NEIGHBOUR].seed = 77;
	swjobs[SW_OVERFLOW].arg = arg;
	nb = sw_start(sw_neighbour, SW_NEIGHBOUR, "swneighbour");
	bad = sw_start(fn, SW_OVERFLOW, "swoverflow");
	if (bad != SYSERR) {
		sw_join(bad, SW_JOIN_MS);
	}
	CHECK_EQ(swjobs[SW_OVERFLOW].stage, 1);
	CHECK(!swjobs[SW_OVERFLOW].done);
	if (nb != SYSERR) {
		sw_join(nb, SW_JOIN_MS);
	}
	CHECK(swjobs[SW_NEIGHBOUR].done);
	CHECK_EQ(swjobs[SW_NEIGHBOUR].errors, 0);
	CHECK_EQ(DELTA(oomkills), 0);
	CHECK_EQ(free_ffs_pages(), SW_NFFS);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	sw_killall();
}

TESTCASE(swap_stack_guard_page_just_below)
{
	sw_overflow_run(sw_guardwrite, SW_OFS_GUARDTOP);
}

TESTCASE(swap_stack_guard_page_low_end)
{
	sw_overflow_run(sw_guardwrite, SW_OFS_GUARDLOW);
}

/*------------------------------------------------------------------------
 * sw_recurse - call itself without end, SW_FRAME bytes a level; the
 *	       depth reached is recorded in the job
 *------------------------------------------------------------------------
 */
static	volatile bool8 sw_deeper = TRUE;	/* hides the endlessness */

static	int32	sw_recurse(struct swjob *job, int32 depth)
{
	volatile char	pad[SW_FRAME];

	pad[0] = depth;
	pad[SW_FRAME - 1] = depth;
	job->progress = depth;
	if (!sw_deeper) {
		return 0;
	}
	return sw_recurse(job, depth + 1) + pad[depth % SW_FRAME];
}

static	process	sw_deeprec(struct swjob *job)
{
	char	*base;

	base = vmalloc(PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	*base = 1;			/* a frame to give back		*/
	sleepms(SW_SPIN_MS);
	job->stage = 1;
	sw_recurse(job, 0);
	job->done = TRUE;		/* must not get here		*/
	return OK;
}

/* A frame so large that the stack pointer jumps past the guard page and
   the emergency pages' room altogether: the CPU cannot even push the
   page fault's frame.  Only those pages count as the stack, so this is
   a segmentation fault (test_robust.c checks which is reported) */
static	void	sw_bigframe(struct swjob *job)
{
	volatile char	big[SW_HUGE];

	big[0] = 1;
	job->progress = big[0];
}

static	process	sw_hugelocal(struct swjob *job)
{
	char	*base;

	base = vmalloc(PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	*base = 1;
	sleepms(SW_SPIN_MS);
	job->stage = 1;
	sw_bigframe(job);
	job->done = TRUE;		/* must not get here		*/
	return OK;
}

TESTCASE(swap_stack_huge_local_array)
{
	sw_overflow_run(sw_hugelocal, 0);
	CHECK_EQ(swjobs[SW_OVERFLOW].progress, 0);
}

TESTCASE(swap_stack_unbounded_recursion)
{
	sw_overflow_run(sw_deeprec, 0);
	/* It went as deep as its stack, at least VSTACK_MIN, allows */
	CHECK(swjobs[SW_OVERFLOW].progress >= VSTACK_MIN / SW_FRAME / 2);
	CHECK(swjobs[SW_OVERFLOW].progress <= VSTACK_MIN / SW_FRAME * 2);
}

#endif /* MAX_FFS_SIZE <= 256 */
