/* test_swap.c - swap tests: one process under each replacement policy,
 *		 the exact lab counts, debug_swapping, vmpolicy
 *
 * Small configuration only (MAX_FFS_SIZE <= 256): see swaptest.h.
 */

#include <xinu.h>
#include "testsuite.h"
#include "swaptest.h"
#include "../../paging/vmint.h"	/* clock_hand			*/

#if MAX_FFS_SIZE <= 256

#define	SW_SMALL	(2 * SW_NFFS)		/* "2x the FFS"		*/
/* "4x the FFS", but never more than frames and slots can hold */
#define	SW_LARGE	(4 * SW_NFFS < SW_CAPACITY ? 4 * SW_NFFS : SW_CAPACITY)
#define	SW_NOPS		(4 * SW_NFFS)		/* random ops per range	*/
#define	SW_LAB_EXTRA	5			/* pages past the FFS	*/
#define	SW_LAB_READ	10			/* pages read back	*/
#define	SW_DEBUG_N	1000			/* debug_swapping start	*/
#define	SW_DEBUG_SMALL	3			/* ... less than events	*/
#define	SW_KREAD_FIRST	3			/* pages sent to swap	*/
#define	SW_LOWWATER	8			/* pager's low-water mark */

extern	uint32	pager_lowwater;			/* paging/pager.c	*/

/* A snapshot of the paging totals, for deltas */
static	struct	vmcounts sw_t0;

#define	DELTA(f)	((int32)(vmtotals.f - sw_t0.f))

/*------------------------------------------------------------------------
 * sw_single - worker: 2x the FFS, then up to 4x (capped at capacity),
 *	each range exercised in order and at random, then freed
 *------------------------------------------------------------------------
 */
static	process	sw_single(struct swjob *job)
{
	uint8	gens[SW_MAXPAGES];
	char	*base;
	pid32	me = getpid();

	base = vmalloc(SW_SMALL * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	sw_exercise(job, base, SW_SMALL, gens);
	CHECK_EQ(used_ffs_frames(me) + used_swap_frames(me) >= SW_SMALL, TRUE);
	CHECK_EQ(vfree(base, SW_SMALL * PAGE_SIZE), OK);
	CHECK_EQ(used_ffs_frames(me), 0);
	CHECK_EQ(used_swap_frames(me), 0);
	job->stage = 1;

	base = vmalloc(SW_LARGE * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	sw_exercise(job, base, SW_LARGE, gens);
	CHECK_EQ(vfree(base, SW_LARGE * PAGE_SIZE), OK);
	CHECK_EQ(used_ffs_frames(me), 0);
	CHECK_EQ(used_swap_frames(me), 0);
	job->done = TRUE;
	return OK;
}

/* Run sw_single under one policy; the default comes back at the end */
static	void	sw_policy_run(int32 policy, uint32 seed)
{
	pid32	pid;

	sw_jobs_reset();
	CHECK_EQ(vmpolicy(policy), OK);
	CHECK_EQ(vm_policy, policy);
	sw_t0 = vmtotals;
	swjobs[0].nops = SW_NOPS;
	swjobs[0].seed = seed;
	pid = sw_start(sw_single, 0, "swsingle");
	if (pid != SYSERR) {
		sw_join(pid, SW_JOIN_MS);
	}
	CHECK(swjobs[0].done);
	CHECK_EQ(swjobs[0].errors, 0);
	CHECK_EQ(DELTA(oomkills), 0);
	CHECK(DELTA(swapouts) > 0);		/* it really swapped	*/
	CHECK(DELTA(swapins) > 0);
	CHECK(DELTA(cleanevicts) > 0);		/* clean copies reused	*/
	CHECK_EQ(free_ffs_pages(), SW_NFFS);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	sw_killall();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

TESTCASE(swap_one_process_random)
{
	sw_policy_run(RANDOM, 11);
}

TESTCASE(swap_one_process_fifo)
{
	sw_policy_run(FIFO, 22);
}

TESTCASE(swap_one_process_clock)
{
	sw_policy_run(CLOCK, 33);
}

TESTCASE(swap_one_process_clockpro)
{
	sw_policy_run(CLOCKPRO, 44);
}

/*------------------------------------------------------------------------
 * sw_clock_align - bring the FFS to the state of a fresh boot (see sw_lab)
 * sw_lab - worker: the lab's sequence under CLOCK.  A 2xFFS heap; write
 *	FFS pages (FFS full, no swap), 5 more (5 evictions), then read
 *	pages 0..9: each page read back keeps its slot as a clean copy.
 *
 *	The lab's numbers assume what a fresh boot gives: page i in frame
 *	i and the clock hand at frame 0.  Frames and slots are handed out
 *	lowest first whatever ran before, so with every frame free the
 *	first holds; earlier tests leave the hand anywhere (h), so a prelude
 *	brings it back to 0 by paging: under CLOCK, with pages 0..FFS-1 in
 *	frames 0..FFS-1, the first eviction sweeps all the way round and
 *	evicts frame h, each later one the next frame (its bit was cleared
 *	by the sweep), and the new page takes the frame just freed; so
 *	FFS - h more pages bring the hand to 0.  Freeing them all leaves
 *	every frame free again.
 *------------------------------------------------------------------------
 */
static	void	sw_clock_align(struct swjob *job)
{
	char	*base;
	int32	p, n;

	n = SW_NFFS + (SW_NFFS - clock_hand) % SW_NFFS;
	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return;
	}
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 0);
	}
	CHECK_EQ(clock_hand, 0);
	CHECK_EQ(vfree(base, n * PAGE_SIZE), OK);
	CHECK_EQ(free_ffs_pages(), SW_NFFS);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
}

