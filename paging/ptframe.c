/* ptframe.c - ptframe_init, ptframe_alloc, ptframe_have, ptframe_free,
 *	       ptframe_prezero, free_pt_frames */

#include <xinu.h>
#include "vmint.h"

/*
 * The PD/PT region is the only source of page directories and page
 * tables.  Its frames are kept on a free list threaded through pttab;
 * every frame records its owner, so vmcheck can account for all of them.
 *
 * A free frame is normally all zeros already, so that vcreate and vmalloc
 * never zero one on their path: whoever gives a frame back clears the
 * entries it set, which it knows without a scan (a heap table goes back
 * when its count of used entries is 0; teardown clears a stack table's
 * and a directory's few entries), and says so (ptframe_free's zeroed).
 * Only frames whose contents are unknown (all of them at boot) are
 * "stale", set in pt_stalemap: the pager zeroes them in the background
 * (ptframe_prezero), and ptframe_alloc zeroes one on its path only if
 * the pager has not got to it yet.  The free list's order does not
 * depend on this.
 */

#if MAX_PT_SIZE > BM_MAXBITS
#error "MAX_PT_SIZE is larger than a bitmap can hold (BM_MAXBITS)"
#endif

struct	ptframe	pttab[MAX_PT_SIZE];
struct	bitmap	pt_stalemap;		/* set: free and not zeroed	*/
static	uint32	pt_stalewords[BM_NWORDS(MAX_PT_SIZE)];
uint32	pt_path_zeroes;			/* frames zeroed by the caller	*/

/* The free-list link holds any frame index: a narrower type would cap
   MAX_PT_SIZE silently (int16 did, at 32767) */
_Static_assert((__typeof__(pttab[0].next))(MAX_PT_SIZE - 1) == MAX_PT_SIZE - 1,
	"pttab[].next cannot hold every PD/PT frame index");
int32	ptfree_head = -1;
int32	ptfree_count = 0;

/*------------------------------------------------------------------------
 * ptframe_init - every frame free, listed in address order, contents
 *		  unknown (at boot)
 *------------------------------------------------------------------------
 */
void	ptframe_init(void)
{
	int32	i;

	for (i = MAX_PT_SIZE - 1; i >= 0; i--) {
		pttab[i].owner = OWN_FREE;
		pttab[i].next = ptfree_head;
		ptfree_head = i;
	}
	ptfree_count = MAX_PT_SIZE;
	bm_init(&pt_stalemap, pt_stalewords, MAX_PT_SIZE, TRUE);
}

/*------------------------------------------------------------------------
 * ptframe_have - are n frames free?  If not, the tables of address spaces
 *	waiting for teardown are reaped first (a dead process's tables must
 *	never make an allocation fail).  Interrupts off.  Reaping changes
 *	window mappings: a caller must map its windows again after this
 *	(and after ptframe_alloc), not keep pointers across the call.
 *------------------------------------------------------------------------
 */
bool8	ptframe_have(uint32 n)
{
	if ((uint32)ptfree_count < n && vm_zombies > 0) {
		vm_reap_pending();
	}
	return (uint32)ptfree_count >= n;
}

/*------------------------------------------------------------------------
 * ptframe_alloc - take a zeroed frame for a directory or table; returns
 *		   its physical address, or SYSERR when the region is empty
 *		   even after pending teardowns were reaped (ptframe_have)
 *------------------------------------------------------------------------
 */
int32	ptframe_alloc(pid32 owner, bool8 isdir)
{
	int32	i;
	uint32	phys;

	if (!ptframe_have(1)) {
		return SYSERR;
	}
	i = ptfree_head;
	ptfree_head = pttab[i].next;
	ptfree_count--;
	pttab[i].owner = owner;
	pttab[i].isdir = isdir;
	pttab[i].next = -1;
	pttab[i].nused = 0;		/* zeroed: no entry in use	*/
	phys = PTFRAME_ADDR(i);
	if (bm_isset(&pt_stalemap, i)) {	/* the pager's not been */
		bm_clear(&pt_stalemap, i);
		pagezero(vwin_map(WS_PT, phys));
		pt_path_zeroes++;
	}
	return (int32)phys;
}

/*------------------------------------------------------------------------
 * ptframe_free - give a directory or table frame back to the region;
 *	zeroed: the caller cleared every entry it had set (the frame is all
 *	zeros), else the pager zeroes it before it is handed out again
 *------------------------------------------------------------------------
 */
void	ptframe_free(uint32 phys, bool8 zeroed)
{
	int32	i = PTFRAME_IDX(phys);

	if (phys < PT_REGION_BASE || i >= MAX_PT_SIZE
			|| pttab[i].owner == OWN_FREE) {
		panic("ptframe_free: bad PD/PT frame 0x%08x", phys);
		return;
	}
	pttab[i].owner = OWN_FREE;
	pttab[i].next = ptfree_head;
	ptfree_head = i;
	ptfree_count++;
	if (!zeroed) {
		bm_set(&pt_stalemap, i);
	}
}

/*------------------------------------------------------------------------
 * ptframe_prezero - zero the lowest stale free frame (the pager, in the
 *		     background); FALSE if none is stale
 *------------------------------------------------------------------------
 */
bool8	ptframe_prezero(void)
{
	int32	i;

	if ((i = bm_takelowest(&pt_stalemap)) == SYSERR) {
		return FALSE;
	}
	pagezero(vwin_map(WS_DST, PTFRAME_ADDR(i)));
	return TRUE;
}

/*------------------------------------------------------------------------
 * free_pt_frames - frames left in the PD/PT region
 *------------------------------------------------------------------------
 */
uint32	free_pt_frames(void)
{
	return ptfree_count;
}
