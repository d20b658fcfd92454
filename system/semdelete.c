/* semdelete.c - semdelete */

#include <xinu.h>

/*------------------------------------------------------------------------
 * semdelete - delete a semaphore, making every waiting process ready
 *------------------------------------------------------------------------
 */
syscall	semdelete(sid32 sem)
{
	intmask	mask;
	struct	sentry *semptr;
	pid32	pid;

	mask = disable();
	if (isbadsem(sem) || semtab[sem].sstate == S_FREE) {
		restore(mask);
		return SYSERR;
	}
	semptr = &semtab[sem];
	semptr->sstate = S_FREE;

	resched_cntl(DEFER_START);
	while (semptr->scount++ < 0) {
		pid = getfirst(semptr->squeue);
		proctab[pid].prsem = -1;
		ready(pid);
	}
	resched_cntl(DEFER_STOP);
	restore(mask);
	return OK;
}
