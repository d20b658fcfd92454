/* ttyfetch.c - ttyfetch */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyfetch - take the next readable character, blocking until there is one
 *
 * The semaphore holds one unit per readable character, so after wait()
 * the head of the ring is ours; interrupts are off only for the removal,
 * which races with the handler appending at the tail.
 *------------------------------------------------------------------------
 */
char	ttyfetch(
	  struct ttycblk *typtr		/* tty control block		*/
	)
{
	char	ch;			/* character taken		*/
	intmask	mask;			/* saved interrupt mask		*/

	wait(typtr->tyisem);
	mask = disable();
	ch = typtr->tyibuff[typtr->tyihead];
	typtr->tyihead = (typtr->tyihead + 1) % TY_IBUFLEN;
	typtr->tyicnt--;
	restore(mask);
	return ch;
}
