/* vm_oomkill.c - vm_oomkill */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_oomkill - no frame can be had: kill the faulting process only
 *------------------------------------------------------------------------
 */
void	vm_oomkill(pid32 pid)
{
	struct	vmproc	*vm = proctab[pid].prvm;

	kprintf("P%d:: OUT_OF_MEMORY\n", pid);
	vm->cnt.oomkills++;
	vmtotals.oomkills++;
	kill(pid);
	panic("vm_oomkill: kill returned");
}
