/* restore.c - restore */

#include <xinu.h>

/*------------------------------------------------------------------------
 * restore - re-enable interrupts only if they were on when the matching
 *	     disable() ran; nothing else in EFLAGS is touched
 *------------------------------------------------------------------------
 */
void	restore(intmask mask)
{
	if (mask & EFLAGS_IF) {
		asm volatile("sti" : : : "memory");
	}
}
