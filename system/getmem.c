/* getmem.c - getmem */

#include <xinu.h>

/*------------------------------------------------------------------------
 * getmem - allocate heap storage, first fit; returns the lowest word
 *------------------------------------------------------------------------
 */
char	*getmem(uint32 nbytes)
{
	intmask	mask;
	struct	memblk	*prev, *curr, *leftover;

	mask = disable();
	if (nbytes == 0 || nbytes > memlist.mlength) {
		restore(mask);
		return (char *)SYSERR;
	}
	nbytes = (uint32)roundmb(nbytes);

	prev = &memlist;
	curr = memlist.mnext;
	while (curr != NULL) {
		if (curr->mlength == nbytes) {		/* exact fit	*/
			prev->mnext = curr->mnext;
			memlist.mlength -= nbytes;
			restore(mask);
			return (char *)curr;
		} else if (curr->mlength > nbytes) {	/* split	*/
			leftover = (struct memblk *)((uint32)curr + nbytes);
			prev->mnext = leftover;
			leftover->mnext = curr->mnext;
			leftover->mlength = curr->mlength - nbytes;
			memlist.mlength -= nbytes;
			restore(mask);
			return (char *)curr;
		}
		prev = curr;
		curr = curr->mnext;
	}
	restore(mask);
	return (char *)SYSERR;
}
