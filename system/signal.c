/* signal.c - signal */

#include <xinu.h>

/*------------------------------------------------------------------------
 * signal - signal a semaphore, releasing a process if one is waiting
 *------------------------------------------------------------------------
 */
syscall	signal(sid32 sem)
{
	intmask	mask;
	struct	sentry *semptr;
	pid32	pid;

	mask = disable();
	if (isbadsem(sem)) {
		restore(mask);
		return SYSERR;
	}
	semptr = &semtab[sem];
	if (semptr->sstate == S_FREE) {
		restore(mask);
		return SYSERR;
	}
	if ((semptr->scount++) < 0) {
		pid = dequeue(semptr->squeue);
		proctab[pid].prsem = -1;
		ready(pid);
	}
	restore(mask);
	return OK;
}
