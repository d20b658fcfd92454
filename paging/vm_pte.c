/* vm_pte.c - vm_pte, vm_invalidate, vm_ptdrop */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_pte - find the PTE of virtual address va in the directory at pdphys.
 *	The directory is reached through window slot pdslot and the table
 *	through ptslot; the pointer stays valid until either slot is
 *	remapped.  NULL if the table is not present.  Interrupts off.
 *------------------------------------------------------------------------
 */
pt_t	*vm_pte(uint32 pdphys, uint32 va, int32 pdslot, int32 ptslot)
{
	pt_t	*pd = (pt_t *)vwin_map(pdslot, pdphys);
	pt_t	pde = pd[PDX(va)];
	pt_t	*pt;

	if (!(pde & PTE_P)) {
		return NULL;
	}
	pt = (pt_t *)vwin_map(ptslot, pde & PTE_FRAME);
	return &pt[PTX(va)];
}

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
 *	the free list may be handed out and rewritten at once.  Used by
 *	vfree, a failed vmalloc and teardown alike.  Interrupts off.
 *------------------------------------------------------------------------
 */
void	vm_ptdrop(struct vmproc *vm, uint32 pdx)
{
	pt_t	*pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	pt_t	pde = pd[pdx];

	pd[pdx] = 0;
	vm_invalidate(vm->pdframe, pdx << 22);
	ptframe_free(pde & PTE_FRAME);
	vm->npt--;
}
