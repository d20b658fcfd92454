/* ptframe.c - ptframe_alloc, ptframe_free, free_pt_frames */

#include <xinu.h>
#include "vmint.h"

/*
 * The PD/PT region is the only source of page directories and page
 * tables.  Its frames are kept on a free list threaded through pttab;
 * every frame records its owner, so vmcheck can account for all of them.
 */

struct	ptframe	pttab[MAX_PT_SIZE];
int32	ptfree_head = -1;
int32	ptfree_count = 0;

/*------------------------------------------------------------------------
 * ptframe_alloc - take a zeroed frame for a directory or table; returns
 *		   its physical address, or SYSERR when the region is empty
 *------------------------------------------------------------------------
 */
int32	ptframe_alloc(pid32 owner, bool8 isdir)
{
	int32	i;
	uint32	phys;

	if (ptfree_head < 0) {
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
	memset(vwin_map(WS_PT, phys), 0, PAGE_SIZE);
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
