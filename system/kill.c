/* kill.c - kill */

#include <xinu.h>

/*------------------------------------------------------------------------
 * kill - kill a process and remove it from the system (SYSERR for a
 *	  process the system needs, see sysproc).  The parent is
 *	  sent the dead pid as a message (Xinu semantics); open devices
 *	  are closed; the cleanup hooks of services it was inside are run
 *	  (killhook.h); the stack is returned, or for a vcreate process the
 *	  whole address space is handed to the pager to tear down, since a
 *	  process must not free the memory it is still running on.
 *------------------------------------------------------------------------
 */
syscall	kill(pid32 pid)
{
	intmask	mask;
	struct	procent *prptr;
	int32	i;

	/* A process the system needs (sysproc) is refused, except that
	   one may end itself (exit must never fail) */
	mask = disable();
	if (isbadpid(pid) || (sysproc(pid) != NULL && pid != currpid)
	    || pid == NULLPROC
	    || ((prptr = &proctab[pid])->prstate) == PR_FREE) {
		restore(mask);
		return SYSERR;
	}

	prcount--;
	if (pid == mainpid) {
		main_ended();		/* batch runs end QEMU here	*/
	}

	/* Defer rescheduling until the process is gone from the table, so
	   a parent woken by the message never sees it half dead */
	resched_cntl(DEFER_START);

	/* Services it was inside give back what they held (killhook.h).
	   Before its state is read below: a hook may change it (killing a
	   worker sends this process a message, which readies a receiver) */
	killhook_run(pid);
	send(prptr->prparent, pid);
	for (i = 0; i < 3; i++) {
		close(prptr->prdesc[i]);
	}

	switch (prptr->prstate) {
	case PR_CURR:
		prptr->prstate = PR_FREE;	/* suicide */
		proc_reap(pid);
		resched_cntl(DEFER_STOP);
		resched();
		panic("kill: dead process %d was rescheduled", pid);
		break;

	case PR_SLEEP:
	case PR_RECTIM:
		unsleep(pid);
		prptr->prstate = PR_READY;
		break;

	case PR_WAIT:
		semtab[prptr->prsem].scount++;
		/* fall through */

	case PR_READY:
		getitem(pid);			/* remove from queue */
		/* fall through */

	default:
		break;
	}
	prptr->prstate = PR_FREE;
	proc_reap(pid);
	resched_cntl(DEFER_STOP);
	restore(mask);
	return OK;
}
