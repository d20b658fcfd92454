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
 * getmem - allocate heap storage, first fit; returns the lowest word.
 *	When nothing fits and address spaces of dead vcreate processes wait
 *	for the pager (their stacks are heap blocks), they are reaped here
 *	and the search made again: a caller above the pager's priority
 *	would otherwise fail while memory only waits to be freed.  Reaping
 *	changes the paging subsystem's window mappings: no caller may hold
 *	a window pointer (vwin_map) across getmem.
 *------------------------------------------------------------------------
 */
char	*getmem(uint32 nbytes)
{
	intmask	mask;
	char	*p;

	if (nbytes == 0) {
		return (char *)SYSERR;
	}
	nbytes = (uint32)roundmb(nbytes);
	if (nbytes == 0) {			/* rounding wrapped round */
		return (char *)SYSERR;
	}
	mask = disable();
	p = getmem_fit(nbytes);
	if (p == (char *)SYSERR && vm_zombies > 0) {
		vm_reap_pending();
		p = getmem_fit(nbytes);
	}
	restore(mask);
	return p;
}
