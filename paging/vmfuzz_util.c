/* vmfuzz_util.c - vmfz_rand, vmfz_covered, vmfz_overlaps, vmfz_region,
 *		  vmfz_shneed */

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

/*------------------------------------------------------------------------
 * vmfz_overlaps - does the worker hold any page of [vpn, vpn + n)?
 *------------------------------------------------------------------------
 */
bool8	vmfz_overlaps(struct vmfzw *w, uint32 vpn, uint32 n)
{
	int32	i;

	for (i = 0; i < w->nreg; i++) {
		if (w->reg[i].vpn < vpn + n
		    && vpn < w->reg[i].vpn + w->reg[i].npages) {
			return TRUE;
		}
	}
	return FALSE;
}

/*------------------------------------------------------------------------
 * vmfz_region - the worker's range that holds page vpn, or NULL
 *------------------------------------------------------------------------
 */
struct	vmfzreg	*vmfz_region(struct vmfzw *w, uint32 vpn)
{
	int32	i;

	for (i = 0; i < w->nreg; i++) {
		if (w->reg[i].vpn <= vpn
		    && vpn < w->reg[i].vpn + w->reg[i].npages) {
			return &w->reg[i];
		}
	}
	return NULL;
}

/*------------------------------------------------------------------------
 * vmfz_shneed - the pages of the worker's MAP_SHARED ranges it never
 *	touched: fork gives each a frame first (vm_sharedtouch), so they
 *	join its touched pages then.  *nshared (if not NULL): all the pages
 *	of its MAP_SHARED ranges.
 *------------------------------------------------------------------------
 */
uint32	vmfz_shneed(struct vmfzw *w, uint32 *nshared)
{
	struct	vmfzreg	*r;
	uint32	all = 0, touched = 0, i;
	int32	k;

	for (k = 0; k < w->nreg; k++) {
		if (w->reg[k].kind == MAP_SHARED) {
			all += w->reg[k].npages;
		}
	}
	for (i = 0; all > 0 && i < w->ntouch; i++) {
		r = vmfz_region(w, w->touch[i].vpn);
		if (r != NULL && r->kind == MAP_SHARED) {
			touched++;
		}
	}
	if (nshared != NULL) {
		*nshared = all;
	}
	return all - touched;
}
