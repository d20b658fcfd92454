/* signaln.c - signaln */

#include <xinu.h>

/*------------------------------------------------------------------------
 * signaln - signal a semaphore n times, rescheduling once at the end
 *------------------------------------------------------------------------
 */
syscall	signaln(sid32 sem, int32 count)
{
	intmask	mask;
	struct	sentry *semptr;
	pid32	pid;

	mask = disable();
	if (isbadsem(sem) || (count <= 0)) {
		restore(mask);
		return SYSERR;
	}
	semptr = &semtab[sem];
	if (semptr->sstate == S_FREE) {
		restore(mask);
		return SYSERR;
	}
	resched_cntl(DEFER_START);
	for (; count > 0; count--) {
		if ((semptr->scount++) < 0) {
			pid = dequeue(semptr->squeue);
			proctab[pid].prsem = -1;
			ready(pid);
		}
	}
	resched_cntl(DEFER_STOP);
	restore(mask);
	return OK;
}
