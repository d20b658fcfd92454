/* test_swap_exhaust.c - swap tests: FFS and swap exhausted (clean copies
 *			 dropped, in-place exchange, OUT_OF_MEMORY)
 *
 * Small configuration only (MAX_FFS_SIZE <= 256): see swaptest.h.  FIFO
 * makes the victims predictable: after pages 0..n-1 are written in order,
 * the oldest resident page is the next victim, pages 0..n-FFS-1 are in
 * swap and n-FFS..n-1 are resident.
 */

#include <xinu.h>
#include "testsuite.h"
#include "swaptest.h"

#if MAX_FFS_SIZE <= 256

#define	SW_SLACK	2		/* free slots left in the drop test */
#define	SW_GOOD		2		/* well-behaved processes	*/
#define	SW_GOODPAGES	(SW_CAPACITY / 5)	/* each one's footprint	*/
#define	SW_HOG_PAGES	(4 * SW_CAPACITY)	/* the offender asks for */
#define	SW_OFFENDER	SW_GOOD		/* its job index		*/

static	struct	vmcounts sw_t0;
#define	DELTA(f)	((int32)(vmtotals.f - sw_t0.f))

/*------------------------------------------------------------------------
 * sw_dropclean - worker: fill all but SW_SLACK slots, then read swapped
 *	pages: the first SW_SLACK reads use free slots, the next one finds
 *	swap full and must release the clean copies the earlier reads left
 *------------------------------------------------------------------------
 */
static	process	sw_dropclean(struct swjob *job)
{
	char	*base;
	pid32	me = getpid();
	int32	p, n = SW_CAPACITY - SW_SLACK;

	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 1);
	}
	CHECK_EQ(free_ffs_pages(), 0);
	CHECK_EQ(free_swap_pages(), SW_SLACK);
	CHECK_EQ(used_swap_frames(me), SW_NSWAP - SW_SLACK);

	sw_t0 = vmtotals;
	for (p = 0; p < SW_SLACK; p++) {	/* slots: used up	*/
		sw_verify(job, base, p, 1);
	}
	CHECK_EQ(free_swap_pages(), 0);
	CHECK_EQ(used_swap_frames(me), SW_NSWAP);
	CHECK_EQ(DELTA(swapins), SW_SLACK);

	sw_verify(job, base, SW_SLACK, 1);	/* drops SW_SLACK copies */
	CHECK_EQ(free_swap_pages(), SW_SLACK - 1);
	CHECK_EQ(used_swap_frames(me), SW_NSWAP - SW_SLACK + 1);
	CHECK_EQ(used_ffs_frames(me), SW_NFFS);
	CHECK_EQ(DELTA(swapins), SW_SLACK + 1);
	CHECK_EQ(DELTA(swapouts), SW_SLACK + 1);
	CHECK_EQ(DELTA(cleanevicts), 0);
	CHECK_EQ(DELTA(oomkills), 0);
	CHECK_EQ(vmcheck(), OK);

	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 1);
	}
	for (p = n - 1; p >= 0; p--) {
		sw_write(job, base, p, 2);
	}
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 2);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_full_drops_clean_copies)
{
	sw_run_one(sw_dropclean, 0, "swdrop", FIFO);
}

/*------------------------------------------------------------------------
 * sw_exchange - worker: exactly as many pages as frames and slots hold,
 *	all written once (so no slot holds a clean copy).  Reading a
 *	swapped page then has no free frame, no free slot and nothing to
 *	release: it can only be exchanged in place with the victim.
 *------------------------------------------------------------------------
 */
