/* vfree.c - vfree, vm_unmaprange, vm_freerange, vm_release_page */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_release_page - heap page vpn of vm no longer maps what backs it
 *	(frame, swap slot, clean swap copy): its mapping leaves the page's
 *	rmap, and the frame and slot are freed with the last one.  The PTE
 *	is cleared.  Shared by vfree, munmap and teardown, which keep the
 *	table's count of used entries and nalloc.
 *------------------------------------------------------------------------
 */
void	vm_release_page(struct vmproc *vm, uint32 vpn, pt_t *pte)
{
	int32	f, slot;

	if (PTE_RESIDENT(*pte)) {
		f = FFS_IDX(*pte & PTE_FRAME);
		slot = ffstab[f].slot;
		rmap_delframe(f, vm->pid, vpn);
		vm->nresident--;
		if (slot >= 0) {
			vm->nslots--;
		}
		if (ffstab[f].pg.nmaps == 0) {
			if (slot >= 0) {
				swap_free(slot);
			}
			ffs_free(f);
		}
	} else if (*pte & PTE_SWAPPED) {
		slot = PTE_SLOT(*pte);
		rmap_del(&swaptab[slot].pg, vm->pid, vpn);
		vm->nslots--;
		vm->nswapped--;
		if (swaptab[slot].pg.nmaps == 0) {
			swap_free(slot);
		}
	}
	*pte = 0;
}

/*------------------------------------------------------------------------
 * vm_freerange - put [vpn, vpn + n) back on the free list, merging it
 *	with its neighbours.  SYSERR (nothing changed) only if no node
 *	could be had for a range that merges with neither neighbour.
 *	(vfree, munmap, and a failed vm_allocrange undoing a split)
 *------------------------------------------------------------------------
 */
status	vm_freerange(struct vmproc *vm, uint32 vpn, uint32 n)
{
	struct	vrange	*prev = NULL, *next = vm->freelist, *r;

	while (next != NULL && next->start < vpn) {
		prev = next;
		next = next->next;
	}
	if (prev != NULL && prev->start + prev->npages == vpn) {
		prev->npages += n;
		if (next != NULL && vpn + n == next->start) {
			prev->npages += next->npages;
			prev->next = next->next;
			freemem((char *)next, sizeof(*next));
		}
		return OK;
	}
	if (next != NULL && vpn + n == next->start) {
		next->start = vpn;
		next->npages += n;
		return OK;
	}
	r = (struct vrange *)getmem(sizeof(*r));
	if (r == (struct vrange *)SYSERR) {
		return SYSERR;
	}
	r->start = vpn;
	r->npages = n;
	r->next = next;
	if (prev == NULL) {
		vm->freelist = r;
	} else {
		prev->next = r;
	}
	return OK;
}

/*
 * Interrupt windows.  Work on a range is done one page table at a time,
 * and between two tables vm_unmaprange lets interrupts in (restore, then
 * disable again), so a huge range never holds interrupts off for longer
 * than one table's work.  What may happen in such a window, and why the
 * state left at each window is safe:
 *  - Only the process itself changes which pages of its heap are
 *    allocated, its free list, nalloc and npt: vmalloc and vfree act on
 *    the caller's own heap only, and a vcreate process runs one flow of
 *    control, which is inside this call.
 *  - Faults of other processes and the pager may evict this process's
 *    pages (present -> swapped, nresident/nswapped/nslots) or drop their
 *    clean copies: each PTE is read after the window, so the release
 *    frees whatever backs the page then.  Allocated entries stay allocated
 *    (never zero), so the tables' counts are theirs alone to change.
 *  - The caller may be killed in a window and never run again; the pager
 *    tears its address space down from the state of that window: every
 *    released PTE is zero, a table with no allocated entry is gone, and
 *    nalloc, npt and the tables' counts match the entries (vmcheck holds
 *    at every window).
 * The window slots are remapped after each window: other code uses them.
 */

/*------------------------------------------------------------------------
 * vm_unmaprange - release the allocated pages of [vpn, vpn + n) and drop
 *	the tables left without one, a table at a time with an interrupt
 *	window between tables (if mask, the caller's disable() value, had
 *	them on).  Interrupts off on entry and on return.
 *------------------------------------------------------------------------
 */
