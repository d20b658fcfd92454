/* sleep.c - sleep, sleepms */

#include <xinu.h>

#define	MAXSECONDS	2147483		/* max seconds that fit in ms	*/

/*------------------------------------------------------------------------
 * sleep - delay the calling process n seconds
 *------------------------------------------------------------------------
 */
syscall	sleep(int32 delay)
{
	if ((delay < 0) || (delay > MAXSECONDS)) {
		return SYSERR;
	}
	return sleepms(1000 * delay);
}

/*------------------------------------------------------------------------
 * sleepms - delay the calling process n milliseconds (0: just yield)
 *------------------------------------------------------------------------
 */
syscall	sleepms(int32 delay)
{
	intmask	mask;

	if (delay < 0) {
		return SYSERR;
	}
	if (delay == 0) {
		yield();
		return OK;
	}
	mask = disable();
	if (insertd(currpid, sleepq, delay) == SYSERR) {
		restore(mask);
		return SYSERR;
	}
	proctab[currpid].prstate = PR_SLEEP;
	resched();
	restore(mask);
	return OK;
}
