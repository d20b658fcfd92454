/* semreset.c - semreset */

#include <xinu.h>

/*------------------------------------------------------------------------
 * semreset - set a semaphore's count, releasing every waiting process
 *------------------------------------------------------------------------
 */
syscall	semreset(sid32 sem, int32 count)
{
	intmask	mask;
	struct	sentry *semptr;
	qid16	semqueue;
	pid32	pid;

	mask = disable();
	if (count < 0 || isbadsem(sem) || semtab[sem].sstate == S_FREE) {
		restore(mask);
		return SYSERR;
	}
	semptr = &semtab[sem];
	semqueue = semptr->squeue;
	resched_cntl(DEFER_START);
	while ((pid = getfirst(semqueue)) != EMPTY) {
		proctab[pid].prsem = -1;
		ready(pid);
	}
	semptr->scount = count;
	resched_cntl(DEFER_STOP);
	restore(mask);
	return OK;
}