static	process	sw_exchange(struct swjob *job)
{
	uint8	gens[SW_MAXPAGES];
	char	*base;
	pid32	me = getpid();
	int32	p, n = SW_CAPACITY;

	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 1);
	}
	CHECK_EQ(free_ffs_pages(), 0);
	CHECK_EQ(free_swap_pages(), 0);
	CHECK_EQ(used_ffs_frames(me), SW_NFFS);
	CHECK_EQ(used_swap_frames(me), SW_NSWAP);

	/* Read until a page comes from swap (under FIFO page 0 is in
	   swap; under the other policies any page may be) */
	sw_t0 = vmtotals;
	for (p = 0; p < n && DELTA(swapins) == 0; p++) {
		sw_verify(job, base, p, 1);
	}
	CHECK_EQ(DELTA(swapins), 1);
	CHECK_EQ(DELTA(swapouts), 1);		/* the victim's data moved */
	CHECK_EQ(DELTA(cleanevicts), 0);
	CHECK_EQ(DELTA(oomkills), 0);
	CHECK_EQ(free_ffs_pages(), 0);
	CHECK_EQ(free_swap_pages(), 0);
	CHECK_EQ(used_ffs_frames(me), SW_NFFS);
	CHECK_EQ(used_swap_frames(me), SW_NSWAP);
	CHECK_EQ(vmcheck(), OK);		/* the slot changed hands */

	/* FIFO: the victim (oldest resident page) went to page 0's slot */
	if (vm_policy == FIFO) {
		CHECK_EQ(p, 1);
		sw_verify(job, base, SW_NSWAP, 1);
		CHECK_EQ(DELTA(swapins), 2);
		sw_verify(job, base, 0, 1);	/* still resident	*/
		CHECK_EQ(DELTA(swapins), 2);
	}

	/* Everything, then everything again at random, at full capacity */
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 1);
	}
	job->nops = 2 * n;
	sw_exercise(job, base, n, gens);
	CHECK_EQ(free_ffs_pages(), 0);
	CHECK_EQ(free_swap_pages(), 0);
	CHECK_EQ(DELTA(oomkills), 0);
	CHECK_EQ(DELTA(zfaults), 0);
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_full_exchange_in_place)
{
	sw_jobs_reset();
	swjobs[0].seed = 44;
	sw_run_job(sw_exchange, 0, "swexch", FIFO);
}

/* The same at full capacity under the other policies (random victims) */
static	void	sw_exchange_under(int32 policy, uint32 seed)
{
	sw_jobs_reset();
	swjobs[0].seed = seed;
	sw_run_job(sw_exchange, 0, "swexch", policy);
}

/*------------------------------------------------------------------------
 * sw_good - worker: a modest footprint written once; it keeps reading
 *	its pages while the offender eats the rest of memory (stage 1),
 *	and once told (arg set to 1 by the test) writes and checks again
 *------------------------------------------------------------------------
 */
static	process	sw_good(struct swjob *job)
{
	uint8	gens[SW_MAXPAGES];
	char	*base;
	int32	p, n = job->npages;

	if ((base = sw_fill(job, gens, 1)) == NULL) {
		return SYSERR;
	}
	job->stage = 1;
	while (*(volatile int32 *)&job->arg < 1) {
		p = sw_rand(&job->seed) % n;
		sw_verify(job, base, p, gens[p]);
		if (p == 0) {
			sleepms(1);	/* let the others in now and then */
		}
	}
	job->stage = 2;
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, gens[p]);
	}
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, ++gens[p]);
	}
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, gens[p]);
	}
	job->done = TRUE;
	return OK;
}

/*------------------------------------------------------------------------
 * sw_offender - worker: touches pages of a huge range until memory runs
 *	out; progress counts the pages it got.  It must never finish.
 *------------------------------------------------------------------------
 */
