/* vm_switch_stats.c - vm_switch_stats */

#include <xinu.h>
#include "vmint.h"

uint32	vm_ctxsw, vm_cr3loads;		/* switches, and CR3 loads among them */

/*------------------------------------------------------------------------
 * vm_switch_stats - count context switches and the CR3 loads among them
 *------------------------------------------------------------------------
 */
void	vm_switch_stats(struct procent *old, struct procent *new)
{
	vm_ctxsw++;
	if (old->prpdbr != new->prpdbr) {
		vm_cr3loads++;
	}
}
