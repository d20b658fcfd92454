/* open.c - open */

#include <xinu.h>

/*
 * Xinu's device-independent I/O: every call finds the device's entry in
 * devtab (made by config from config/Configuration) and hands the work
 * to the driver function it names, with interrupts off so the entry and
 * the driver's state are seen whole.  Devices that have nothing to open
 * name ionull; devices that cannot be opened name ioerr.
 */

/*------------------------------------------------------------------------
 *  open  -  open a device (some devices ignore name and mode)
 *------------------------------------------------------------------------
 */
syscall	open(
	  did32		descrp,		/* descriptor for device	*/
	  char		*name,		/* name to use, if any		*/
	  char		*mode		/* mode for device, if any	*/
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
	retval = (*devptr->dvopen) (devptr, name, mode);
	restore(mask);
	return retval;
}
