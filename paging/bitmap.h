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
extern	void	bm_set(struct bitmap *, int32);
extern	void	bm_clear(struct bitmap *, int32);
extern	bool8	bm_isset(struct bitmap *, int32);
extern	int32	bm_lowest(struct bitmap *);
extern	int32	bm_check(struct bitmap *);

#endif /* _BITMAP_H_ */
