/* bitmap.c - bm_init, bm_check (bm_set, bm_clear, bm_isset and bm_lowest
 *	      are inline, in bitmap.h) */

#include <xinu.h>
#include "bitmap.h"

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
