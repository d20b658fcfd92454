/* vm_setpte.c - vm_setpte */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_setpte - point the heap PTE of (vm, vpn) at frame f, with the access
 *	the page's state allows this mapping.  The one place that decides
 *	it: writable only if the mapping's protection has PROT_WRITE, the
 *	frame holds no clean copy in swap (the first write must release
 *	it) and no other PTE shares it copy-on-write (nmaps 1, or a
 *	MAP_SHARED mapping); PROT_NONE keeps the frame behind a PTE that is
 *	not present (PTE_HIDDEN).  A mapping of the same frame keeps its
 *	accessed and dirty bits; a new one starts accessed (see
 *	vm_pagefault.c).  Interrupts off.
 *------------------------------------------------------------------------
 */
void	vm_setpte(struct vmproc *vm, uint32 vpn, pt_t *pte, int32 f)
{
	pt_t	old = *pte, new;
	bool8	shared;
	int32	prot = vm_pageprot(vm, vpn, &shared);

	new = FFS_ADDR(f) | PTE_ALLOC;
	if (prot == PROT_NONE) {
		new |= PTE_HIDDEN;
	} else {
		new |= PTE_HEAP;
		if (PTE_RESIDENT(old) && (old & PTE_FRAME) == FFS_ADDR(f)) {
			new |= old & (PTE_A | PTE_D);
		} else {
			new |= PTE_A;
		}
		if ((prot & PROT_WRITE) && ffstab[f].slot < 0
		    && (ffstab[f].pg.nmaps == 1 || shared)) {
			new |= PTE_RW;
		}
	}
	*pte = new;
	if ((old & PTE_P) && old != new) {
		vm_invalidate(vm->pdframe, VADDR(vpn));
	}
}
