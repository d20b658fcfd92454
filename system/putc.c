/* putc.c - putc */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  putc  -  write one character to a device
 *------------------------------------------------------------------------
 */
syscall	putc(
	  did32		descrp,		/* descriptor for device	*/
	  char		ch		/* character to write		*/
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
	retval = (*devptr->dvputc) (devptr, ch);
	restore(mask);
	return retval;
}
