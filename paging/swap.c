/* swap.c - swap_init, swap_alloc, swap_free, free_swap_pages */

#include <xinu.h>
#include "vmint.h"

struct	swapslot swaptab[MAX_SWAP_SIZE];
int32	swap_head = -1, swap_count = 0;

/*------------------------------------------------------------------------
 * swap_init - every slot of the backing store starts free
 *------------------------------------------------------------------------
 */
void	swap_init(void)
{
	int32	i;

	swap_head = -1;
	for (i = MAX_SWAP_SIZE - 1; i >= 0; i--) {
		swaptab[i].owner = OWN_FREE;
		swaptab[i].next = swap_head;
		swap_head = i;
	}
	swap_count = MAX_SWAP_SIZE;
}

/*------------------------------------------------------------------------
 * swap_alloc - take a free slot for (pid, vpn); SYSERR if none is free
 *------------------------------------------------------------------------
 */
int32	swap_alloc(pid32 pid, uint32 vpn)
{
	int32	i;

	if (swap_head < 0) {
		return SYSERR;
	}
	i = swap_head;
	swap_head = swaptab[i].next;
	swap_count--;
	swaptab[i].owner = pid;
	swaptab[i].vpn = vpn;
	swaptab[i].next = -1;
	return i;
}

/*------------------------------------------------------------------------
 * swap_free - give a slot back
 *------------------------------------------------------------------------
 */
void	swap_free(int32 i)
{
	if (i < 0 || i >= MAX_SWAP_SIZE || swaptab[i].owner == OWN_FREE) {
		panic("swap_free: slot %d is not in use", i);
	}
	swaptab[i].owner = OWN_FREE;
	swaptab[i].next = swap_head;
	swap_head = i;
	swap_count++;
}

/*------------------------------------------------------------------------
 * free_swap_pages - slots of the backing store not in use
 *------------------------------------------------------------------------
 */
uint32	free_swap_pages(void)
{
	return swap_count;
}
