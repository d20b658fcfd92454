/* bitmap.h - lowest-set-bit bitmaps (the free FFS frames and swap slots)
 *
 * The lab hands out FFS frames and swap slots lowest-numbered free first,
 * so the numbers a program sees (debug_swapping's lines) do not depend on
 * what ran before it.  A bitmap with one bit per entry (set = free) gives
 * that order; to find the lowest set bit without scanning, each level
 * above the bits has one bit per 32-bit word of the level below, set when
 * that word is not zero, up to a single top word.  Finding the lowest set
 * bit is then one bsf per level (BM_MAXLEVELS at most), and setting or
 * clearing a bit touches at most one word per level.
 */

#ifndef _BITMAP_H_
#define _BITMAP_H_

#define	BM_SHIFT	5			/* 32 bits per word	*/
#define	BM_WORD		(1 << BM_SHIFT)
#define	BM_MAXLEVELS	4
#define	BM_MAXBITS	(1 << (BM_SHIFT * BM_MAXLEVELS))	/* 1M	*/

/* Words that hold n bits, and the words of each level for n bits (a
   level exists only while the one below has more than one word) */
#define	BM_DIV(n)	(((n) + BM_WORD - 1) >> BM_SHIFT)
#define	BM_UP(w)	((w) > 1 ? BM_DIV(w) : 0)
#define	BM_W0(n)	BM_DIV(n)
#define	BM_W1(n)	BM_UP(BM_W0(n))
#define	BM_W2(n)	BM_UP(BM_W1(n))
#define	BM_W3(n)	BM_UP(BM_W2(n))

/* Storage a bitmap of n bits needs (n <= BM_MAXBITS: users check that at
   build time, as the storage would be too small beyond it) */
#define	BM_NWORDS(n)	(BM_W0(n) + BM_W1(n) + BM_W2(n) + BM_W3(n))

struct	bitmap {
	uint32	*word;			/* every level, the bits first	*/
	int32	nbits;
	int32	nlevels;
	int32	base[BM_MAXLEVELS];	/* first word of each level	*/
	int32	count;			/* bits set			*/
};

extern	void	bm_init(struct bitmap *, uint32 *, int32, bool8);
extern	int32	bm_check(struct bitmap *);

/* The operations every frame and slot allocation makes are inline: a
   call costs about as much as the work (one word per level, a bsf) */

#define	BM_BIT(i)	(1u << ((i) & (BM_WORD - 1)))

/*------------------------------------------------------------------------
 * bm_isset - is bit i set?  (FALSE for an index out of range)
 *------------------------------------------------------------------------
 */
static	inline	bool8	bm_isset(struct bitmap *bm, int32 i)
{
	if (i < 0 || i >= bm->nbits) {
		return FALSE;
	}
	return (bm->word[i >> BM_SHIFT] & BM_BIT(i)) != 0;
}

/*------------------------------------------------------------------------
 * bm_set - set bit i; the levels above learn of it only if its word was
 *	    empty (otherwise their bit is set already)
 *------------------------------------------------------------------------
 */
static	inline	void	bm_set(struct bitmap *bm, int32 i)
{
	int32	l, nlevels = bm->nlevels;
	uint32	*word = bm->word, *w, was;	/* locals: the stores below
						   may not alias them */

	if (bm_isset(bm, i)) {
		return;
	}
	bm->count++;
	for (l = 0; l < nlevels; l++) {
		w = &word[bm->base[l] + (i >> BM_SHIFT)];
		was = *w;
		*w = was | BM_BIT(i);
		if (was != 0) {
			break;
		}
		i >>= BM_SHIFT;
	}
}

/*------------------------------------------------------------------------
 * bm_clear - clear bit i; a word that becomes empty clears its bit in
 *	      the level above
 *------------------------------------------------------------------------
 */
static	inline	void	bm_clear(struct bitmap *bm, int32 i)
{
	int32	l, nlevels = bm->nlevels;
	uint32	*word = bm->word, *w, now;

	if (!bm_isset(bm, i)) {
		return;
	}
	bm->count--;
	for (l = 0; l < nlevels; l++) {
		w = &word[bm->base[l] + (i >> BM_SHIFT)];
		now = *w & ~BM_BIT(i);
		*w = now;
		if (now != 0) {
			break;
		}
		i >>= BM_SHIFT;
	}
}

/*------------------------------------------------------------------------
 * bm_lowest - the lowest set bit, or SYSERR if none is: from the top
 *	word down, the lowest non-empty word of each level (one bsf each)
 *------------------------------------------------------------------------
 */
static	inline	int32	bm_lowest(struct bitmap *bm)
{
	int32	l, i = 0;
	uint32	*word = bm->word;

	if (bm->count == 0) {
		return SYSERR;
	}
	for (l = bm->nlevels - 1; l >= 0; l--) {
		i = (i << BM_SHIFT) + __builtin_ctz(word[bm->base[l] + i]);
	}
	return i;
}

/*------------------------------------------------------------------------
 * bm_takelowest - clear the lowest set bit and return it, or SYSERR if
 *	none is: bm_lowest then bm_clear in one pass, without bm_clear's
 *	check that the bit is set (an allocation's every call)
 *------------------------------------------------------------------------
 */
static	inline	int32	bm_takelowest(struct bitmap *bm)
{
	int32	l, i = 0, j, nlevels = bm->nlevels;
	uint32	*word = bm->word, *w, now;

	if (bm->count == 0) {
		return SYSERR;
	}
	for (l = nlevels - 1; l >= 0; l--) {
		i = (i << BM_SHIFT) + __builtin_ctz(word[bm->base[l] + i]);
	}
	bm->count--;
	for (l = 0, j = i; l < nlevels; l++, j >>= BM_SHIFT) {
		w = &word[bm->base[l] + (j >> BM_SHIFT)];
		now = *w & ~BM_BIT(j);
		*w = now;
		if (now != 0) {
			break;
		}
	}
	return i;
}

#endif /* _BITMAP_H_ */
