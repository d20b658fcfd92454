/* swap.c - swap_init, swap_alloc, swap_free, free_swap_pages */

#include <xinu.h>
#include "vmint.h"

/*
 * A new slot is the lowest-numbered free one, as in the lab: the slot
 * numbers debug_swapping prints then do not depend on what ran before
 * (a free list would hand out the slots of an exited process in the
 * order its teardown freed them).  The free slots are the set bits of
 * swap_freemap (see bitmap.h), so that costs no scan.
 */

#if MAX_SWAP_SIZE > BM_MAXBITS
#error "MAX_SWAP_SIZE is larger than a bitmap can hold (BM_MAXBITS)"
#endif

struct	swapslot swaptab[MAX_SWAP_SIZE];
struct	bitmap	swap_freemap;		/* set: the slot is free	*/
static	uint32	swap_words[BM_NWORDS(MAX_SWAP_SIZE)];

/*------------------------------------------------------------------------
 * swap_init - every slot of the backing store starts free
 *------------------------------------------------------------------------
 */
void	swap_init(void)
{
	int32	i;

	for (i = 0; i < MAX_SWAP_SIZE; i++) {
		swaptab[i].pg.owner = OWN_FREE;
	}
	bm_init(&swap_freemap, swap_words, MAX_SWAP_SIZE, TRUE);
}

/*------------------------------------------------------------------------
 * swap_alloc - take the lowest free slot for (pid, vpn); SYSERR if none
 *		is free
 *------------------------------------------------------------------------
 */
int32	swap_alloc(pid32 pid, uint32 vpn)
{
	int32	i;

	if ((i = bm_takelowest(&swap_freemap)) == SYSERR) {
		return SYSERR;
	}
	swaptab[i].pg.owner = pid;	/* the caller maps it, or moves */
	swaptab[i].pg.vpn = vpn;	/* a page's pgmap in		*/
	swaptab[i].pg.nmaps = 0;
	swaptab[i].pg.more = -1;
	return i;
}

/*------------------------------------------------------------------------
 * swap_free - give a slot back: no PTE holds it any more
 *------------------------------------------------------------------------
 */
void	swap_free(int32 i)
{
	if (i < 0 || i >= MAX_SWAP_SIZE || swaptab[i].pg.owner == OWN_FREE) {
		panic("swap_free: slot %d is not in use", i);
		return;
	}
	if (swaptab[i].pg.nmaps != 0) {
		panic("swap_free: slot %d is still mapped %d times", i,
			swaptab[i].pg.nmaps);
	}
	vm_pol_slotfreed(i);		/* the policy forgets the slot	*/
	swaptab[i].pg.owner = OWN_FREE;
	bm_set(&swap_freemap, i);
}

/*------------------------------------------------------------------------
 * free_swap_pages - slots of the backing store not in use
 *------------------------------------------------------------------------
 */
uint32	free_swap_pages(void)
{
	return swap_freemap.count;
}