static	process	sw_offender(struct swjob *job)
{
	char	*base;
	int32	p;

	base = vmalloc(SW_HOG_PAGES * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	job->stage = 1;
	for (p = 0; p < SW_HOG_PAGES; p++) {
		*SW_PAGE(base, p) = p;
		job->progress = p + 1;
	}
	job->done = TRUE;
	return OK;
}

/* The offender's frames and slots are back in the pools: whatever is
   in use is the good ones' (sampled with interrupts off, as they run) */
static	void	sw_only_good_hold(pid32 *pids)
{
	intmask	mask;
	struct	vmproc	*vm;
	int32	i, frames = 0, slots = 0, pages[SW_GOOD];
	int32	freeffs, freeswap;

	mask = disable();
	for (i = 0; i < SW_GOOD; i++) {
		vm = pids[i] == SYSERR ? NULL : proctab[pids[i]].prvm;
		pages[i] = vm ? (int32)(vm->nresident + vm->nswapped) : -1;
		frames += vm ? vm->nresident : 0;
		slots += vm ? vm->nslots : 0;
	}
	freeffs = free_ffs_pages();
	freeswap = free_swap_pages();
	restore(mask);
	for (i = 0; i < SW_GOOD; i++) {
		CHECK_EQ(pages[i], SW_GOODPAGES);
	}
	CHECK_EQ(freeffs, SW_NFFS - frames);
	CHECK_EQ(freeswap, SW_NSWAP - slots);
}

TESTCASE(swap_exhausted_oom_kills_offender_only)
{
	pid32	pids[SW_GOOD + 1];
	int32	i;

	sw_jobs_reset();
	sw_t0 = vmtotals;
	for (i = 0; i < SW_GOOD; i++) {
		swjobs[i].npages = SW_GOODPAGES;
		swjobs[i].seed = 100 + i;
		pids[i] = sw_start(sw_good, i, "swgood");
	}
	/* The good ones hold their pages before the offender starts */
	sw_await_stage(0, SW_GOOD, 1);
	pids[SW_OFFENDER] = sw_start(sw_offender, SW_OFFENDER, "swhog");
	if (pids[SW_OFFENDER] != SYSERR) {
		sw_join(pids[SW_OFFENDER], SW_JOIN_MS);
	}

	/* Killed, at exactly the page that found nothing left to take */
	CHECK(!swjobs[SW_OFFENDER].done);
	CHECK_EQ(swjobs[SW_OFFENDER].stage, 1);
	CHECK_EQ(swjobs[SW_OFFENDER].progress,
		SW_CAPACITY - SW_GOOD * SW_GOODPAGES);
	CHECK_EQ(DELTA(oomkills), 1);
	sw_only_good_hold(pids);
	CHECK_EQ(vmcheck(), OK);

	for (i = 0; i < SW_GOOD; i++) {
		CHECK_EQ(swjobs[i].stage, 1);	/* still alive, reading	*/
		swjobs[i].arg = 1;
	}
	for (i = 0; i < SW_GOOD; i++) {
		if (pids[i] != SYSERR) {
			sw_join(pids[i], SW_JOIN_MS);
		}
		CHECK(swjobs[i].done);
		CHECK_EQ(swjobs[i].errors, 0);
	}
	CHECK_EQ(DELTA(oomkills), 1);
	sw_killall();
}

/* One process alone touching more pages than frames and slots hold */
TESTCASE(swap_exhausted_single_process_oom)
{
	pid32	pid;

	sw_jobs_reset();
	sw_t0 = vmtotals;
	pid = sw_start(sw_offender, 0, "swhog");
	if (pid != SYSERR) {
		sw_join(pid, SW_JOIN_MS);
	}
	CHECK(!swjobs[0].done);
	CHECK_EQ(swjobs[0].progress, SW_CAPACITY);
	CHECK_EQ(DELTA(oomkills), 1);
	CHECK_EQ(free_ffs_pages(), SW_NFFS);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	sw_killall();
}

/*------------------------------------------------------------------------
 * sw_xchg - worker of the cross-process exchange: write npages, then
 *	(level 1) read page 0 back, then (level 2) check everything, write
 *	it again and check it again
 *------------------------------------------------------------------------
 */
static	process	sw_xchg(struct swjob *job)
{
	char	*base;
	int32	p, n = job->npages;

	if ((base = sw_fill(job, NULL, 1)) == NULL) {
		return SYSERR;
	}
	job->stage = 1;
	sw_await_level(job, 1);
	sw_verify(job, base, 0, 1);
	job->stage = 2;
	sw_await_level(job, 2);
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 1);
	}
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 2);
	}
	for (p = n - 1; p >= 0; p--) {
		sw_verify(job, base, p, 2);
	}
	job->done = TRUE;
	return OK;
}

