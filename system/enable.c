/* enable.c - enable */

#include <xinu.h>

/*------------------------------------------------------------------------
 * enable - turn interrupts on unconditionally
 *------------------------------------------------------------------------
 */
void	enable(void)
{
	asm volatile("sti" : : : "memory");
}
