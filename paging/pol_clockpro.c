/* pol_clockpro.c - cp_start, cp_fault, cp_filled, cp_victim, cp_evicted,
 *		    cp_freed, cp_slotfreed, cp_print */

#include <xinu.h>
#include "vmint.h"

/*
 * CLOCK-Pro (after Jiang, Chen and Zhang, USENIX ATC 2005).  Pages are hot
 * (short reuse distance, kept) or cold (candidates for eviction); a cold
 * page is in its test period for a while after it came in, and is kept on
 * the clock as a non-resident test entry after its eviction.  A cold page
 * referenced in its test period, resident or not, has a reuse distance
 * shorter than some hot page's: it becomes hot and a hot page cold.  One
 * clock holds every entry, in the order they came in (the head is just
 * behind the hot hand); three hands go round it:
 *  - the cold hand finds the victim: a resident cold page whose reference
 *    bit is clear.  A cold page with its bit set is moved to the head,
 *    hot if it was in its test period, else to start one;
 *  - the hot hand turns one unreferenced hot page cold (clearing the bits
 *    of referenced ones), and ends the test periods of the cold entries it
 *    passes: they are now older than every hot page.  Test entries go;
 *  - the test hand removes the oldest test entry when there are as many as
 *    frames (so the extra state is bounded by the FFS size).
 * The cold target cp_mc adapts: +1 when a cold page is referenced in its
 * test period (more cold frames would have kept it), -1 when a test
 * period ends without one.  The hot pages may fill the FFS less cp_mc.
 *
 * The only reference signal is the accessed bit.  The access that faulted
 * a page in sets it too (the instruction retries), so a page is not
 * started in its test period when it comes in: its first pass under the
 * cold hand, which always finds the bit set, starts it.  The bit the fault
 * sets is kept in software (CP_REF) from the moment the frame is filled,
 * since the PTE is written after the hooks run.
 *
 * Per-page state is per frame (entries 0 .. MAX_FFS_SIZE-1) and, for an
 * evicted page, per swap slot (a test entry MAX_FFS_SIZE + i names its
 * slot; cp_bytest maps the slot back): never per PTE, so shared frames and
 * slots are single entries.  Freeing a slot (vfree, teardown) drops its
 * test entry; freeing a frame drops its entry.  tools/opt/replay.c
 * simulates the same algorithm step by step (sim_clockpro): with the same
 * string the kernel's fault count equals the simulation's.
 */

#define	CP_M		MAX_FFS_SIZE	/* frames: the clock's capacity	*/
#define	CP_NENT		(2 * CP_M)	/* frames, then test entries	*/
#define	CP_MCDIV	64		/* cold target: at least 1/64 ...	*/
#define	CP_MCMIN	(CP_M / CP_MCDIV > 1 ? CP_M / CP_MCDIV : 1)
#define	CP_MCMAX	(CP_M > 1 ? CP_M - 1 : 1)	/* ... at most	*/
#define	CP_LIMIT	(4 * CP_NENT + 4)	/* steps of one hand's run */

/* cp_fl: what an entry is */
#define	CP_IN		0x01		/* on the clock			*/
#define	CP_HOT		0x02		/* a hot page			*/
#define	CP_TEST		0x04		/* cold, in its test period	*/
#define	CP_NR		0x08		/* a test entry (not resident)	*/
#define	CP_REF		0x10		/* referenced by its fault	*/

static	int32	cp_nx[CP_NENT], cp_pv[CP_NENT];	/* the clock, a ring	*/
static	byte	cp_fl[CP_NENT];
static	int32	cp_slot[CP_M];		/* test entry CP_M + i: its slot */
static	int32	cp_bytest[MAX_SWAP_SIZE];	/* slot: its test entry	*/
static	int32	cp_free[CP_M], cp_nfree;	/* unused test entries	*/
static	int32	cp_hh = -1, cp_hc = -1, cp_ht = -1;	/* the hands	*/
int32	cp_nhot, cp_ncold, cp_ntest;	/* entries (vmstat, tests)	*/
int32	cp_mc = CP_MCMIN;		/* the cold target		*/
static	bool8	cp_pending;		/* the fault hit a test entry	*/

