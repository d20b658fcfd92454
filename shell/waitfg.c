/* waitfg.c - waitfg */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * waitfg  -  Wait for the shell's foreground command; kill it on ^C
 *
 * As waitchild (the process table decides when the child is gone; a
 * message only makes the check sooner), but the tty's record of ^C
 * (TC_INTR) is looked at on every round: the tty's wake-up message can
 * be lost, the record cannot.  kill gives back what the command held
 * (its stack or address space, and what the services it was inside
 * pushed kill hooks for).  The shell waits at SHELL_FGPRIO so a command
 * that spins at a raised priority cannot keep it from acting.
 * Returns TRUE if the command was interrupted.
 *------------------------------------------------------------------------
 */
bool8	waitfg(
	  pid32		child,		/* the foreground command	*/
	  did32		dev		/* the shell's tty		*/
	)
{
	pid32	self;			/* the waiting shell		*/
	pri16	oldprio;		/* its priority before		*/
	umsg32	msg;			/* message received		*/
	int32	waitms;			/* how long until the next look	*/
	bool8	alive;			/* child still in process table	*/
	bool8	intr;			/* ^C killed the child		*/
	intmask	mask;			/* saved interrupt mask		*/

	self = getpid();
	oldprio = chprio(self, SHELL_FGPRIO);
	waitms = SHELL_WAITMS;
	intr = FALSE;
	for (;;) {
		/* Checked and killed in one critical section: the pid
		   cannot be freed and given to another process between */
		mask = disable();
		alive = !isbadpid(child) && proctab[child].prparent == self;
		if (alive && !intr
		    && control(dev, TC_INTR, 0, 0) == TY_INTRSEEN) {
			kill(child);
			intr = TRUE;
			alive = !isbadpid(child)
				&& proctab[child].prparent == self;
		}
		restore(mask);
		if (!alive) {
			break;
		}
		msg = recvtime(waitms);
		if (msg == (umsg32)child) {
			waitms = SHELL_GONEMS;
		}
	}
	if (oldprio != (pri16)SYSERR) {
		chprio(self, oldprio);
	}
	return intr;
}
