/* memfit.c - memfit */

#include <xinu.h>

/*------------------------------------------------------------------------
 * memfit - take nbytes (rounded to whole memory blocks) from the heap
 *	with a fit function (getmem's first fit, getstk's highest fit);
 *	returns the block's lowest address or SYSERR.  When nothing fits
 *	and address spaces of dead vcreate processes wait for the pager
 *	(their stacks are heap blocks), they are reaped here and the fit
 *	tried again: a caller above the pager's priority would otherwise
 *	fail while memory only waits to be freed.  Reaping changes the
 *	paging subsystem's window mappings: no caller may hold a window
 *	pointer (vwin_map) across getmem or getstk.
 *------------------------------------------------------------------------
 */
char	*memfit(char *(*fit)(uint32), uint32 nbytes)
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
	p = fit(nbytes);
	if (p == (char *)SYSERR && vm_zombies > 0) {
		vm_reap_pending();
		p = fit(nbytes);
	}
	restore(mask);
	return p;
}
