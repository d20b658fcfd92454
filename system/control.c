/* control.c - control */

#include <xinu.h>

/*
 * The meaning of func and its arguments belongs to each driver (see the
 * driver's header for its function codes).
 */

/*------------------------------------------------------------------------
 *  control  -  a device-specific operation, chosen by func
 *------------------------------------------------------------------------
 */
syscall	control(
	  did32		descrp,		/* descriptor for device	*/
	  int32		func,		/* specific control function	*/
	  int32		arg1,		/* specific argument for func	*/
	  int32		arg2		/* specific argument for func	*/
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
	retval = (*devptr->dvcntl) (devptr, func, arg1, arg2);
	restore(mask);
	return retval;
}
