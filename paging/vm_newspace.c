/* vm_newspace.c - vm_newspace */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_newspace - a new address space for process pid with a virtual stack
 *	of npages pages (vcreate, fork): its vmproc (zeroed, heap empty, no
 *	free list yet), a directory holding the shared kernel and device
 *	tables, the stack's tables (from the one under its lowest emergency
 *	page up: vcreate.c says why) and the stack's pages, backed by a
 *	kernel-heap block.  NULL if anything cannot be had: whatever was
 *	taken is given back, nothing changes.  Every allocator reaps pending
 *	teardowns before it fails: the dead's memory comes first.
 *	Interrupts off.
 *------------------------------------------------------------------------
 */
struct	vmproc	*vm_newspace(pid32 pid, uint32 npages)
{
	struct	vmproc	*vm;
	uint32	stkblk, stkphys, stkbase = VM_USER_TOP - npages * PAGE_SIZE;
	uint32	i, first = PDX(stkbase - VSTACK_BELOW);
	uint32	nstkpts = PDX(VM_USER_TOP - 1) - first + 1;
	int32	pdphys, t, ptphys[VSTACK_PTS];
	pt_t	*pd, *pte;

	vm = (struct vmproc *)getmem(sizeof(struct vmproc));
	stkblk = (uint32)getmem(npages * PAGE_SIZE + PAGE_SIZE); /* to align */
	pdphys = ptframe_alloc(pid, TRUE);
	for (t = 0; t < (int32)nstkpts; t++) {
		ptphys[t] = ptframe_alloc(pid, FALSE);
	}
	/* Once the region is empty (after reaping) it stays empty here:
	   if any table failed, the last one did */
	if (vm == (struct vmproc *)SYSERR || stkblk == (uint32)SYSERR
	    || pdphys == SYSERR || ptphys[nstkpts - 1] == SYSERR) {
		if (vm != (struct vmproc *)SYSERR) {
			freemem((char *)vm, sizeof(*vm));
		}
		if (stkblk != (uint32)SYSERR) {
			freemem((char *)stkblk, npages * PAGE_SIZE + PAGE_SIZE);
		}
		if (pdphys != SYSERR) {
			ptframe_free(pdphys, TRUE);	/* unused: zero */
		}
		for (t = 0; t < (int32)nstkpts; t++) {
			if (ptphys[t] != SYSERR) {
				ptframe_free(ptphys[t], TRUE);
			}
		}
		return NULL;
	}

	memset(vm, 0, sizeof(*vm));
	vm->pid = pid;
	vm->pdframe = pdphys;
	vm->stkbase = stkbase;
	vm->stkpages = npages;
	vm->stkpts = nstkpts;
	vm->stkblk = stkblk;
	pd = (pt_t *)vwin_map(WS_PD, pdphys);
	for (t = 0; t < KERNEL_PTS; t++) {
		pd[t] = kernel_pts[t] | PTE_P | PTE_RW;
	}
	pd[PDX(MMIO_BASE)] = (uint32)mmio_pt | PTE_P | PTE_RW;
	for (t = 0; t < (int32)nstkpts; t++) {
		pd[first + t] = ptphys[t] | PTE_P | PTE_RW;
	}
	stkphys = (stkblk + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
	for (i = 0; i < npages; i++) {
		pte = vm_pte(pdphys, stkbase + i * PAGE_SIZE, WS_PD, WS_PT);
		*pte = (stkphys + i * PAGE_SIZE) | PTE_P | PTE_RW | PTE_STACK;
	}
	return vm;
}
