/* pause.c - pause */

#include <xinu.h>

/*------------------------------------------------------------------------
 * pause - halt until the next interrupt (the null process's idle loop)
 *------------------------------------------------------------------------
 */
void	pause(void)
{
	asm volatile("sti; hlt" : : : "memory");
}
