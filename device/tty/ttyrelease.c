/* ttyrelease.c - ttyrelease */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyrelease - make the partly typed line readable as it is
 *
 * Used when leaving cooked mode: the other modes have no line being
 * edited, so whatever was typed must become input.  Called with
 * interrupts disabled.
 *------------------------------------------------------------------------
 */
void	ttyrelease(
	  struct ttycblk *typtr		/* tty control block		*/
	)
{
	int32	n = typtr->tyicursor;	/* characters held back		*/

	typtr->tyicursor = 0;
	if (n > 0) {
		signaln(typtr->tyisem, n);
	}
}
