/* vmwl_gen.c - vmwl_gen, vmwl_kind, vmwl_name, vmwl_polname */

#include <xinu.h>
#include "vmint.h"

/*
 * Page-reference strings for the workloads (see vmworkload.c).  A string
 * is a sequence of page numbers 0 .. npages-1 derived from a seed alone,
 * so the kernel can regenerate it and the host can replay the same one:
 *   seq	WL_SEQPASSES passes over WL_SEQPAGES pages in order (more pages
 *		than the FFS: the case LRU and FIFO handle worst);
 *   rand	WL_REFS pages drawn uniformly from WL_SPAN;
 *   zipf	WL_REFS draws where rank r (1-based) has weight 1/r, the ranks
 *		shuffled onto the pages;
 *   phase	WL_PHASES phases, each drawing uniformly from a window of
 *		WL_PHASEW pages placed at random in WL_SPAN;
 *   loophot	a loop over WL_LOOPPAGES pages (1.25 x the FFS) whose passes
 *		are separated by WL_HOTROUNDS sweeps over a hot set of
 *		WL_HOTPAGES (a quarter of the FFS): recency policies lose
 *		both, OPT keeps the hot set and part of the loop;
 *   scan	uniform draws from a hot set of WL_SCANHOT pages (half the
 *		FFS) with, in the middle, a one-time scan through
 *		WL_SCANPAGES other pages, each followed by a hot draw: the
 *		scan should not push the hot set out.
 * No floating point: Zipf weights are fixed-point (WL_ZIPFSCALE / r) and a
 * draw inverts their cumulative sum by binary search.
 */

static	char	*kindnames[WL_NKINDS] = { "seq", "rand", "zipf", "phase",
				"loophot", "scan" };

/* The next 32 random bits of a workload's own generator (a 64-bit LCG:
   the top half is used, the low bits having short periods) */
static	uint32	wl_next(uint64 *st)
{
	*st = *st * RAND_MULT + RAND_INCR;
	return (uint32)(*st >> 32);
}

/*------------------------------------------------------------------------
 * wl_zipf - n draws of a Zipf (s = 1) distribution over npages pages
 *------------------------------------------------------------------------
 */
/* The tables wl_zipf works with: one kernel-heap block, which a kill
   hook frees if the caller is killed while it computes (it may be
   preempted, and killed, at any point) */
struct	wl_ztab	{
	struct	killhook hook;		/* first: the hook is the block	*/
	uint32	len;			/* bytes of the block		*/
	uint32	tab[];			/* cum[npages], perm[npages]	*/
};

/* Kill hook (interrupts off): free the tables */
static	void	wl_zfree(struct killhook *h, pid32 pid)
{
	freemem((char *)h, ((struct wl_ztab *)h)->len);
}