void	vm_unmaprange(struct vmproc *vm, uint32 vpn, uint32 n, intmask mask)
{
	uint32	end = vpn + n, tend, k;
	pt_t	*pd, *pt, pde;
	bool8	present;

	for (; vpn < end; vpn = tend) {
		tend = vm_tblend(vpn, end);
		pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
		pde = pd[PDX(VADDR(vpn))];
		if (!(pde & PTE_P)) {
			continue;			/* nothing there	*/
		}
		pt = (pt_t *)vwin_map(WS_PT, pde & PTE_FRAME);
		for (k = vpn; k < tend && PT_NUSED(pde) > 0; k++) {
			if (!(pt[PTX(VADDR(k))] & PTE_ALLOC)) {
				continue;
			}
			present = (pt[PTX(VADDR(k))] & PTE_P) != 0;
			vm_release_page(vm, k, &pt[PTX(VADDR(k))]);
			if (present) {	/* not-present entries are never cached */
				vm_invalidate(vm->pdframe, VADDR(k));
			}
			PT_NUSED(pde)--;
			vm->nalloc--;
		}
		if (PT_NUSED(pde) == 0) {
			vm_ptdrop(vm, PDX(VADDR(vpn)));
		}
		if (tend < end) {
			vm_window(mask);
		}
	}
}

/*------------------------------------------------------------------------
 * vfree - release the heap pages [ptr, ptr + ceil(nbytes / PAGE_SIZE)).
 *	Every page must be allocated and ptr page-aligned, or SYSERR and
 *	nothing changes.  Tables left empty go back to the PD/PT region.
 *------------------------------------------------------------------------
 */
syscall	vfree(char *ptr, uint32 nbytes)
{
	intmask	mask;
	struct	vmproc	*vm;
	uint32	va = (uint32)ptr, npages, vpn, end, i, tend, j;
	pt_t	*pd, *pt, pde;
	struct	vmarea	*spare;

	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL || nbytes == 0 || (va & (PAGE_SIZE - 1))
	    || va < VHEAP_START || va >= VHEAP_END) {
		restore(mask);
		return SYSERR;
	}
	npages = nbytes / PAGE_SIZE + (nbytes % PAGE_SIZE != 0);
	vpn = VPN(va);
	if (npages > VPN(VHEAP_END) - vpn) {
		restore(mask);
		return SYSERR;
	}
	end = vpn + npages;

	/* Every page must be allocated before anything is touched.  This
	   check and the first change are one stretch with interrupts off;
	   it costs one count per whole table and a scan of at most the two
	   tables the range covers in part. */
	pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	for (i = vpn; i < end; i = tend) {
		tend = vm_tblend(i, end);
		pde = pd[PDX(VADDR(i))];
		if (!(pde & PTE_P)) {
			restore(mask);
			return SYSERR;
		}
		if (PT_NUSED(pde) == NENTRIES) {
			continue;		/* all of it allocated	*/
		}
		pt = (pt_t *)vwin_map(WS_PT, pde & PTE_FRAME);
		for (j = i; j < tend; j++) {
			if (!(pt[PTX(VADDR(j))] & PTE_ALLOC)) {
				restore(mask);
				return SYSERR;
			}
		}
	}
	/* A node for the free list and one to split an area (mprotect'ed
	   pages) may be needed: fail before changing.  The range is on the
	   free list from here on, while its pages are released; only this
	   process, which is inside vfree, reads it. */
	if ((spare = vm_areanode(vm, vpn, npages)) == (struct vmarea *)SYSERR) {
		restore(mask);
		return SYSERR;
	}
	if (vm_freerange(vm, vpn, npages) == SYSERR) {
		if (spare != NULL) {
			freemem((char *)spare, sizeof(*spare));
		}
		restore(mask);
		return SYSERR;
	}
	vm_areacut(vm, vpn, npages, spare);
	vm_unmaprange(vm, vpn, npages, mask);
	restore(mask);
	pager_kick();		/* freed frames: restock the zeroed pool */
	return OK;
}
