/* clkhandler.c - clkhandler */

#include <xinu.h>

/*------------------------------------------------------------------------
 * clkhandler - one clock tick: keep time, wake sleepers, and preempt the
 *		running process when its quantum is used up
 *------------------------------------------------------------------------
 */
void	clkhandler(void)
{
	clkticks++;
	if (++count1000 >= CLKFREQ) {
		clktime++;
		count1000 = 0;
	}

	if (!isempty(sleepq)) {
		if (--queuetab[firstid(sleepq)].qkey <= 0) {
			wakeup();
		}
	}

	if (--preempt <= 0) {
		preempt = QUANTUM;
		resched();
	}
}