/* Take e off the clock; a hand on it moves on to the next entry */
static	void	cp_unlink(int32 e)
{
	int32	n = cp_nx[e];

	if (n == e) {
		n = -1;
	}
	if (cp_hh == e) {
		cp_hh = n;
	}
	if (cp_hc == e) {
		cp_hc = n;
	}
	if (cp_ht == e) {
		cp_ht = n;
	}
	if (n >= 0) {
		cp_nx[cp_pv[e]] = n;
		cp_pv[n] = cp_pv[e];
	}
	cp_fl[e] &= ~CP_IN;
}

/* Resident frame f leaves the clock's counts (it is unlinked or
   replaced by a test entry already) */
static	void	cp_drop(int32 f)
{
	if (cp_fl[f] & CP_HOT) {
		cp_nhot--;
	} else {
		cp_ncold--;
	}
	cp_fl[f] = 0;
}

/* Put e at the head: the place the hot hand reaches last */
static	void	cp_head(int32 e)
{
	int32	h = cp_hh;

	cp_fl[e] |= CP_IN;
	if (h < 0) {
		cp_nx[e] = cp_pv[e] = e;
		cp_hh = cp_hc = cp_ht = e;
		return;
	}
	cp_nx[e] = h;
	cp_pv[e] = cp_pv[h];
	cp_nx[cp_pv[h]] = e;
	cp_pv[h] = e;
}

/* Was resident page e referenced since we last looked?  (clears it) */
static	bool8	cp_ref(int32 e)
{
	bool8	ref = (cp_fl[e] & CP_REF) != 0;

	cp_fl[e] &= ~CP_REF;
	if (ffstab[e].state == FS_USED && vm_owner_live(ffstab[e].pg.owner)
	    && vm_frame_referenced(e)) {
		ref = TRUE;
	}
	return ref;
}

/* A test period ended without a reference: one cold frame fewer */
static	void	cp_testend(int32 e)
{
	cp_fl[e] &= ~CP_TEST;
	if (cp_mc > CP_MCMIN) {
		cp_mc--;
	}
}

/* A cold page was referenced in its test period: one cold frame more */
static	void	cp_testhit(void)
{
	if (cp_mc < CP_MCMAX) {
		cp_mc++;
	}
}

/* Drop test entry t */
static	void	cp_nrdrop(int32 t)
{
	cp_unlink(t);
	cp_bytest[cp_slot[t - CP_M]] = -1;
	cp_fl[t] = 0;
	cp_free[cp_nfree++] = t;
	cp_ntest--;
}

/* The test entry of slot s, or -1 */
static	int32	cp_testof(int32 s)
{
	int32	t;

	if (s < 0 || s >= MAX_SWAP_SIZE) {
		return -1;
	}
	t = cp_bytest[s];
	if (t < CP_M || t >= CP_NENT || !(cp_fl[t] & CP_NR)
	    || cp_slot[t - CP_M] != s) {
		return -1;
	}
	return t;
}

/*------------------------------------------------------------------------
 * cp_hothand - turn one unreferenced hot page cold, then stop at the
 *	next hot page; FALSE if no hot page could be turned
 *------------------------------------------------------------------------
 */
static	bool8	cp_hothand(void)
{
	int32	e, steps;
	bool8	done = FALSE;

	for (steps = 0; (e = cp_hh) >= 0 && steps < CP_LIMIT; steps++) {
		if (cp_fl[e] & CP_HOT) {
			if (done) {
				break;
			}
			if (!cp_ref(e)) {
				cp_fl[e] &= ~CP_HOT;
				cp_nhot--;
				cp_ncold++;
				done = TRUE;
			}
			cp_hh = cp_nx[e];
		} else if (cp_fl[e] & CP_NR) {
			cp_testend(e);
			cp_nrdrop(e);		/* the hand moves on	*/
		} else {
			if (cp_fl[e] & CP_TEST) {
				cp_testend(e);
			}
			cp_hh = cp_nx[e];
		}
	}
	return done;
}

