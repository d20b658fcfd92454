/* mprotect.c - mprotect */

#include <xinu.h>
#include "vmint.h"

#define	PROT_ALL	(PROT_READ | PROT_WRITE)

/*------------------------------------------------------------------------
 * mprotect - set the protection of the pages of [addr, addr + length)
 *	(rounded up to pages) to prot: PROT_NONE, PROT_READ or PROT_READ |
 *	PROT_WRITE (PROT_WRITE alone is taken as both, as mmap does).  Every
 *	page must be allocated (mmap'd or vmalloc'd), addr page-aligned and
 *	length > 0, else SYSERR with nothing changed; so too when the kernel
 *	heap has no room for the area nodes.  The areas record it (vmalloc'd
 *	pages get areas of their own, MAP_PRIVATE); then the PTE of every
 *	page in a frame gets its access again from vm_setpte, which hides a
 *	PROT_NONE page (PTE_HIDDEN).  Pages in swap or never touched need
 *	nothing: their next fault asks the areas first (vm_pagefault.c).
 *	A write to a page that is not PROT_WRITE, or any access to a
 *	PROT_NONE page, then kills the process with SEGMENTATION_FAULT.
 *------------------------------------------------------------------------
 */
syscall	mprotect(char *addr, uint32 length, int32 prot)
{
	intmask	mask;
	struct	vmproc	*vm;
	struct	vrange	*r;
	struct	vmarea	*spares = NULL, *b;
	uint32	va = (uint32)addr, npages, vpn, end, i, tend;
	int32	need;
	pt_t	*pd, *pt, pde, *pte;

	if ((prot & ~PROT_ALL) != 0 || length == 0 || (va & (PAGE_SIZE - 1))
	    || va < VHEAP_START || va >= VHEAP_END) {
		return SYSERR;
	}
	if (prot & PROT_WRITE) {
		prot = PROT_ALL;	/* x86 cannot make write-only pages */
	}
	npages = length / PAGE_SIZE + (length % PAGE_SIZE != 0);
	vpn = VPN(va);
	if (npages > VPN(VHEAP_END) - vpn) {
		return SYSERR;
	}
	end = vpn + npages;

	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL) {
		restore(mask);
		return SYSERR;
	}
	/* Every page allocated: no free range meets the range */
	for (r = vm->freelist; r != NULL && r->start < end; r = r->next) {
		if (r->start + r->npages > vpn) {
			restore(mask);
			return SYSERR;
		}
	}
	/* The nodes the areas may need, before anything changes */
	for (need = vm_areaneed(vm, vpn, npages); need > 0; need--) {
		b = (struct vmarea *)getmem(sizeof(*b));
		if (b == (struct vmarea *)SYSERR) {
			while ((b = spares) != NULL) {
				spares = b->next;
				freemem((char *)b, sizeof(*b));
			}
			restore(mask);
			return SYSERR;
		}
		b->next = spares;
		spares = b;
	}
	vm_areaset(vm, vpn, npages, prot, spares);

	/* The resident pages' PTEs, a table at a time with interrupt
	   windows (the rules in vfree.c).  The areas are set already, so
	   a PTE another process's fault rewrites meanwhile (the swap-in of
	   a page shared after fork) gets the new access at once; an
	   eviction meanwhile leaves a PTE that needs nothing. */
	for (i = vpn; i < end; i = tend) {
		tend = vm_tblend(i, end);
		pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
		pde = pd[PDX(VADDR(i))];
		if (!(pde & PTE_P)) {
			continue;
		}
		pt = (pt_t *)vwin_map(WS_PT, pde & PTE_FRAME);
		for (; i < tend; i++) {
			pte = &pt[PTX(VADDR(i))];
			if ((*pte & PTE_ALLOC) && PTE_RESIDENT(*pte)) {
				vm_setpte(vm, i, pte,
					FFS_IDX(*pte & PTE_FRAME));
			}
		}
		if (tend < end) {
			vm_window(mask);
		}
	}
	restore(mask);
	return OK;
}
