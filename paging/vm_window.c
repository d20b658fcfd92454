/* vm_window.c - vm_window */

#include <xinu.h>
#include "vmint.h"

/* Called in every window, interrupts as the caller had them: a test
   runs code of its own there (another process, a kill, a vmcheck) at a
   known point instead of waiting for a clock tick to land in one */
void	(*vm_winhook)(void) = NULL;

/*------------------------------------------------------------------------
 * vm_window - let interrupts in between two tables' work of vmalloc or
 *	vfree (mask: the caller's disable() value; off again on return).
 *	What may happen meanwhile, and why the state left is safe, is
 *	written in vfree.c.
 *------------------------------------------------------------------------
 */
void	vm_window(intmask mask)
{
	restore(mask);
	if (vm_winhook != NULL) {
		vm_winhook();
	}
	(void)disable();
}
