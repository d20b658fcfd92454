/* vfree.c - vfree, vm_freerange, vm_release_page */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_release_page - drop whatever backs one heap PTE (frame, swap slot or
 *	clean swap copy) and clear the PTE.  Shared by vfree and teardown.
 *------------------------------------------------------------------------
 */
void	vm_release_page(struct vmproc *vm, pt_t *pte)
{
	int32	f;

	if (*pte & PTE_P) {
		f = FFS_IDX(*pte & PTE_FRAME);
		if (ffstab[f].slot >= 0) {
			swap_free(ffstab[f].slot);
			vm->nslots--;
		}
		ffs_free(f);
		vm->nresident--;
	} else if (*pte & PTE_SWAPPED) {
		swap_free(PTE_SLOT(*pte));
		vm->nslots--;
		vm->nswapped--;
	}
	*pte = 0;
}

/*------------------------------------------------------------------------
 * vm_freerange - put [vpn, vpn + n) back on the free list, merging it
 *	with its neighbours.  SYSERR (nothing changed) only if no node
 *	could be had for a range that merges with neither neighbour.
 *------------------------------------------------------------------------
 */
static	status	vm_freerange(struct vmproc *vm, uint32 vpn, uint32 n)
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
	uint32	va = (uint32)ptr, npages, vpn, i, j;
	pt_t	*pte, *pd, *pt;
	bool8	empty;

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

	/* Every page must be allocated before anything is touched */
	for (i = vpn; i < vpn + npages; i++) {
		pte = vm_pte(vm->pdframe, VADDR(i), WS_PD, WS_PT);
		if (pte == NULL || !(*pte & PTE_ALLOC)) {
			restore(mask);
			return SYSERR;
		}
	}
	/* A node for the free list may be needed: fail before changing */
	if (vm_freerange(vm, vpn, npages) == SYSERR) {
		restore(mask);
		return SYSERR;
	}

	for (i = vpn; i < vpn + npages; i++) {
		pte = vm_pte(vm->pdframe, VADDR(i), WS_PD, WS_PT);
		vm_release_page(vm, pte);
		vm_invalidate(vm->pdframe, VADDR(i));

		/* At the end of a table, or of the range: free it if empty */
		if (PTX(VADDR(i)) == NENTRIES - 1 || i == vpn + npages - 1) {
			pt = pte - PTX(VADDR(i));
			empty = TRUE;
			for (j = 0; j < NENTRIES; j++) {
				if (pt[j] != 0) {
					empty = FALSE;
					break;
				}
			}
			if (empty) {
				pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
				ptframe_free(pd[PDX(VADDR(i))] & PTE_FRAME);
				pd[PDX(VADDR(i))] = 0;
				vm->npt--;
			}
		}
	}
	vm->nalloc -= npages;
	restore(mask);
	pager_kick();		/* freed frames: restock the zeroed pool */
	return OK;
}
