/* vm_pte.c - vm_pte, vm_invalidate */

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
