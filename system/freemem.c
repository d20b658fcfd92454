/* freemem.c - freemem */

#include <xinu.h>

/*------------------------------------------------------------------------
 * freemem - return a block to the free list, merging it with free
 *	     neighbours.  A block outside the heap, misaligned, or that
 *	     overlaps memory already free is refused with SYSERR, so a
 *	     double or bogus free cannot corrupt the list.
 *------------------------------------------------------------------------
 */
syscall	freemem(char *blkaddr, uint32 nbytes)
{
	intmask	mask;
	struct	memblk	*next, *prev, *block;
	uint32	top;

	mask = disable();
	if ((nbytes == 0) || ((uint32)blkaddr & 7)
	    || ((uint32)blkaddr < (uint32)minheap)
	    || ((uint32)blkaddr > (uint32)maxheap)
	    || (nbytes > (uint32)maxheap + 1 - (uint32)blkaddr)) {
		restore(mask);
		return SYSERR;
	}

	nbytes = (uint32)roundmb(nbytes);
	block = (struct memblk *)blkaddr;

	prev = &memlist;
	next = memlist.mnext;
	while ((next != NULL) && (next < block)) {
		prev = next;
		next = next->mnext;
	}

	if (prev == &memlist) {
		top = (uint32)NULL;
	} else {
		top = (uint32)prev + prev->mlength;
	}

	/* Refuse a block that overlaps a free neighbour */
	if (((prev != &memlist) && (uint32)block < top)
	    || ((next != NULL) && (uint32)block + nbytes > (uint32)next)) {
		restore(mask);
		return SYSERR;
	}

	memlist.mlength += nbytes;

	/* Either coalesce with the previous block or add to the list */
	if (top == (uint32)block) {
		prev->mlength += nbytes;
		block = prev;
	} else {
		block->mnext = next;
		block->mlength = nbytes;
		prev->mnext = block;
	}

	/* Coalesce with the next block if adjacent */
	if (((uint32)block + block->mlength) == (uint32)next) {
		block->mlength += next->mlength;
		block->mnext = next->mnext;
	}
	restore(mask);
	return OK;
}
