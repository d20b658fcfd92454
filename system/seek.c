/* seek.c - seek */

#include <xinu.h>

/*
 * Only devices with a position (disks, files) do anything; the rest name
 * ioerr (SYSERR) or ionull (OK) in the Configuration.
 */

/*------------------------------------------------------------------------
 *  seek  -  position a device (for devices that have positions)
 *------------------------------------------------------------------------
 */
syscall	seek(
	  did32		descrp,		/* descriptor for device	*/
	  uint32	pos		/* position			*/
	)
{
	intmask		mask;		/* saved interrupt mask		*/
	struct	dentry	*devptr;	/* entry in device switch table	*/
	int32		retval;		/* value to return to caller	*/

	mask = disable();
	if (isbaddev(descrp)) {
		restore(mask);
		return SYSERR;
	}
	devptr = &devtab[descrp];
	retval = (*devptr->dvseek) (devptr, (int32)pos);
	restore(mask);
	return retval;
}
