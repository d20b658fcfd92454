/* ttygetc.c - ttygetc */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttygetc - read one character from a tty (EOF for ^D in cooked mode)
 *
 * The character is returned unsigned, so byte 0xff is not mistaken for
 * SYSERR.
 *------------------------------------------------------------------------
 */
devcall	ttygetc(
	  struct dentry	*devptr		/* entry in device switch table	*/
	)
{
	struct	ttycblk	*typtr;		/* tty control block		*/
	char	ch;			/* character taken		*/

	typtr = &ttytab[devptr->dvminor];
	ch = ttyfetch(typtr);
	if (typtr->tyimode == TY_IMCOOKED && typtr->tyeof &&
	    ch == typtr->tyeofch) {
		return EOF;
	}
	return (devcall)(byte)ch;
}
