/* ttymore.c - ttymore */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttymore - whether a read in progress may take another character now
 *
 * True when a character is readable without blocking, except that in
 * cooked mode an end-of-file marker is left for the next read to report.
 *------------------------------------------------------------------------
 */
bool8	ttymore(
	  struct ttycblk *typtr		/* tty control block		*/
	)
{
	bool8	more;			/* value to return		*/
	intmask	mask;			/* saved interrupt mask		*/

	mask = disable();
	more = semcount(typtr->tyisem) > 0;
	if (more && typtr->tyimode == TY_IMCOOKED && typtr->tyeof &&
	    typtr->tyibuff[typtr->tyihead] == typtr->tyeofch) {
		more = FALSE;
	}
	restore(mask);
	return more;
}
