/* getstk.c - getstk */

#include <xinu.h>

/*------------------------------------------------------------------------
 * getstk - allocate stack memory from the highest block that fits, and
 *	    return the address of its top word
 *------------------------------------------------------------------------
 */
char	*getstk(uint32 nbytes)
{
	intmask	mask;
	struct	memblk	*prev, *curr;
	struct	memblk	*fits, *fitsprev;

	mask = disable();
	if (nbytes == 0 || nbytes > memlist.mlength) {
		restore(mask);
		return (char *)SYSERR;
	}
	nbytes = (uint32)roundmb(nbytes);

	prev = &memlist;
	curr = memlist.mnext;
	fits = NULL;
	fitsprev = NULL;
	while (curr != NULL) {			/* scan entire list	*/
		if (curr->mlength >= nbytes) {	/* record block address	*/
			fits = curr;		/*   when request fits	*/
			fitsprev = prev;
		}
		prev = curr;
		curr = curr->mnext;
	}
	if (fits == NULL) {
		restore(mask);
		return (char *)SYSERR;
	}
	if (nbytes == fits->mlength) {		/* block is exact match	*/
		fitsprev->mnext = fits->mnext;
	} else {				/* take top of block	*/
		fits->mlength -= nbytes;
		fits = (struct memblk *)((uint32)fits + fits->mlength);
	}
	memlist.mlength -= nbytes;
	restore(mask);
	return (char *)((uint32)fits + nbytes - sizeof(uint32));
}
