/* getc.c - getc */

#include <xinu.h>

/*
 * Returns the character as an int32 so that EOF and SYSERR stay distinct
 * from every byte value.  The driver may block for input (see read.c).
 */

/*------------------------------------------------------------------------
 *  getc  -  read one character from a device
 *------------------------------------------------------------------------
 */
syscall	getc(
	  did32		descrp		/* descriptor for device	*/
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
	retval = (*devptr->dvgetc) (devptr);
	restore(mask);
	return retval;
}