/*------------------------------------------------------------------------
 * cp_testhand - remove the next test entry, ending the test periods of
 *		 the cold pages it passes
 *------------------------------------------------------------------------
 */
static	void	cp_testhand(void)
{
	int32	e, steps;

	for (steps = 0; (e = cp_ht) >= 0 && steps < CP_LIMIT; steps++) {
		if (cp_fl[e] & CP_NR) {
			cp_testend(e);
			cp_nrdrop(e);
			return;
		}
		if (!(cp_fl[e] & CP_HOT) && (cp_fl[e] & CP_TEST)) {
			cp_testend(e);
		}
		cp_ht = cp_nx[e];
	}
}

/* Hot pages over their share: turn some cold */
static	void	cp_balance(void)
{
	while (cp_nhot > CP_M - cp_mc && cp_hothand()) {
		;
	}
}

/*------------------------------------------------------------------------
 * cp_coldhand - the next resident cold page, evictable, whose bit is
 *		 clear; SYSERR if a run of the hand found none
 *------------------------------------------------------------------------
 */
static	int32	cp_coldhand(bool8 sparenewest)
{
	int32	e, steps;

	for (steps = 0; (e = cp_hc) >= 0 && steps < CP_LIMIT; steps++) {
		if ((cp_fl[e] & (CP_HOT | CP_NR))
		    || !vm_evictable(e, sparenewest)) {
			cp_hc = cp_nx[e];
			continue;
		}
		if (!cp_ref(e)) {
			cp_hc = cp_nx[e];
			return e;
		}
		cp_unlink(e);			/* the hand moves on	*/
		if (cp_fl[e] & CP_TEST) {	/* reused: it is hot	*/
			cp_fl[e] = (cp_fl[e] & ~CP_TEST) | CP_HOT;
			cp_nhot++;
			cp_ncold--;
			cp_testhit();
			cp_head(e);
			cp_balance();
		} else {			/* its test period starts */
			cp_fl[e] |= CP_TEST;
			cp_head(e);
		}
	}
	return SYSERR;
}

/*------------------------------------------------------------------------
 * cp_victim - the cold hand's choice.  Hot pages are first turned cold
 *	until there are cp_mc cold ones: with the FFS full that always
 *	holds, but the pager's low-water evictions run with frames free and
 *	would otherwise find none, and the cold hand would go round the
 *	whole clock for each victim.  (That is also why the cold target is
 *	at least 1/CP_MCDIV of the frames: the hand passes about
 *	clock / cold pages entries per victim.)  If the hand found none
 *	(every cold page spared), a hot page is turned cold and it goes
 *	round again.
 *------------------------------------------------------------------------
 */
static	int32	cp_victim(bool8 sparenewest)
{
	int32	f;

	while (cp_ncold < cp_mc && cp_hothand()) {
		;
	}
	if ((f = cp_coldhand(sparenewest)) == SYSERR) {
		cp_hothand();
		f = cp_coldhand(sparenewest);
	}
	return f;
}

/*------------------------------------------------------------------------
 * cp_evicted - frame f's page went to slot: in its test period it stays
 *	on the clock, in f's place, as the slot's test entry
 *------------------------------------------------------------------------
 */
static	void	cp_evicted(int32 f, int32 slot)
{
	int32	t;

	if (!(cp_fl[f] & CP_IN)) {
		return;
	}
	if ((cp_fl[f] & CP_TEST) && cp_ntest >= CP_M) {
		cp_testhand();			/* bounded: one goes	*/
	}
	if ((cp_fl[f] & CP_TEST) && cp_nfree > 0 && slot >= 0
	    && slot < MAX_SWAP_SIZE) {
		t = cp_free[--cp_nfree];
		cp_slot[t - CP_M] = slot;
		cp_bytest[slot] = t;
		cp_fl[t] = CP_NR | CP_TEST | CP_IN;
		if (cp_nx[f] == f) {		/* f alone on the clock	*/
			cp_nx[t] = cp_pv[t] = t;
		} else {
			cp_nx[t] = cp_nx[f];
			cp_pv[t] = cp_pv[f];
			cp_nx[cp_pv[f]] = t;
			cp_pv[cp_nx[f]] = t;
		}
		if (cp_hh == f) {
			cp_hh = t;
		}
		if (cp_hc == f) {
			cp_hc = t;
		}
		if (cp_ht == f) {
			cp_ht = t;
		}
		cp_ntest++;
	} else {
		cp_unlink(f);
	}
	cp_drop(f);
}

