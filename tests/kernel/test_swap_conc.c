/* test_swap_conc.c - swap tests: concurrent processes with preemption,
 *		      one killed mid-way; a process killed while others swap
 *
 * Small configuration only (MAX_FFS_SIZE <= 256): see swaptest.h.  The
 * workers share one priority, so the clock's preemption interleaves them;
 * they first all write their pages and wait for each other, so that
 * their combined footprint is in use at once (it stays within what frames
 * and slots can hold: none of them may run out of memory).  The test
 * process watches them from a higher priority, so that it kills at the
 * moment it means to, not a few quanta later.
 */

#include <xinu.h>
#include "testsuite.h"
#include "swaptest.h"

#if MAX_FFS_SIZE <= 256

#define	SW_NCONC	6			/* concurrent workers	*/
#define	SW_CONCPAGES	(SW_CAPACITY * 7 / 8 / SW_NCONC)	/* each	*/
#define	SW_CONCOPS	(60 * SW_CONCPAGES)	/* random ops each	*/
#define	SW_VICTIM	2			/* the one killed	*/
#define	SW_KILL_AT	(SW_CONCOPS / 2)	/* its progress then	*/
#define	SW_CTLPRIO	(SW_PRIO + 1)		/* the watching test	*/

#define	SW_NWORK	3			/* beside the hog	*/
#define	SW_HOGPAGES	(SW_CAPACITY * 3 / 8)
#define	SW_WORKPAGES	(SW_CAPACITY * 3 / 16)
/* Second range of each worker: fits only once the hog's memory is back */
#define	SW_MOREPAGES	((SW_CAPACITY - SW_NWORK * SW_WORKPAGES) / SW_NWORK \
			 - SW_NWORK)
#define	SW_ABOVE_PAGER	30000			/* starves the pager	*/
#define	SW_HOG		0			/* job indices		*/
#define	SW_WORK0	1

static	struct	vmcounts sw_t0, sw_t1;
#define	DELTA(f)	((int32)(vmtotals.f - sw_t0.f))

/*------------------------------------------------------------------------
 * sw_conc - worker: write its own range, wait for the others, exercise
 *	     the range, then free it
 *------------------------------------------------------------------------
 */
static	process	sw_conc(struct swjob *job)
{
	uint8	gens[SW_MAXPAGES];
	char	*base;
	int32	p, n = job->npages;

	if ((base = sw_fill(job, NULL, 0)) == NULL) {
		return SYSERR;
	}
	job->stage = 1;
	sw_await_level(job, 1);
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 0);
	}
	job->stage = 2;
	sw_exercise(job, base, n, gens);
	CHECK_EQ(vfree(base, n * PAGE_SIZE), OK);
	CHECK_EQ(used_ffs_frames(getpid()), 0);
	CHECK_EQ(used_swap_frames(getpid()), 0);
	job->done = TRUE;
	return OK;
}

