/* uexitstatus.c - uexitstatus */

#include <xinu.h>

int32	uexitstat[NPROC];		/* per pid: the last program's end */

/*------------------------------------------------------------------------
 * uexitstatus - how the user program that last had pid ended: the value
 *	it passed to exit (main's return value), or UEXIT_KILLED.  Valid
 *	once it is gone and until the pid is reused; SYSERR for a bad pid
 *	or one whose program still runs.
 *------------------------------------------------------------------------
 */
int32	uexitstatus(pid32 pid)
{
	intmask	mask = disable();
	int32	st;

	if (pid > NULLPROC && pid < NPROC && proctab[pid].prstate == PR_FREE) {
		st = uexitstat[pid];		/* the slot is free: ended */
	} else {
		st = SYSERR;
	}
	restore(mask);
	return st;
}