/* Resident and swapped pages (slots) of A and B */
static	void	sw_xcheck(pid32 a, pid32 b, int32 af, int32 as, int32 bf,
			int32 bs, int32 line)
{
	if (used_ffs_frames(a) != (uint32)af || used_swap_frames(a) != (uint32)as
	    || used_ffs_frames(b) != (uint32)bf
	    || used_swap_frames(b) != (uint32)bs) {
		t_fail("line %d: A %d frames %d slots, B %d frames %d slots; "
			"expected %d %d %d %d", line, used_ffs_frames(a),
			used_swap_frames(a), used_ffs_frames(b),
			used_swap_frames(b), af, as, bf, bs);
	}
	CHECK_EQ(free_ffs_pages(), 0);
	CHECK_EQ(free_swap_pages(), 0);
	CHECK_EQ(vmcheck(), OK);
}

/* A fills swap, B fills the FFS (pushing all of A out); A's read of a
   page then takes B's oldest frame, whose data goes into A's slot */
TESTCASE(swap_full_exchange_between_processes)
{
	pid32	a, b;
	struct	swjob	*ja = &swjobs[0], *jb = &swjobs[1];

	sw_jobs_reset();
	CHECK_EQ(vmpolicy(FIFO), OK);
	ja->npages = SW_NSWAP;
	jb->npages = SW_NFFS;
	a = sw_start(sw_xchg, 0, "swxA");
	if (a == SYSERR || !sw_await_stage(0, 1, 1)) {
		sw_killall();
		return;
	}
	b = sw_start(sw_xchg, 1, "swxB");
	if (b == SYSERR || !sw_await_stage(1, 1, 1)) {
		sw_killall();
		return;
	}
	sw_xcheck(a, b, 0, SW_NSWAP, SW_NFFS, 0, __LINE__);

	sw_t0 = vmtotals;
	ja->arg = 1;				/* A reads its page 0	*/
	sw_await_stage(0, 1, 2);
	sw_xcheck(a, b, 1, SW_NSWAP - 1, SW_NFFS - 1, 1, __LINE__);
	CHECK_EQ(DELTA(swapins), 1);
	CHECK_EQ(DELTA(swapouts), 1);

	jb->arg = 1;				/* B reads its page 0	*/
	sw_await_stage(1, 1, 2);
	sw_xcheck(a, b, 1, SW_NSWAP - 1, SW_NFFS - 1, 1, __LINE__);
	CHECK_EQ(DELTA(swapins), 2);
	CHECK_EQ(DELTA(swapouts), 2);
	CHECK_EQ(DELTA(oomkills), 0);

	ja->arg = 2;				/* both: everything	*/
	jb->arg = 2;
	sw_join(a, SW_JOIN_MS);
	sw_join(b, SW_JOIN_MS);
	CHECK(ja->done && jb->done);
	CHECK_EQ(ja->errors, 0);
	CHECK_EQ(jb->errors, 0);
	CHECK_EQ(DELTA(oomkills), 0);
	sw_killall();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

TESTCASE(swap_full_exchange_random)
{
	sw_exchange_under(RANDOM, 55);
}

TESTCASE(swap_full_exchange_clock)
{
	sw_exchange_under(CLOCK, 66);
}

TESTCASE(swap_full_exchange_clockpro)
{
	sw_exchange_under(CLOCKPRO, 77);
}

#endif /* MAX_FFS_SIZE <= 256 */
