/* vm_pte.c - vm_invalidate, vm_ptdrop (vm_pte is inline, in vmint.h) */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_invalidate - drop a stale translation of va in directory pdphys.
 *	No global pages are used and every CR3 load flushes the TLB, so
 *	only the loaded directory can hold the translation.
 *------------------------------------------------------------------------
 */
void	vm_invalidate(uint32 pdphys, uint32 va)
{
	if (read_cr3() == pdphys) {
		invlpg((void *)va);
	}
}

/*------------------------------------------------------------------------
 * vm_ptdrop - give back the (empty) heap table behind PDE pdx of vm.
 *	The directory entry is cleared and its translation invalidated
 *	before the frame goes back to the region: the MMU may cache the
 *	entry (invlpg drops paging-structure caches too), and a frame on
 *	the free list may be handed out and rewritten at once.  The table
 *	is empty (its count is 0, and a heap entry not in use is 0), so it
 *	goes back zeroed, with nothing to clear.  Used by
 *	vfree, a failed vmalloc and teardown alike.  Interrupts off.
 *------------------------------------------------------------------------
 */
void	vm_ptdrop(struct vmproc *vm, uint32 pdx)
{
	pt_t	*pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	pt_t	pde = pd[pdx];

	pd[pdx] = 0;
	vm_invalidate(vm->pdframe, pdx << 22);
	ptframe_free(pde & PTE_FRAME, PT_NUSED(pde) == 0);	/* 0: all zero */
	vm->npt--;
	vm_ptunmark(vm, pdx);
}
