/* disable.c - disable */

#include <xinu.h>

/*------------------------------------------------------------------------
 * disable - turn interrupts off and return the previous EFLAGS, so that
 *	     restore() puts back exactly the state the caller found.  When
 *	     a measurement is armed for this process (irqoff.c) and this
 *	     call turns interrupts off, the stretch's start is noted.
 *------------------------------------------------------------------------
 */
intmask	disable(void)
{
	intmask	mask;

	asm volatile("pushfl; popl %0; cli" : "=r"(mask) : : "memory");
	if (irqoff_pid == currpid && (mask & EFLAGS_IF)) {
		irqoff_open = TRUE;
		irqoff_tick0 = clkticks;
		irqoff_t0 = rdtsc();
	}
	return mask;
}
