/* wakeup.c - wakeup */

#include <xinu.h>

/*------------------------------------------------------------------------
 * wakeup - make ready every process whose delay has run out
 *------------------------------------------------------------------------
 */
void	wakeup(void)
{
	resched_cntl(DEFER_START);
	while (nonempty(sleepq) && (firstkey(sleepq) <= 0)) {
		ready(dequeue(sleepq));
	}
	resched_cntl(DEFER_STOP);
}
