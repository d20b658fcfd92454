/* test_slots.c - the order in which FFS frames and swap slots are handed
 *		  out: lowest-numbered free first, as in the lab, whatever
 *		  ran before (exited processes, vfree); and the bitmap that
 *		  gives that order (paging/bitmap.c)
 *
 * The process tests run on the small configuration only (swaptest.h).
 * They rely on what testmain guarantees between tests: every frame and
 * slot is free when a test starts.
 */

#include <xinu.h>
#include "testsuite.h"
#include "swaptest.h"
#include "../../paging/vmint.h"
#include "../../paging/bitmap.h"

/* Sizes around every level boundary: one word, two levels, three, four */
#define	BT_MAXBITS	(BM_WORD * BM_WORD * BM_WORD + 1)
static	uint32	bt_words[BM_NWORDS(BT_MAXBITS)];
static	const int32 bt_sizes[] = {
	1, BM_WORD - 1, BM_WORD, BM_WORD + 1, 2 * BM_WORD,
	BM_WORD * BM_WORD, BM_WORD * BM_WORD + 1, BT_MAXBITS
};
#define	BT_NSIZES	(sizeof(bt_sizes) / sizeof(bt_sizes[0]))
#define	BT_NRANDOM	64		/* random bits set per size	*/

/* The test's own LCG (the swap tests' one is small-configuration only) */
static	uint32	bt_rand(uint32 *seed)
{
	*seed = *seed * 1664525 + 1013904223;
	return *seed >> 8;
}

/* The levels one size needs, by the rule of BM_NWORDS */
static	int32	bt_levels(int32 n)
{
	return 1 + (BM_W1(n) > 0) + (BM_W2(n) > 0) + (BM_W3(n) > 0);
}

