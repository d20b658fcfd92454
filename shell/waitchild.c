/* waitchild.c - waitchild */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * waitchild  -  Wait until a process created by the caller has ended
 *
 * kill() tells the parent by sending it the dead process's ID, but a
 * process holds only one message: if another child dies in the same
 * instant, one of the two notices is lost.  So the wait gives up on the
 * message after SHELL_WAITMS and looks at the process table instead: the
 * child is gone once its slot is free or belongs to another parent (only
 * the caller, which is busy here, could create a process whose parent
 * it is).  Messages from other children are discarded.
 *------------------------------------------------------------------------
 */
status	waitchild(
	  pid32		child		/* process to wait for		*/
	)
{
	pid32	self;			/* the waiting parent		*/
	umsg32	msg;			/* message received		*/
	bool8	alive;			/* child still in process table	*/
	intmask	mask;			/* saved interrupt mask		*/

	self = getpid();
	for (;;) {
		msg = recvtime(SHELL_WAITMS);
		if (msg == (umsg32)child) {
			return OK;
		}
		mask = disable();
		alive = !isbadpid(child) && proctab[child].prparent == self;
		restore(mask);
		if (!alive) {
			return OK;
		}
	}
}