/*------------------------------------------------------------------------
 * cp_freed - frame f is free: off the clock
 *------------------------------------------------------------------------
 */
static	void	cp_freed(int32 f)
{
	if (cp_fl[f] & CP_IN) {
		cp_unlink(f);
		cp_drop(f);
	}
	cp_fl[f] = 0;
}

/*------------------------------------------------------------------------
 * cp_slotfreed - slot s is free: its test entry (if any) goes
 *------------------------------------------------------------------------
 */
static	void	cp_slotfreed(int32 s)
{
	int32	t = cp_testof(s);

	if (t >= 0) {
		cp_nrdrop(t);
	}
}

/*------------------------------------------------------------------------
 * cp_fault - a fault for the page in slot s (-1: first touch): is it in
 *	its test period?  Its test entry goes either way.
 *------------------------------------------------------------------------
 */
static	void	cp_fault(int32 s)
{
	int32	t = cp_testof(s);

	cp_pending = (t >= 0);
	if (t >= 0) {
		cp_nrdrop(t);
	}
}

/*------------------------------------------------------------------------
 * cp_filled - frame f holds the faulting page: hot if it was in its test
 *	period or the hot pages are under their share, else cold
 *------------------------------------------------------------------------
 */
static	void	cp_filled(int32 f)
{
	cp_freed(f);				/* refilled in place	*/
	if (cp_pending) {
		cp_fl[f] = CP_HOT | CP_REF;
		cp_nhot++;
		cp_testhit();
		cp_head(f);
		cp_balance();
	} else if (cp_nhot < CP_M - cp_mc) {
		cp_fl[f] = CP_HOT | CP_REF;
		cp_nhot++;
		cp_head(f);
	} else {
		cp_fl[f] = CP_REF;
		cp_ncold++;
		cp_head(f);
	}
	cp_pending = FALSE;
}

/*------------------------------------------------------------------------
 * cp_start - chosen: an empty clock, then the frames in use, oldest fill
 *	first, as cold pages
 *------------------------------------------------------------------------
 */
static	void	cp_start(void)
{
	int32	i;

	for (i = 0; i < CP_NENT; i++) {
		cp_fl[i] = 0;
	}
	for (i = 0; i < MAX_SWAP_SIZE; i++) {
		cp_bytest[i] = -1;
	}
	for (i = 0; i < CP_M; i++) {
		cp_free[i] = CP_NENT - 1 - i;
	}
	cp_nfree = CP_M;
	cp_hh = cp_hc = cp_ht = -1;
	cp_nhot = cp_ncold = cp_ntest = 0;
	cp_mc = CP_MCMIN;
	cp_pending = FALSE;
	for (i = ffs_oldest(); i >= 0; i = ffs_newer(i)) {
		cp_fl[i] = 0;
		cp_ncold++;
		cp_head(i);
	}
}

/*------------------------------------------------------------------------
 * cp_print - the counts and the cold target
 *------------------------------------------------------------------------
 */
static	void	cp_print(did32 dev)
{
	fprintf(dev, "clockpro: %d hot, %d cold, %d test entries; cold "
		"target %d of %d frames\n", cp_nhot, cp_ncold, cp_ntest, cp_mc,
		CP_M);
}

const	struct	vmpolops pol_clockpro = {
	.name = "clockpro",
	.start = cp_start,
	.fault = cp_fault,
	.filled = cp_filled,
	.victim = cp_victim,
	.evicted = cp_evicted,
	.freed = cp_freed,
	.slotfreed = cp_slotfreed,
	.print = cp_print,
};
