/* getstk.c - getstk */

#include <xinu.h>

/* The highest block that fits, its top nbytes taken (interrupts off);
   returns the block's lowest address or SYSERR */
static	char	*getstk_fit(uint32 nbytes)
{
	struct	memblk	*prev, *curr;
	struct	memblk	*fits, *fitsprev;

	if (nbytes > memlist.mlength) {
		return (char *)SYSERR;
	}
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
		return (char *)SYSERR;
	}
	if (nbytes == fits->mlength) {		/* block is exact match	*/
		fitsprev->mnext = fits->mnext;
	} else {				/* take top of block	*/
		fits->mlength -= nbytes;
		fits = (struct memblk *)((uint32)fits + fits->mlength);
	}
	memlist.mlength -= nbytes;
	return (char *)fits;
}

/*------------------------------------------------------------------------
 * getstk - allocate stack memory from the highest block that fits, and
 *	    return the address of its top word (memfit reaps dead address
 *	    spaces before it fails)
 *------------------------------------------------------------------------
 */
char	*getstk(uint32 nbytes)
{
	char	*p = memfit(getstk_fit, nbytes);

	if (p == (char *)SYSERR) {
		return p;
	}
	return (char *)((uint32)p + (uint32)roundmb(nbytes) - sizeof(uint32));
}