static	process	sw_lab(struct swjob *job)
{
	char	*base;
	pid32	me = getpid();
	int32	p;
	struct	vmcounts mine;			/* its own, at the start */

	sw_clock_align(job);
	base = vmalloc(2 * SW_NFFS * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 2 * SW_NFFS);
	CHECK_EQ(used_ffs_frames(me), 0);
	sw_t0 = vmtotals;
	mine = proctab[me].prvm->cnt;

	for (p = 0; p < SW_NFFS; p++) {
		sw_write(job, base, p, 1);
	}
	CHECK_EQ(used_ffs_frames(me), SW_NFFS);
	CHECK_EQ(used_swap_frames(me), 0);
	for (p = 0; p < SW_NFFS; p++) {		/* lowest frame first	*/
		CHECK_EQ(sw_frame_of(me, base, p), p);
	}
	CHECK_EQ(free_ffs_pages(), 0);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	CHECK_EQ(DELTA(zfaults), SW_NFFS);
	CHECK_EQ(DELTA(swapouts) + DELTA(cleanevicts), 0);

	for (p = SW_NFFS; p < SW_NFFS + SW_LAB_EXTRA; p++) {
		sw_write(job, base, p, 1);
	}
	CHECK_EQ(used_ffs_frames(me), SW_NFFS);
	CHECK_EQ(used_swap_frames(me), SW_LAB_EXTRA);
	CHECK_EQ(free_swap_pages(), SW_NSWAP - SW_LAB_EXTRA);
	CHECK_EQ(DELTA(zfaults), SW_NFFS + SW_LAB_EXTRA);
	CHECK_EQ(DELTA(swapouts), SW_LAB_EXTRA);	/* dirty: copied */
	CHECK_EQ(DELTA(cleanevicts), 0);
	CHECK_EQ(DELTA(swapins), 0);
	for (p = 0; p < SW_LAB_EXTRA; p++) {	/* the lab's numbers	*/
		CHECK_EQ(sw_slot_of(me, base, p), p);
		CHECK_EQ(sw_frame_of(me, base, SW_NFFS + p), p);
	}

	for (p = 0; p < SW_LAB_READ; p++) {
		sw_verify(job, base, p, 1);
	}
	CHECK_EQ(used_ffs_frames(me), SW_NFFS);
	CHECK_EQ(used_swap_frames(me), SW_LAB_EXTRA + 2 * SW_LAB_EXTRA);
	CHECK_EQ(DELTA(swapins), 2 * SW_LAB_EXTRA);
	CHECK_EQ(DELTA(swapouts), 3 * SW_LAB_EXTRA);
	CHECK_EQ(DELTA(cleanevicts), 0);
	CHECK_EQ(DELTA(zfaults), SW_NFFS + SW_LAB_EXTRA);
	CHECK_EQ(DELTA(oomkills), 0);
	/* Page p came back into the frame of page 5 + p, which went to
	   slot 5 + p; page p keeps slot p as its clean copy */
	for (p = 0; p < SW_LAB_READ; p++) {
		CHECK_EQ(sw_frame_of(me, base, p), SW_LAB_EXTRA + p);
		CHECK_EQ(sw_slot_of(me, base, p), p);
		CHECK_EQ(sw_slot_of(me, base, SW_LAB_EXTRA + p),
			SW_LAB_EXTRA + p);
	}
	/* It was the only process paging: its counters say the same */
	CHECK_EQ(proctab[me].prvm->cnt.zfaults - mine.zfaults, DELTA(zfaults));
	CHECK_EQ(proctab[me].prvm->cnt.swapins - mine.swapins, DELTA(swapins));
	CHECK_EQ(proctab[me].prvm->cnt.swapouts - mine.swapouts,
		DELTA(swapouts));
	CHECK_EQ(proctab[me].prvm->cnt.cleanevicts - mine.cleanevicts, 0);
	kprintf("  lab counts: FFS %d, swap %d, swap-ins %d, swap-outs %d\n",
		used_ffs_frames(me), used_swap_frames(me), DELTA(swapins),
		DELTA(swapouts));

	CHECK_EQ(vmcheck(), OK);
	for (p = 0; p < SW_NFFS + SW_LAB_EXTRA; p++) {
		sw_verify(job, base, p, 1);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_lab_counts_clock)
{
	sw_run_one(sw_lab, 0, "swlab", CLOCK);
}

/* Read page p; TRUE if that brought it in from swap */
static	bool8	sw_was_swapped(struct swjob *job, char *base, int32 p)
{
	uint32	before = vmtotals.swapins;

	sw_verify(job, base, p, 1);
	return vmtotals.swapins != before;
}

/*------------------------------------------------------------------------
 * sw_order - worker: which page the policy (job->arg) evicts next.  Fill
 *	the FFS (pages 0..FFS-1), write one more (page 0 goes), read pages
 *	1 and 2, write one more.  CLOCK: the first write's sweep cleared
 *	every accessed bit and the reads set those of pages 1 and 2 again,
 *	so they get a second chance and page 3 goes (which also shows that
 *	clearing a bit invalidates the cached translation: otherwise the
 *	reads would not set it).  FIFO: page 1, the oldest, goes in spite
 *	of the read.
 *------------------------------------------------------------------------
 */
static	process	sw_order(struct swjob *job)
{
	char	*base;
	int32	p, gone = (job->arg == CLOCK) ? 3 : 1;

	if (job->arg == CLOCK) {
		sw_clock_align(job);
	}
	base = vmalloc((SW_NFFS + 2) * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p <= SW_NFFS; p++) {
		sw_write(job, base, p, 1);
	}
	sw_verify(job, base, 1, 1);
	sw_verify(job, base, 2, 1);
	sw_write(job, base, SW_NFFS + 1, 1);
	CHECK_EQ(used_swap_frames(getpid()), 2);

	for (p = 1; p <= 3; p++) {		/* the resident ones first */
		if (p != gone) {
			CHECK(!sw_was_swapped(job, base, p));
		}
	}
	CHECK(sw_was_swapped(job, base, gone));
	CHECK(sw_was_swapped(job, base, 0));

	if (job->arg == CLOCK) {
		/* The hand went on from page 3: the two swap-ins just done
		   took the frames of pages 4 and 5, not that of page 6 */
		CHECK(!sw_was_swapped(job, base, 6));
		CHECK(sw_was_swapped(job, base, 4));
		CHECK(sw_was_swapped(job, base, 5));
	}
	for (p = 0; p < SW_NFFS + 2; p++) {
		sw_verify(job, base, p, 1);
	}
	job->done = TRUE;
	return OK;
}

static	void	sw_order_run(int32 policy)
{
	sw_jobs_reset();
	swjobs[0].arg = policy;
	sw_run_job(sw_order, 0, "sworder", policy);
}

TESTCASE(swap_clock_second_chance)
{
	sw_order_run(CLOCK);
}

TESTCASE(swap_fifo_ignores_use)
{
	sw_order_run(FIFO);
}

/* Evictions and swap-ins since the snapshot: one printed line each */
static	int32	sw_events(void)
{
	return DELTA(swapouts) + DELTA(cleanevicts) + DELTA(swapins);
}

/*------------------------------------------------------------------------
 * sw_debug - worker: under FIFO, cause a known number of evictions and
 *	swap-ins with debug_swapping set, and check that it went down by
 *	one per event and stopped at 0
 *------------------------------------------------------------------------
 */
static	process	sw_debug(struct swjob *job)
{
	char	*base;
	int32	p, n = SW_NFFS + 6;

	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	sw_t0 = vmtotals;
	debug_swapping = SW_DEBUG_N;
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 1);		/* evicts 0..5	*/
	}
	CHECK_EQ(sw_events(), 6);
	CHECK_EQ(debug_swapping, SW_DEBUG_N - 6);
	for (p = 0; p < 3; p++) {
		sw_verify(job, base, p, 1);		/* evicts 6..8	*/
	}
	CHECK_EQ(sw_events(), 12);
	CHECK_EQ(debug_swapping, SW_DEBUG_N - sw_events());

	/* Fewer lines allowed than events: it must stop at 0 */
	sw_t0 = vmtotals;
	debug_swapping = SW_DEBUG_SMALL;
	for (p = 3; p < 6; p++) {
		sw_verify(job, base, p, 1);
	}
	CHECK_EQ(sw_events(), 6);
	CHECK_EQ(debug_swapping, 0);

	/* Off: nothing printed, nothing counted down */
	for (p = 6; p < 9; p++) {
		sw_verify(job, base, p, 1);
	}
	CHECK_EQ(debug_swapping, 0);
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 1);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_debug_swapping_countdown)
{
	pid32	pid;

	sw_jobs_reset();
	CHECK_EQ(vmpolicy(FIFO), OK);
	pid = sw_start(sw_debug, 0, "swdebug");
	if (pid != SYSERR) {
		sw_join(pid, SW_JOIN_MS);
	}
	debug_swapping = 0;
	CHECK(swjobs[0].done);
	CHECK_EQ(swjobs[0].errors, 0);
	sw_killall();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

/*------------------------------------------------------------------------
 * sw_kread - worker: kernel code (kprintf, with interrupts off) and the
 *	library read a string that straddles two swapped-out pages
 *------------------------------------------------------------------------
 */
static	process	sw_kread(struct swjob *job)
{
	static	const char msg[] = "this string was in swap";
	char	*base, *str;
	int32	p, n = SW_NFFS + SW_KREAD_FIRST;
	intmask	mask;
	uint32	word;

	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	str = base + PAGE_SIZE - sizeof(msg) / 2;	/* pages 0 and 1 */
	memcpy(str, msg, sizeof(msg));
	*SW_PAGE(base, 2) = STACKMAGIC;
	for (p = SW_KREAD_FIRST; p < n; p++) {		/* evicts 0..2	*/
		sw_write(job, base, p, 1);
	}
	CHECK_EQ(used_swap_frames(getpid()), SW_KREAD_FIRST);

	sw_t0 = vmtotals;
	kprintf("  the kernel reads from swap: \"%s\"\n", str);
	CHECK_EQ(DELTA(swapins), 2);
	CHECK_EQ(strlen(str), sizeof(msg) - 1);
	CHECK_EQ(memcmp(str, msg, sizeof(msg)), 0);
	CHECK_EQ(DELTA(swapins), 2);

	mask = disable();			/* a fault with IF clear	*/
	word = *SW_PAGE(base, 2);
	restore(mask);
	CHECK_EQ(word, STACKMAGIC);
	CHECK_EQ(DELTA(swapins), 3);

	for (p = SW_KREAD_FIRST; p < n; p++) {
		sw_verify(job, base, p, 1);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_kernel_reads_swapped_memory)
{
	sw_run_one(sw_kread, 0, "swkread", FIFO);
}

/* Wait for the pager to bring the free frames up to the mark; TRUE if
   it did before SW_JOIN_MS (only a hang takes that long) */
static	bool8	sw_mark_kept(void)
{
	int32	t;

	for (t = 0; t < SW_JOIN_MS; t++) {
		if (free_ffs_pages() >= SW_LOWWATER) {
			return TRUE;
		}
		sleepms(1);
	}
	return FALSE;
}

/*------------------------------------------------------------------------
 * sw_lowwater - worker: with the pager's low-water mark set, the pager
 *	evicts in advance to keep that many frames free: after a vfree
 *	wakes it, and after faults have used the free frames up again
 *------------------------------------------------------------------------
 */
static	process	sw_lowwater(struct swjob *job)
{
	char	*base;
	int32	p, n = SW_NFFS + SW_LOWWATER;

	base = vmalloc(n * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 1);
	}
	CHECK_EQ(free_ffs_pages(), 0);		/* the mark was off	*/
	pager_lowwater = SW_LOWWATER;
	sw_t0 = vmtotals;
	CHECK_EQ(vfree((char *)SW_PAGE(base, n - 1), PAGE_SIZE), OK);
	n--;
	CHECK(sw_mark_kept());
	CHECK(DELTA(swapouts) + DELTA(cleanevicts) >= SW_LOWWATER - 1);

	/* Faults take the free frames: the pager must make up for them */
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 2);
	}
	if (!sw_mark_kept()) {
		t_fail("low-water mark %d not kept after faults: %d frames free",
			SW_LOWWATER, free_ffs_pages());
	}
	pager_lowwater = 0;
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, 2);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(swap_pager_low_water_mark)
{
	pid32	pid;

	sw_jobs_reset();
	pid = sw_start(sw_lowwater, 0, "swlow");
	if (pid != SYSERR) {
		sw_join(pid, SW_JOIN_MS);
	}
	pager_lowwater = 0;
	CHECK(swjobs[0].done);
	CHECK_EQ(swjobs[0].errors, 0);
	sw_killall();
}

TESTCASE(swap_vmpolicy_bad_number)
{
	CHECK_EQ(vm_policy, RANDOM);		/* the default		*/
	CHECK_EQ(vmpolicy(FIFO), OK);
	CHECK_EQ(vmpolicy(NPOLICIES), SYSERR);
	CHECK_EQ(vm_policy, FIFO);
	CHECK_EQ(vmpolicy(-1), SYSERR);
	CHECK_EQ(vm_policy, FIFO);
	CHECK_EQ(vmpolicy(1000), SYSERR);
	CHECK_EQ(vm_policy, FIFO);
	CHECK_EQ(vmpolicy(CLOCK), OK);
	CHECK_EQ(vm_policy, CLOCK);
	CHECK_EQ(vmpolicy(RANDOM), OK);
	CHECK_EQ(vm_policy, RANDOM);
	CHECK(RANDOM != FIFO && FIFO != CLOCK && CLOCK != RANDOM);
}

#endif /* MAX_FFS_SIZE <= 256 */
