/* yield.c - yield */

#include <xinu.h>

/*------------------------------------------------------------------------
 * yield - voluntarily give the CPU to another process of equal priority
 *------------------------------------------------------------------------
 */
syscall	yield(void)
{
	intmask	mask;

	mask = disable();
	resched();
	restore(mask);
	return OK;
}
