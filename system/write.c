/* write.c - write */

#include <xinu.h>

/*
 * The count arrives unsigned but drivers count in int32: a count that
 * would turn negative is refused rather than passed on.  The driver may
 * block until there is room for the data (see read.c).
 */

/*------------------------------------------------------------------------
 *  write  -  write count bytes to a device
 *------------------------------------------------------------------------
 */
syscall	write(
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
	retval = (*devptr->dvwrite) (devptr, buffer, (int32)count);
	restore(mask);
	return retval;
}
