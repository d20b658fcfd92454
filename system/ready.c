/* ready.c - ready */

#include <xinu.h>

qid16	readylist;			/* index of ready list		*/

/*------------------------------------------------------------------------
 * ready - make a process eligible for CPU service and reschedule
 *------------------------------------------------------------------------
 */
status	ready(pid32 pid)
{
	struct	procent *prptr;

	if (isbadpid(pid)) {
		return SYSERR;
	}
	prptr = &proctab[pid];
	prptr->prstate = PR_READY;
	insert(pid, readylist, prptr->prprio);
	resched();
	return OK;
}
