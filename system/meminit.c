/* meminit.c - meminit */

#include <xinu.h>

struct	memblk	memlist;		/* list of free memory blocks	*/
void	*minheap;			/* start of the kernel heap	*/
void	*maxheap;			/* highest heap address		*/
uint32	memtotal;			/* bytes of RAM reported	*/

/*------------------------------------------------------------------------
 * meminit - make the kernel heap one free block: from the end of the
 *	     kernel image to the top of the kernel region, less the pages
 *	     the paging code reserves for its mapping window
 *------------------------------------------------------------------------
 */
void	meminit(void)
{
	struct	memblk	*blk;

	minheap = (void *)(((uint32)&end + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1));
	maxheap = (void *)(KHEAP_END - 1);

	blk = (struct memblk *)minheap;
	blk->mnext = NULL;
	blk->mlength = (uint32)truncmb(KHEAP_END - (uint32)minheap);
	memlist.mnext = blk;
	memlist.mlength = blk->mlength;
}