/* One size: empty, edges, full, emptied in order, refilled at random */
static	void	bt_one(int32 n)
{
	struct	bitmap	bm;
	int32	i, bad, b, low;
	uint32	seed = 12345;

	bm_init(&bm, bt_words, n, FALSE);
	CHECK_EQ(bm.nlevels, bt_levels(n));
	CHECK_EQ(bm.count, 0);
	CHECK_EQ(bm_lowest(&bm), SYSERR);		/* empty	*/
	CHECK_EQ(bm_check(&bm), 0);

	bm_set(&bm, n - 1);				/* last only	*/
	CHECK_EQ(bm_lowest(&bm), n - 1);
	bm_set(&bm, n - 1);				/* twice: once	*/
	CHECK_EQ(bm.count, 1);
	bm_set(&bm, 0);					/* and first	*/
	CHECK_EQ(bm_lowest(&bm), 0);
	CHECK_EQ(bm.count, n > 1 ? 2 : 1);
	bm_clear(&bm, 0);
	CHECK_EQ(bm_lowest(&bm), n > 1 ? n - 1 : SYSERR);
	bm_clear(&bm, n - 1);
	bm_clear(&bm, n - 1);				/* twice: once	*/
	CHECK_EQ(bm.count, 0);
	CHECK_EQ(bm_lowest(&bm), SYSERR);
	CHECK(!bm_isset(&bm, -1) && !bm_isset(&bm, n));	/* out of range */
	CHECK_EQ(bm_check(&bm), 0);

	bm_init(&bm, bt_words, n, TRUE);		/* full		*/
	CHECK_EQ(bm.count, n);
	CHECK_EQ(bm_check(&bm), 0);
	bad = 0;
	for (i = 0; i < n; i++) {			/* empty it	*/
		if (bm_lowest(&bm) != i) {
			bad++;
		}
		bm_clear(&bm, i);
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ(bm_lowest(&bm), SYSERR);
	CHECK_EQ(bm_check(&bm), 0);

	/* Random bits set: the lowest is always the smallest set so far */
	bad = 0;
	for (i = 0; i < BT_NRANDOM; i++) {
		b = (int32)(bt_rand(&seed) % (uint32)n);
		low = bm_lowest(&bm);
		bm_set(&bm, b);
		if (bm_lowest(&bm) != (low == SYSERR || b < low ? b : low)) {
			bad++;
		}
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ(bm_check(&bm), 0);
}

TESTCASE(slots_bitmap_edges)
{
	uint32	i;

	CHECK_EQ(BM_NWORDS(1), 1);
	CHECK_EQ(BM_NWORDS(BM_WORD), 1);
	CHECK_EQ(BM_NWORDS(BM_WORD + 1), 3);		/* 2 words + top */
	CHECK_EQ(BM_NWORDS(BM_MAXBITS), BM_WORD * BM_WORD * BM_WORD
		+ BM_WORD * BM_WORD + BM_WORD + 1);
	for (i = 0; i < BT_NSIZES; i++) {
		bt_one(bt_sizes[i]);
	}
}

TESTCASE(slots_bitmap_detects_damage)
{
	struct	bitmap	bm;

	bm_init(&bm, bt_words, BM_WORD * BM_WORD + 1, TRUE);
	CHECK_EQ(bm_check(&bm), 0);
	bt_words[3] = 0;		/* bits gone, summary still says set */
	CHECK(bm_check(&bm) > 0);
	bm_init(&bm, bt_words, BM_WORD + 1, FALSE);
	bt_words[1] = 2;		/* a bit past the end		*/
	CHECK(bm_check(&bm) > 0);
}

#if MAX_FFS_SIZE <= 256

#define	SL_EXTRA	8		/* pages evicted by a worker	*/
#define	SL_RUN		16		/* pages of the vfree test	*/
#define	SL_HOLE		4		/* first page freed ...		*/
#define	SL_NHOLE	6		/* ... and how many		*/
#define	SL_NEW		(SL_NHOLE + 2)	/* pages written after the vfree */
#define	SL_SWAPPED	20		/* pages evicted before the hole */
#define	SL_SWHOLE	5		/* first swapped page freed ...	*/
#define	SL_SWNHOLE	5		/* ... and how many		*/
#define	SL_SWNEW	(SL_SWNHOLE + 2)	/* evictions after it	*/

/*------------------------------------------------------------------------
 * sl_fresh - worker: under FIFO, FFS + SL_EXTRA pages written in order
 *	take frames 0, 1, 2...; the first SL_EXTRA pages are then evicted
 *	from frame p to slot p, and pages FFS.. take their frames: the
 *	lab's numbers, even when an earlier process used (and freed) them
 *------------------------------------------------------------------------
 */
static	process	sl_fresh(struct swjob *job)
{
	char	*base;
	pid32	me = getpid();
	int32	p;

	job->npages = SW_NFFS + SL_EXTRA;
	base = vmalloc(job->npages * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p < SW_NFFS; p++) {
		sw_write(job, base, p, 1);
		CHECK_EQ(sw_frame_of(me, base, p), p);
	}
	for (p = 0; p < SL_EXTRA; p++) {
		sw_write(job, base, SW_NFFS + p, 1);
		CHECK_EQ(sw_slot_of(me, base, p), p);
		CHECK_EQ(sw_frame_of(me, base, SW_NFFS + p), p);
	}
	for (p = 0; p < job->npages; p++) {
		sw_verify(job, base, p, 1);
	}
	job->done = TRUE;
	return OK;		/* exits holding frames and slots	*/
}

TESTCASE(slots_lowest_after_exit)
{
	sw_jobs_reset();
	sw_run_job(sl_fresh, 0, "slfresh1", FIFO);	/* joined: torn down */
	CHECK_EQ(free_ffs_pages(), SW_NFFS);
	CHECK_EQ(free_swap_pages(), SW_NSWAP);
	sw_jobs_reset();
	sw_run_job(sl_fresh, 0, "slfresh2", FIFO);
}

/*------------------------------------------------------------------------
 * sl_vfree - worker: SL_RUN pages take frames 0..SL_RUN-1; after a vfree
 *	of pages SL_HOLE.. (a middle range) the next pages take the freed
 *	frames, lowest first, then the frames after the run.  Each of
 *	those faults is a pool hit or a zeroing on the path: whether the
 *	pager zeroed the freed frames in between does not change the order.
 *------------------------------------------------------------------------
 */
static	process	sl_vfree(struct swjob *job)
{
	char	*base, *more;
	pid32	me = getpid();
	int32	p, want;
	uint32	zeroed;

	base = vmalloc(SL_RUN * PAGE_SIZE);
	more = vmalloc(SL_NEW * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR && more != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p < SL_RUN; p++) {
		sw_write(job, base, p, 1);
		CHECK_EQ(sw_frame_of(me, base, p), p);
	}
	CHECK_EQ(vfree((char *)SW_PAGE(base, SL_HOLE), SL_NHOLE * PAGE_SIZE),
		OK);
	CHECK_EQ(free_ffs_pages(), SW_NFFS - (SL_RUN - SL_NHOLE));
	zeroed = vmtotals_pool_hits + vmtotals_path_zeroes;
	for (p = 0; p < SL_NEW; p++) {
		sw_write(job, more, p, 2);
		want = (p < SL_NHOLE) ? SL_HOLE + p : SL_RUN + p - SL_NHOLE;
		CHECK_EQ(sw_frame_of(me, more, p), want);
	}
	CHECK_EQ(vmtotals_pool_hits + vmtotals_path_zeroes - zeroed, SL_NEW);
	for (p = 0; p < SL_RUN; p++) {
		if (p < SL_HOLE || p >= SL_HOLE + SL_NHOLE) {
			sw_verify(job, base, p, 1);
		}
	}
	for (p = 0; p < SL_NEW; p++) {
		sw_verify(job, more, p, 2);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(slots_frames_lowest_after_vfree)
{
	sw_run_one(sl_vfree, 0, "slvfree", FIFO);
}

/*------------------------------------------------------------------------
 * sl_swhole - worker: under FIFO, pages 0..SL_SWAPPED-1 go to slots
 *	0..SL_SWAPPED-1; a vfree of some of them (a middle range) frees
 *	slots in the middle, and each later eviction takes the lowest free
 *	slot: the freed ones in order, then those after the first run
 *------------------------------------------------------------------------
 */
static	process	sl_swhole(struct swjob *job)
{
	char	*base, *more;
	pid32	me = getpid();
	int32	p, want, n = SW_NFFS + SL_SWAPPED;

	base = vmalloc(n * PAGE_SIZE);
	more = vmalloc(SL_SWNEW * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR && more != (char *)SYSERR)) {
		return SYSERR;
	}
	for (p = 0; p < n; p++) {
		sw_write(job, base, p, 1);
	}
	for (p = 0; p < SL_SWAPPED; p++) {
		CHECK_EQ(sw_slot_of(me, base, p), p);
	}
	CHECK_EQ(vfree((char *)SW_PAGE(base, SL_SWHOLE),
		SL_SWNHOLE * PAGE_SIZE), OK);
	CHECK_EQ(free_swap_pages(), SW_NSWAP - (SL_SWAPPED - SL_SWNHOLE));
	for (p = 0; p < SL_SWNEW; p++) {
		want = (p < SL_SWNHOLE) ? SL_SWHOLE + p
			: SL_SWAPPED + p - SL_SWNHOLE;
		CHECK_EQ(swaptab[want].pg.owner, OWN_FREE);
		sw_write(job, more, p, 2);	/* evicts page SL_SWAPPED+p */
		CHECK_EQ(sw_slot_of(me, base, SL_SWAPPED + p), want);
	}
	for (p = 0; p < n; p++) {
		if (p < SL_SWHOLE || p >= SL_SWHOLE + SL_SWNHOLE) {
			sw_verify(job, base, p, 1);
		}
	}
	for (p = 0; p < SL_SWNEW; p++) {
		sw_verify(job, more, p, 2);
	}
	job->done = TRUE;
	return OK;
}

TESTCASE(slots_swap_lowest_in_the_middle)
{
	sw_run_one(sl_swhole, 0, "slswhole", FIFO);
}

#endif /* MAX_FFS_SIZE <= 256 */
