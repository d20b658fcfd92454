/* disable.c - disable */

#include <xinu.h>

/*------------------------------------------------------------------------
 * disable - turn interrupts off and return the previous EFLAGS, so that
 *	     restore() puts back exactly the state the caller found
 *------------------------------------------------------------------------
 */
intmask	disable(void)
{
	intmask	mask;

	asm volatile("pushfl; popl %0; cli" : "=r"(mask) : : "memory");
	return mask;
}
