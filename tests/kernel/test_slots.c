/* test_slots.c - the bitmap that finds the lowest free FFS frame or swap
 *		  slot (paging/bitmap.c)
 */

#include <xinu.h>
#include "testsuite.h"
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
