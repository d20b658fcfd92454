/* ptframe.c - ptframe_alloc, ptframe_have, ptframe_free, free_pt_frames */

#include <xinu.h>
#include "vmint.h"

/*
 * The PD/PT region is the only source of page directories and page
 * tables.  Its frames are kept on a free list threaded through pttab;
 * every frame records its owner, so vmcheck can account for all of them.
 */

struct	ptframe	pttab[MAX_PT_SIZE];

/* The free-list link holds any frame index: a narrower type would cap
   MAX_PT_SIZE silently (int16 did, at 32767) */
_Static_assert((__typeof__(pttab[0].next))(MAX_PT_SIZE - 1) == MAX_PT_SIZE - 1,
	"pttab[].next cannot hold every PD/PT frame index");
int32	ptfree_head = -1;
int32	ptfree_count = 0;

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
	pagezero(vwin_map(WS_PT, phys));
	return (int32)phys;
}

/*------------------------------------------------------------------------
 * ptframe_free - give a directory or table frame back to the region
 *------------------------------------------------------------------------
 */
void	ptframe_free(uint32 phys)
{
	int32	i = PTFRAME_IDX(phys);

	if (phys < PT_REGION_BASE || i >= MAX_PT_SIZE
			|| pttab[i].owner == OWN_FREE) {
		panic("ptframe_free: bad PD/PT frame 0x%08x", phys);
	}
	pttab[i].owner = OWN_FREE;
	pttab[i].next = ptfree_head;
	ptfree_head = i;
	ptfree_count++;
}

/*------------------------------------------------------------------------
 * free_pt_frames - frames left in the PD/PT region
 *------------------------------------------------------------------------
 */
uint32	free_pt_frames(void)
{
	return ptfree_count;
}