/* Six workers under one policy; the test kills one of them mid-way */
static	void	sw_conc_run(int32 policy, uint32 seed)
{
	pid32	pids[SW_NCONC];
	int32	i, t, switches = 0;

	CHECK(SW_NCONC * SW_CONCPAGES <= SW_CAPACITY);
	CHECK(SW_NCONC * SW_CONCPAGES > 2 * SW_NFFS);
	sw_jobs_reset();
	CHECK_EQ(vmpolicy(policy), OK);
	chprio(getpid(), SW_CTLPRIO);
	sw_t0 = vmtotals;
	for (i = 0; i < SW_NCONC; i++) {
		swjobs[i].npages = SW_CONCPAGES;
		swjobs[i].nops = SW_CONCOPS;
		swjobs[i].seed = seed + i;
		if (i % 2) {		/* a tiny stack: still VSTACK_MIN */
			swjobs[i].ssize = SW_TINYSTK;
		}
		pids[i] = sw_start(sw_conc, i, "swconc");
		if (pids[i] != SYSERR) {
			CHECK(proctab[pids[i]].prvm->stkpages * PAGE_SIZE
				>= VSTACK_MIN);
		}
	}
	sw_await_stage(0, SW_NCONC, 1);
	CHECK_EQ(free_ffs_pages(), 0);
	/* At least: a page evicted in the middle of its first write
	   (preempted) comes back and keeps its slot */
	CHECK(free_swap_pages() <= SW_CAPACITY - SW_NCONC * SW_CONCPAGES);
	for (i = 0; i < SW_NCONC; i++) {
		swjobs[i].arg = 1;
	}

	for (t = 0; t < SW_JOIN_MS; t += 1) {
		if (swjobs[SW_VICTIM].progress >= SW_KILL_AT
				|| swjobs[SW_VICTIM].done) {
			break;
		}
		sleepms(1);
	}
	CHECK(!swjobs[SW_VICTIM].done);		/* really mid-way	*/
	if (pids[SW_VICTIM] != SYSERR) {
		CHECK_EQ(kill(pids[SW_VICTIM]), OK);
	}

	for (i = 0; i < SW_NCONC; i++) {
		if (pids[i] != SYSERR) {
			sw_join(pids[i], SW_JOIN_MS);
		}
		switches += swjobs[i].switches;
		if (i == SW_VICTIM) {
			CHECK(!swjobs[i].done);
			CHECK_EQ(swjobs[i].stage, 2);
			CHECK(swjobs[i].progress < 7 * SW_CONCPAGES
				+ SW_CONCOPS);
		} else {
			CHECK(swjobs[i].done);
		}
		CHECK_EQ(swjobs[i].errors, 0);
	}
	kprintf("  %d workers, %d interleavings, %d swap-ins, %d swap-outs\n",
		SW_NCONC, switches, DELTA(swapins), DELTA(swapouts));
	CHECK(switches > 2 * SW_NCONC);		/* preemption interleaved */
	CHECK(DELTA(swapouts) > 0);
	CHECK_EQ(DELTA(oomkills), 0);
	CHECK_EQ(free_ffs_pages(), SW_NFFS);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	sw_killall();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

TESTCASE(swap_concurrent_one_killed_random)
{
	sw_conc_run(RANDOM, 1000);
}

TESTCASE(swap_concurrent_one_killed_fifo)
{
	sw_conc_run(FIFO, 2000);
}

TESTCASE(swap_concurrent_one_killed_clock)
{
	sw_conc_run(CLOCK, 3000);
}

TESTCASE(swap_concurrent_one_killed_clockpro)
{
	sw_conc_run(CLOCKPRO, 4000);
}

/*------------------------------------------------------------------------
 * sw_hogproc - worker: holds a large range and keeps rewriting it at
 *		random until it is killed
 *------------------------------------------------------------------------
 */
static	process	sw_hogproc(struct swjob *job)
{
	uint8	gens[SW_MAXPAGES];
	char	*base;
	int32	p, n = job->npages;

	if ((base = sw_fill(job, gens, 1)) == NULL) {
		return SYSERR;
	}
	job->stage = 1;
	for (;;) {
		p = sw_rand(&job->seed) % n;
		if (sw_rand(&job->seed) & 1) {
			sw_write(job, base, p, ++gens[p]);
		} else {
			sw_verify(job, base, p, gens[p]);
		}
	}
	return OK;
}

/*------------------------------------------------------------------------
 * sw_worker - worker: exercise a range while the hog lives (stage 1),
 *	wait for the test to kill it, then take a second range that fits
 *	only with the hog's frames and slots back, and verify both
 *------------------------------------------------------------------------
 */
static	process	sw_worker(struct swjob *job)
{
	uint8	gens[SW_MAXPAGES], gens2[SW_MAXPAGES];
	char	*base, *more;
	int32	p, n = job->npages;

	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	job->stage = 1;
	sw_exercise(job, base, n, gens);
	job->stage = 2;
	sw_await_level(job, 1);
	job->stage = 3;
	more = vmalloc(SW_MOREPAGES * PAGE_SIZE);
	if (!CHECK(more != (char *)SYSERR)) {
		return SYSERR;
	}
	sw_exercise(job, more, SW_MOREPAGES, gens2);
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, gens[p]);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_kill_while_others_swap)
{
	pid32	hog, pids[SW_NWORK];
	int32	i, t, least;

	CHECK(SW_HOGPAGES + SW_NWORK * SW_WORKPAGES <= SW_CAPACITY);
	CHECK(SW_HOGPAGES + SW_NWORK * (SW_WORKPAGES + SW_MOREPAGES)
		> SW_CAPACITY);
	CHECK(SW_NWORK * (SW_WORKPAGES + SW_MOREPAGES) <= SW_CAPACITY);
	sw_jobs_reset();
	CHECK_EQ(vmpolicy(CLOCK), OK);
	chprio(getpid(), SW_CTLPRIO);
	sw_t0 = vmtotals;

	swjobs[SW_HOG].npages = SW_HOGPAGES;
	swjobs[SW_HOG].seed = 4000;
	hog = sw_start(sw_hogproc, SW_HOG, "swhog");
	sw_await_stage(SW_HOG, 1, 1);
	for (i = 0; i < SW_NWORK; i++) {
		swjobs[SW_WORK0 + i].npages = SW_WORKPAGES;
		swjobs[SW_WORK0 + i].nops = 40 * SW_WORKPAGES;
		swjobs[SW_WORK0 + i].seed = 5000 + i;
		pids[i] = sw_start(sw_worker, SW_WORK0 + i, "swwork");
	}

	/* Kill the hog while every worker is in the middle of its range */
	sw_await_stage(SW_WORK0, SW_NWORK, 1);
	for (t = 0; t < SW_JOIN_MS; t += 1) {
		least = swjobs[SW_WORK0].progress;
		for (i = 1; i < SW_NWORK; i++) {
			if (swjobs[SW_WORK0 + i].progress < least) {
				least = swjobs[SW_WORK0 + i].progress;
			}
		}
		if (least >= 3 * SW_WORKPAGES) {
			break;
		}
		sleepms(1);
	}
	for (i = 0; i < SW_NWORK; i++) {
		CHECK_EQ(swjobs[SW_WORK0 + i].stage, 1);	/* mid-way */
	}
	sw_t1 = vmtotals;
	if (hog != SYSERR) {
		CHECK_EQ(kill(hog), OK);
		sw_join(hog, SW_JOIN_MS);
	}
	CHECK(!swjobs[SW_HOG].done);
	CHECK_EQ(swjobs[SW_HOG].errors, 0);
	/* The others were swapping when it was killed */
	CHECK(sw_t1.swapouts - sw_t0.swapouts > 0);
	CHECK(sw_t1.swapins - sw_t0.swapins > 0);

	for (i = 0; i < SW_NWORK; i++) {
		swjobs[SW_WORK0 + i].arg = 1;
	}
	for (i = 0; i < SW_NWORK; i++) {
		if (pids[i] != SYSERR) {
			sw_join(pids[i], SW_JOIN_MS);
		}
		CHECK(swjobs[SW_WORK0 + i].done);
		CHECK_EQ(swjobs[SW_WORK0 + i].errors, 0);
	}
	CHECK_EQ(DELTA(oomkills), 0);
	CHECK_EQ(free_ffs_pages(), SW_NFFS);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	sw_killall();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

#endif /* MAX_FFS_SIZE <= 256 */

#if MAX_FFS_SIZE <= 256
/*------------------------------------------------------------------------
 * sw_sleeper - worker: fills the FFS and some swap, then sleeps until it
 *		is killed
 *------------------------------------------------------------------------
 */
static	process	sw_sleeper(struct swjob *job)
{
	if (sw_fill(job, NULL, 1) == NULL) {
		return SYSERR;
	}
	job->stage = 1;
	for (;;) {
		sleepms(SW_POLL_MS);
	}
	return OK;
}

/*------------------------------------------------------------------------
 * sw_killer - worker above the pager's priority: kills the sleeper and
 *	at once touches fresh pages.  The pager cannot have run, so the
 *	fault itself must take the dead process's frames (and release its
 *	slots) before it thinks of evicting anything.
 *------------------------------------------------------------------------
 */
static	process	sw_killer(struct swjob *job)
{
	char	*base;
	int32	p, n = job->npages;

	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	CHECK_EQ(free_ffs_pages(), 0);
	sw_t0 = vmtotals;
	CHECK_EQ(kill(job->arg), OK);
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 1);
	}
	CHECK_EQ(DELTA(swapouts) + DELTA(cleanevicts), 0);
	CHECK_EQ(DELTA(zfaults), n);
	CHECK_EQ(used_ffs_frames(getpid()), n);
	CHECK_EQ(free_ffs_pages(), SW_NFFS - n);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	CHECK_EQ(vmcheck(), OK);
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 1);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_fault_reaps_killed_process)
{
	pid32	sleeper, killer;

	sw_jobs_reset();
	swjobs[0].npages = SW_NFFS + SW_NFFS / 4;
	sleeper = sw_start(sw_sleeper, 0, "swsleeper");
	sw_await_stage(0, 1, 1);
	if (sleeper == SYSERR) {
		return;
	}
	swjobs[1].npages = SW_NFFS / 2;
	swjobs[1].arg = sleeper;
	killer = vcreate(sw_killer, SW_STK, SW_ABOVE_PAGER, "swkiller", 1,
		&swjobs[1]);
	if (killer == SYSERR) {
		t_fail("vcreate of the killer failed");
		sw_killall();
		return;
	}
	swjobs[1].pid = killer;
	resume(killer);
	sw_join(killer, SW_JOIN_MS);
	sw_join(sleeper, SW_JOIN_MS);
	CHECK(swjobs[1].done);
	CHECK_EQ(swjobs[1].errors, 0);
	CHECK(!swjobs[0].done);
	sw_killall();
}
#endif /* MAX_FFS_SIZE <= 256 */
