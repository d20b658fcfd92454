/* restore.c - restore */

#include <xinu.h>

/*------------------------------------------------------------------------
 * restore - re-enable interrupts only if they were on when the matching
 *	     disable() ran; nothing else in EFLAGS is touched.  A stretch
 *	     being measured (irqoff.c) ends here, before interrupts are on.
 *------------------------------------------------------------------------
 */
void	restore(intmask mask)
{
	if (mask & EFLAGS_IF) {
		if (irqoff_open) {
			irqoff_close();
		}
		asm volatile("sti" : : : "memory");
	}
}