static	status	wl_zipf(uint64 *st, uint32 *refs, uint32 n, uint32 npages)
{
	uint32	*cum, *perm, i, j, t, u, lo, hi, len;
	struct	wl_ztab	*zt;
	intmask	mask;

	len = sizeof(struct wl_ztab) + 2 * npages * sizeof(uint32);
	mask = disable();
	zt = (struct wl_ztab *)getmem(len);
	if (zt == (struct wl_ztab *)SYSERR) {
		restore(mask);
		return SYSERR;
	}
	zt->len = len;
	zt->hook.fn = wl_zfree;
	killhook_push(&zt->hook);
	restore(mask);
	cum = zt->tab;
	perm = zt->tab + npages;

	/* cum[r] = sum of the weights of ranks 0..r; the total stays far
	   below 2^32 (WL_ZIPFSCALE times a harmonic number) */
	for (i = 0; i < npages; i++) {
		cum[i] = (i > 0 ? cum[i - 1] : 0) + WL_ZIPFSCALE / (i + 1);
		perm[i] = i;
	}
	/* Which page has which rank: a shuffle (Fisher-Yates) */
	for (i = npages - 1; i > 0; i--) {
		j = wl_next(st) % (i + 1);
		t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
	for (i = 0; i < n; i++) {
		u = wl_next(st) % cum[npages - 1];
		lo = 0;				/* first rank with cum > u */
		hi = npages - 1;
		while (lo < hi) {
			j = lo + (hi - lo) / 2;
			if (cum[j] > u) {
				hi = j;
			} else {
				lo = j + 1;
			}
		}
		refs[i] = perm[lo];
	}
	mask = disable();
	killhook_pop(&zt->hook);
	freemem((char *)zt, len);
	restore(mask);
	return OK;
}

/*------------------------------------------------------------------------
 * vmwl_gen - write the string of workload kind for seed into refs (room
 *	for max entries) and its page count into *npages; returns its
 *	length, or SYSERR (bad kind, no room, no memory for tables)
 *------------------------------------------------------------------------
 */
int32	vmwl_gen(int32 kind, uint32 seed, uint32 *refs, uint32 max,
		uint32 *npages)
{
	uint64	st = seed;
	uint32	i, j, n, np, w, start, plen, ph, pre;

	if (refs == NULL || npages == NULL) {
		return SYSERR;
	}
	switch (kind) {
	case WL_SEQ:
		np = WL_SEQPAGES;
		n = np * WL_SEQPASSES;
		break;
	case WL_RAND:
	case WL_ZIPF:
	case WL_PHASE:
		np = WL_SPAN;
		n = WL_REFS;
		break;
	case WL_LOOPHOT:
		np = WL_LOOPPAGES + WL_HOTPAGES;
		n = WL_REFS;
		break;
	case WL_SCAN:
		np = WL_SCANHOT + WL_SCANPAGES;
		n = WL_REFS;
		break;
	default:
		return SYSERR;
	}
	if (n > max) {
		return SYSERR;
	}
	wl_next(&st);			/* spread small seeds apart	*/

	switch (kind) {
	case WL_SEQ:
		for (i = 0; i < n; i++) {
			refs[i] = i % np;
		}
		break;
	case WL_RAND:
		for (i = 0; i < n; i++) {
			refs[i] = wl_next(&st) % np;
		}
		break;
	case WL_ZIPF:
		if (wl_zipf(&st, refs, n, np) == SYSERR) {
			return SYSERR;
		}
		break;
	case WL_PHASE:
		w = WL_MIN(WL_PHASEW, np);
		plen = WL_MAX(1, n / WL_PHASES);
		start = 0;
		for (i = 0; i < n; i++) {
			ph = i / plen;
			if (i % plen == 0 && ph < WL_PHASES) {	/* shift	*/
				start = wl_next(&st) % (np - w + 1);
			}
			refs[i] = start + wl_next(&st) % w;
		}
		break;
	case WL_LOOPHOT:		/* pages: the loop, then the hot set */
		for (i = 0; i < n; ) {
			for (j = 0; j < WL_HOTROUNDS * WL_HOTPAGES && i < n;
					j++) {
				refs[i++] = WL_LOOPPAGES + j % WL_HOTPAGES;
			}
			for (j = 0; j < WL_LOOPPAGES && i < n; j++) {
				refs[i++] = j;
			}
		}
		break;
	case WL_SCAN:			/* pages: the hot set, then the scan */
		pre = (n - 2 * WL_SCANPAGES) / 2;
		for (i = 0; i < pre; i++) {
			refs[i] = wl_next(&st) % WL_SCANHOT;
		}
		for (j = 0; j < WL_SCANPAGES; j++) {
			refs[i++] = WL_SCANHOT + j;
			refs[i++] = wl_next(&st) % WL_SCANHOT;
		}
		for (; i < n; i++) {
			refs[i] = wl_next(&st) % WL_SCANHOT;
		}
		break;
	}
	*npages = np;
	return (int32)n;
}

/*------------------------------------------------------------------------
 * vmwl_kind - the workload kind named name, or SYSERR
 *------------------------------------------------------------------------
 */
int32	vmwl_kind(char *name)
{
	int32	k;

	for (k = 0; name != NULL && k < WL_NKINDS; k++) {
		if (strcmp(name, kindnames[k]) == 0) {
			return k;
		}
	}
	return SYSERR;
}

/*------------------------------------------------------------------------
 * vmwl_name - the name of workload kind k ("?" if there is none)
 *------------------------------------------------------------------------
 */
char	*vmwl_name(int32 k)
{
	return (k >= 0 && k < WL_NKINDS) ? kindnames[k] : "?";
}

/*------------------------------------------------------------------------
 * vmwl_polname - the name of a replacement policy, as vmpolicy takes it
 *------------------------------------------------------------------------
 */
char	*vmwl_polname(int32 policy)
{
	return (policy >= 0 && policy < NPOLICIES) ? vm_policies[policy]->name
		: "?";
}
