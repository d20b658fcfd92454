/* vm_teardown.c - vm_teardown */

#include <xinu.h>
#include "vmint.h"

extern	uint32	pager_teardowns;

/*------------------------------------------------------------------------
 * vm_teardown - free everything an address space holds: heap frames,
 *		 swap slots, page tables, the stack and the directory
 *------------------------------------------------------------------------
 */
void	vm_teardown(struct vmproc *vm, pid32 pid)
{
	pt_t	*pd, *pt;
	uint32	i, j;
	struct	vrange	*r;

	for (i = KERNEL_PTS; i < PDX(VM_USER_TOP); i++) {
		pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
		if (!(pd[i] & PTE_P)) {
			continue;
		}
		if (i < PDX(VSTACK_LOW)) {		/* a heap table	*/
			pt = (pt_t *)vwin_map(WS_PT, pd[i] & PTE_FRAME);
			for (j = 0; j < NENTRIES; j++) {
				if (pt[j] != 0) {
					vm_release_page(vm, &pt[j]);
				}
			}
		}
		ptframe_free(pd[i] & PTE_FRAME);
	}
	ptframe_free(vm->pdframe);
	vm_stackrelease(vm);
	freemem((char *)vm->stkblk, vm->stkpages * PAGE_SIZE + PAGE_SIZE);
	while ((r = vm->freelist) != NULL) {
		vm->freelist = r->next;
		freemem((char *)r, sizeof(*r));
	}
	if (vm->nresident != 0 || vm->nslots != 0) {
		panic("vm_teardown: pid %d left %d frames, %d slots", pid,
			vm->nresident, vm->nslots);
	}
	freemem((char *)vm, sizeof(*vm));
	proctab[pid].prvm = NULL;		/* the pid may be reused */
	pager_teardowns++;
}
