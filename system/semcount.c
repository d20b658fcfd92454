/* semcount.c - semcount */

#include <xinu.h>

/*------------------------------------------------------------------------
 * semcount - return a semaphore's count (negative: that many waiting)
 *------------------------------------------------------------------------
 */
syscall	semcount(sid32 semid)
{
	intmask	mask;
	int32	count;

	mask = disable();
	if (isbadsem(semid) || semtab[semid].sstate == S_FREE) {
		restore(mask);
		return SYSERR;
	}
	count = semtab[semid].scount;
	restore(mask);
	return count;
}
