/* bitmap.c - bm_init, bm_set, bm_clear, bm_isset, bm_lowest, bm_check */

#include <xinu.h>
#include "bitmap.h"

#define	BM_BIT(i)	(1u << ((i) & (BM_WORD - 1)))

/*------------------------------------------------------------------------
 * bm_init - make a bitmap of nbits bits in words (BM_NWORDS(nbits) of
 *	     them), every bit set if full, else every bit clear
 *------------------------------------------------------------------------
 */
void	bm_init(struct bitmap *bm, uint32 *words, int32 nbits, bool8 full)
{
	int32	n, base = 0, i, l;

	if (nbits < 1 || nbits > BM_MAXBITS) {
		panic("bm_init: %d bits", nbits);
	}
	bm->word = words;
	bm->nbits = nbits;
	bm->nlevels = 0;
	n = nbits;
	do {				/* up to the level of one word	*/
		bm->base[bm->nlevels++] = base;
		n = BM_DIV(n);
		base += n;
	} while (n > 1);
	memset(words, 0, base * sizeof(uint32));
	bm->count = 0;
	if (!full) {
		return;
	}
	/* Full: the first n bits of each level are set, n being nbits for
	   the bits and then the words of the level below (all non-empty);
	   word by word, as a bit at a time costs millions of instructions
	   at boot for the default sizes */
	n = nbits;
	for (l = 0; l < bm->nlevels; l++) {
		for (i = 0; i < (n >> BM_SHIFT); i++) {
			words[bm->base[l] + i] = ~0u;
		}
		if ((n & (BM_WORD - 1)) != 0) {
			words[bm->base[l] + i] = BM_BIT(n) - 1;
		}
		n = BM_DIV(n);
	}
	bm->count = nbits;
}

/*------------------------------------------------------------------------
 * bm_set - set bit i; the levels above learn of it only if its word was
 *	    empty (otherwise their bit is set already)
 *------------------------------------------------------------------------
 */
void	bm_set(struct bitmap *bm, int32 i)
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
void	bm_clear(struct bitmap *bm, int32 i)
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
 * bm_isset - is bit i set?  (FALSE for an index out of range)
 *------------------------------------------------------------------------
 */
bool8	bm_isset(struct bitmap *bm, int32 i)
{
	if (i < 0 || i >= bm->nbits) {
		return FALSE;
	}
	return (bm->word[i >> BM_SHIFT] & BM_BIT(i)) != 0;
}

/*------------------------------------------------------------------------
 * bm_lowest - the lowest set bit, or SYSERR if none is: from the top
 *	word down, the lowest non-empty word of each level (one bsf each)
 *------------------------------------------------------------------------
 */
int32	bm_lowest(struct bitmap *bm)
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
 * bm_check - count what is inconsistent in a bitmap: a summary bit that
 *	disagrees with its word, a bit set past the end, a wrong count
 *	(for vmcheck and the tests)
 *------------------------------------------------------------------------
 */
int32	bm_check(struct bitmap *bm)
{
	int32	l, j, nw, nerr = 0, set = 0, top;
	uint32	w, below;

	nw = BM_DIV(bm->nbits);
	for (j = 0; j < nw; j++) {
		for (w = bm->word[j]; w != 0; w &= w - 1) {
			set++;		/* no popcount: libgcc is not linked */
		}
	}
	if ((bm->nbits & (BM_WORD - 1)) != 0
	    && (bm->word[nw - 1] >> (bm->nbits & (BM_WORD - 1))) != 0) {
		nerr++;
	}
	if (set != bm->count) {
		nerr++;
	}
	for (l = 1; l < bm->nlevels; l++) {
		top = BM_DIV(nw);	/* words of level l		*/
		for (j = 0; j < top * BM_WORD; j++) {
			below = (j < nw) ? bm->word[bm->base[l - 1] + j] : 0;
			w = bm->word[bm->base[l] + (j >> BM_SHIFT)] & BM_BIT(j);
			if ((below != 0) != (w != 0)) {
				nerr++;
			}
		}
		nw = top;
	}
	return nerr;
}
