/* suspend.c - suspend */

#include <xinu.h>

/*------------------------------------------------------------------------
 * suspend - suspend a ready or current process; returns its priority.
 *	     The pager is refused (SYSERR): faults wait for it to run.
 *------------------------------------------------------------------------
 */
syscall	suspend(pid32 pid)
{
	intmask	mask;
	struct	procent *prptr;
	pri16	prio;

	mask = disable();
	if (isbadpid(pid) || (pid == NULLPROC) || (pid == pagerpid)) {
		restore(mask);
		return SYSERR;
	}
	prptr = &proctab[pid];
	if ((prptr->prstate != PR_CURR) && (prptr->prstate != PR_READY)) {
		restore(mask);
		return SYSERR;
	}
	if (prptr->prstate == PR_READY) {
		getitem(pid);			/* remove a ready process */
		prptr->prstate = PR_SUSP;
	} else {
		prptr->prstate = PR_SUSP;	/* mark the current process */
		resched();			/*   suspended and resched. */
	}
	prio = prptr->prprio;
	restore(mask);
	return prio;
}
