/* chprio.c - chprio */

#include <xinu.h>

/*------------------------------------------------------------------------
 * chprio - change the scheduling priority of a process; returns the old
 *	    one.  A ready process is re-queued so its new priority counts.
 *	    The pager's priority is fixed: it must run before any process
 *	    that waits for a frame (SYSERR).
 *------------------------------------------------------------------------
 */
pri16	chprio(pid32 pid, pri16 newprio)
{
	intmask	mask;
	struct	procent *prptr;
	pri16	oldprio;

	mask = disable();
	if (isbadpid(pid) || pid == NULLPROC || pid == pagerpid
	    || isbadprio(newprio)) {
		restore(mask);
		return (pri16)SYSERR;
	}
	prptr = &proctab[pid];
	oldprio = prptr->prprio;
	prptr->prprio = newprio;
	if (prptr->prstate == PR_READY) {
		getitem(pid);
		insert(pid, readylist, newprio);
	}
	if (prptr->prstate == PR_READY || prptr->prstate == PR_CURR) {
		resched();
	}
	restore(mask);
	return oldprio;
}
