/* read.c - read */

#include <xinu.h>

/*
 * The count arrives unsigned but drivers count in int32: a count that
 * would turn negative is refused rather than passed on.  A driver may
 * block here (a tty waiting for input); that is safe with interrupts
 * disabled because wait() switches to another process, which runs with
 * its own interrupt state, and this one gets its mask back on return.
 */

/*------------------------------------------------------------------------
 *  read  -  read up to count bytes from a device
 *------------------------------------------------------------------------
 */
syscall	read(
	  did32		descrp,		/* descriptor for device	*/
	  char		*buffer,	/* address of buffer		*/
	  uint32	count		/* length of buffer		*/
	)
{
	intmask		mask;		/* saved interrupt mask		*/
	struct	dentry	*devptr;	/* entry in device switch table	*/
	int32		retval;		/* value to return to caller	*/

	mask = disable();
	if (isbaddev(descrp) || (int32)count < 0) {
		restore(mask);
		return SYSERR;
	}
	devptr = &devtab[descrp];
	retval = (*devptr->dvread) (devptr, buffer, (int32)count);
	restore(mask);
	return retval;
}
