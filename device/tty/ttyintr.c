/* ttyintr.c - ttyintr */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyintr - ^C was typed: drop the line being edited, record the
 *	     interrupt and wake the process registered for it
 *
 * Called with interrupts disabled, from the input handler.  Nothing here
 * may block or kill: the registered process (the shell) reads the record
 * with TC_INTR and kills its foreground command itself.  The message is
 * only a wake-up, so a full message slot loses nothing but speed (the
 * shell also looks at the record on its own, see waitfg).  Lines already
 * ended stay: they were typed for whatever reads next.
 *------------------------------------------------------------------------
 */
void	ttyintr(
	  struct ttycblk *typtr		/* tty control block		*/
	)
{
	pid32	pid = typtr->tyintrpid;	/* process to wake		*/

	if (typtr->tyimode == TY_IMCOOKED && typtr->tyicursor > 0) {
		typtr->tyitail = (typtr->tyitail + TY_IBUFLEN
				- typtr->tyicursor) % TY_IBUFLEN;
		typtr->tyicnt -= typtr->tyicursor;
		typtr->tyicursor = 0;
	}
	ttyecho(typtr, typtr->tyintrc);		/* shows ^C		*/
	typtr->tyintr = TRUE;
	if (!isbadpid(pid)) {
		send(pid, TY_INTRMSG);
	}
}
