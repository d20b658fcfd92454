/* vwin_map.c - vwin_map */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vwin_map - make physical frame phys reachable through window slot and
 *	return its virtual address.  The window's page table is mapped at
 *	VWIN_SELF, so this is one PTE write and one invlpg (skipped when the
 *	slot already shows that frame).  Before paging is on, physical
 *	addresses are used as they are.  Callers hold interrupts off.
 *------------------------------------------------------------------------
 */
void	*vwin_map(int32 slot, uint32 phys)
{
	pt_t	*winpt = (pt_t *)VWIN_SELF;
	uint32	va = VWIN_BASE + (uint32)slot * PAGE_SIZE;
	pt_t	*pte = &winpt[PTX(va)];
	pt_t	want = (phys & PTE_FRAME) | PTE_P | PTE_RW;

	if (!paging_on) {
		return (void *)(phys & PTE_FRAME);
	}
	if (slot < 0 || slot >= VWIN_SLOTS) {
		panic("vwin_map: bad window slot %d", slot);
	}
	if ((*pte & (PTE_FRAME | PTE_P)) != (want & (PTE_FRAME | PTE_P))) {
		*pte = want;
		invlpg((void *)va);
	}
	return (void *)va;
}
