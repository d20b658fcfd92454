/* ttywrite.c - ttywrite */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttywrite - write count characters to a tty; returns count
 *------------------------------------------------------------------------
 */
devcall	ttywrite(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		*buff,		/* characters to write		*/
	  int32		count		/* how many			*/
	)
{
	struct	ttycblk	*typtr;		/* tty control block		*/
	int32	i;			/* index into buff		*/

	if (count < 0) {
		return SYSERR;
	}
	typtr = &ttytab[devptr->dvminor];
	for (i = 0; i < count; i++) {
		ttyoutc(typtr, buff[i]);
	}
	return count;
}
