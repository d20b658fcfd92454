/* getmem.c - getmem */

#include <xinu.h>

/* First fit over the free list (interrupts off); SYSERR if nothing fits */
static	char	*getmem_fit(uint32 nbytes)
{
	struct	memblk	*prev, *curr, *leftover;

	if (nbytes > memlist.mlength) {
		return (char *)SYSERR;
	}
	prev = &memlist;
	curr = memlist.mnext;
	while (curr != NULL) {
		if (curr->mlength == nbytes) {		/* exact fit	*/
			prev->mnext = curr->mnext;
			memlist.mlength -= nbytes;
			return (char *)curr;
		} else if (curr->mlength > nbytes) {	/* split	*/
			leftover = (struct memblk *)((uint32)curr + nbytes);
			prev->mnext = leftover;
			leftover->mnext = curr->mnext;
			leftover->mlength = curr->mlength - nbytes;
			memlist.mlength -= nbytes;
			return (char *)curr;
		}
		prev = curr;
		curr = curr->mnext;
	}
	return (char *)SYSERR;
}

/*------------------------------------------------------------------------
 * getmem - allocate heap storage, first fit; returns the lowest word
 *	(memfit reaps dead address spaces before it fails)
 *------------------------------------------------------------------------
 */
char	*getmem(uint32 nbytes)
{
	return memfit(getmem_fit, nbytes);
}
