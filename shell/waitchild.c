/* waitchild.c - waitchild, waitchild_tty */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * waitchild  -  Wait until a process created by the caller is gone
 *
 * kill() tells the parent by sending it the dead process's ID, but that
 * notice is not enough on its own:
 *  - a process holds one message, so if another child dies in the same
 *    instant one of the two notices is lost;
 *  - a notice can also be lost to, or mistaken for, another message the
 *    caller receives.
 * So the process table decides: the child is gone once its slot is free
 * or belongs to another parent (only the caller, busy here, could create
 * a process whose parent it is).  Messages just make the check happen
 * sooner; without one it is repeated every SHELL_WAITMS, and after the
 * child's own notice every SHELL_GONEMS.  Other messages are discarded.
 *------------------------------------------------------------------------
 */
status	waitchild(
	  pid32		child		/* process to wait for		*/
	)
{
	waitchild_tty(child, -1);
	return OK;
}

/*------------------------------------------------------------------------
 * waitchild_tty  -  waitchild, and if dev is a tty (not -1), kill the
 *	child when the tty records a ^C (TC_INTR: its wake-up message can
 *	be lost, the record cannot).  Returns TRUE if the child was killed
 *	so.  The check and the kill are one critical section: the pid
 *	cannot be freed and given to another process between them.
 *------------------------------------------------------------------------
 */
bool8	waitchild_tty(
	  pid32		child,		/* process to wait for		*/
	  did32		dev		/* tty whose ^C ends it, or -1	*/
	)
{
	pid32	self;			/* the waiting parent		*/
	umsg32	msg;			/* message received		*/
	int32	waitms;			/* how long until the next look	*/
	bool8	alive;			/* child still in process table	*/
	bool8	intr;			/* ^C killed the child		*/
	intmask	mask;			/* saved interrupt mask		*/

	self = getpid();
	waitms = SHELL_WAITMS;
	intr = FALSE;
	for (;;) {
		mask = disable();
		alive = !isbadpid(child) && proctab[child].prparent == self;
		if (alive && dev != -1 && !intr
		    && control(dev, TC_INTR, 0, 0) == TY_INTRSEEN) {
			kill(child);
			intr = TRUE;
			alive = !isbadpid(child)
				&& proctab[child].prparent == self;
		}
		restore(mask);
		if (!alive) {
			return intr;
		}
		msg = recvtime(waitms);
		if (msg == (umsg32)child) {
			waitms = SHELL_GONEMS;
		}
	}
}
