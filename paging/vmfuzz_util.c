/* vmfuzz_util.c - vmfz_rand, vmfz_covered */

#include <xinu.h>

/*------------------------------------------------------------------------
 * vmfz_rand - the next number of a xorshift32 stream; every random
 *	choice of a fuzz run comes from the controller's one stream, so
 *	the sequence of operations is a function of the seed
 *------------------------------------------------------------------------
 */
uint32	vmfz_rand(uint32 *state)
{
	uint32	x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*state = x;
	return x;
}

/*------------------------------------------------------------------------
 * vmfz_covered - does the worker hold every page of [vpn, vpn + n)?
 *	(its ranges may be adjacent, so a range can span several)
 *------------------------------------------------------------------------
 */
bool8	vmfz_covered(struct vmfzw *w, uint32 vpn, uint32 n)
{
	uint32	cur = vpn, end = vpn + n;
	int32	i;
	bool8	moved;

	if (n == 0 || end < vpn) {
		return FALSE;
	}
	do {
		moved = FALSE;
		for (i = 0; i < w->nreg; i++) {
			if (w->reg[i].vpn <= cur
			    && cur < w->reg[i].vpn + w->reg[i].npages) {
				cur = w->reg[i].vpn + w->reg[i].npages;
				moved = TRUE;
			}
		}
	} while (moved && cur < end);
	return cur >= end;
}
