/* ttyread.c - ttyread */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyread - read from a tty
 *
 * Blocks until at least one character is readable, then takes whatever
 * else is readable without blocking, up to count.  In cooked mode a read
 * stops after a newline, so it returns at most one line, and a line that
 * begins with the end-of-file character reads as EOF.
 *------------------------------------------------------------------------
 */
devcall	ttyread(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		*buff,		/* where to put the characters	*/
	  int32		count		/* room in buff			*/
	)
{
	struct	ttycblk	*typtr;		/* tty control block		*/
	int32	nread;			/* characters stored in buff	*/
	char	ch;			/* character taken		*/
	bool8	cooked;			/* line at a time?		*/

	if (count < 0) {
		return SYSERR;
	}
	if (count == 0) {
		return 0;
	}
	typtr = &ttytab[devptr->dvminor];

	ch = ttyfetch(typtr);
	cooked = (typtr->tyimode == TY_IMCOOKED);
	if (cooked && typtr->tyeof && ch == typtr->tyeofch) {
		return EOF;
	}
	buff[0] = ch;
	nread = 1;

	while (nread < count && !(cooked && ch == TY_NEWLINE) &&
	       ttymore(typtr)) {
		ch = ttyfetch(typtr);
		buff[nread++] = ch;
	}
	return nread;
}
