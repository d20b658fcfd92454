/* vmalloc.c - vmalloc, vm_allocrange */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_ptneed - how many page tables the page range [vpn, vpn + n) lacks
 *------------------------------------------------------------------------
 */
static	uint32	vm_ptneed(pt_t *pd, uint32 vpn, uint32 n)
{
	uint32	first = PDX(VADDR(vpn)), last = PDX(VADDR(vpn + n - 1));
	uint32	i, need = 0;

	for (i = first; i <= last; i++) {
		if (!(pd[i] & PTE_P)) {
			need++;
		}
	}
	return need;
}

/*------------------------------------------------------------------------
 * vm_allocrange - allocate the heap pages [vpn, vpn + npages) of vm, which
 *	must lie inside one range of its free list (SYSERR otherwise).  No
 *	frame is taken: each PTE is marked PTE_ALLOC (allocated, not yet
 *	backed) and the first touch faults a frame in.  The page tables the
 *	range needs are taken now, so that a later fault never finds the
 *	PD/PT region empty; a table's count of used entries grows with the
 *	entries marked.  Used by vmalloc (first fit) and mmap (first fit or
 *	MAP_FIXED).  mask: the caller's disable() value; interrupts off on
 *	entry and on return, let in between tables (the rules in vfree.c).
 *	OK, or SYSERR with nothing changed.
 *------------------------------------------------------------------------
 */
status	vm_allocrange(struct vmproc *vm, uint32 vpn, uint32 npages,
			intmask mask)
{
	struct	vrange	*r, *prev, *tail = NULL;
	uint32	i, j, need, end = vpn + npages, tend, pdx;
	int32	ptphys;
	pt_t	*pd, *pt;

	prev = NULL;
	for (r = vm->freelist; r != NULL; prev = r, r = r->next) {
		if (r->start <= vpn && end <= r->start + r->npages) {
			break;
		}
	}
	if (r == NULL || npages == 0) {
		return SYSERR;
	}
	pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	need = vm_ptneed(pd, vpn, npages);
	if (!ptframe_have(need)) {	/* reaps the dead's tables first */
		return SYSERR;
	}

	/* A range strictly inside r splits it, which takes a node.  It is
	   taken now, and the split made before the first window: a node
	   held only here would be lost if the process were killed in one
	   (teardown frees the free list's nodes).  Undoing the split needs
	   no node: the range merges with both halves again. */
	if (r->start < vpn && end < r->start + r->npages) {
		tail = (struct vrange *)getmem(sizeof(*tail));
		if (tail == (struct vrange *)SYSERR) {
			return SYSERR;
		}
		tail->start = end;
		tail->npages = r->start + r->npages - end;
		tail->next = r->next;
		r->npages = vpn - r->start;
		r->next = tail;
	}

	/* One table at a time, interrupts let in between tables (see the
	   rules in vfree.c).  Otherwise the range leaves the free list only
	   at the end: until then only this process, inside this call, reads
	   the free list, so r and prev stay valid. */
	for (i = vpn; i < end; i = tend) {
		tend = vm_tblend(i, end);
		pdx = PDX(VADDR(i));
		pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
		if (!(pd[pdx] & PTE_P)) {
			ptphys = ptframe_alloc(vm->pid, FALSE);
			if (ptphys == SYSERR) {
				/* Others took the tables counted above in a
				   window: give back what this call made */
				vm_unmaprange(vm, vpn, i - vpn, mask);
				if (tail != NULL) {
					(void)vm_freerange(vm, vpn, npages);
				}
				return SYSERR;
			}
			pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
			pd[pdx] = (uint32)ptphys | PTE_P | PTE_RW;
			vm->npt++;
			vm_ptmark(vm, pdx);
		}
		pt = (pt_t *)vwin_map(WS_PT, pd[pdx] & PTE_FRAME);
		for (j = i; j < tend; j++) {	/* free range: entries are 0 */
			pt[PTX(VADDR(j))] = PTE_ALLOC;
		}
		PT_NUSED(pd[pdx]) += tend - i;
		vm->nalloc += tend - i;
		if (tend < end) {
			vm_window(mask);
		}
	}
	if (tail != NULL) {
		return OK;			/* left the list already */
	}

	/* Shrink or drop the free range */
	if (r->npages == npages) {
		if (prev == NULL) {
			vm->freelist = r->next;
		} else {
			prev->next = r->next;
		}
		freemem((char *)r, sizeof(*r));
	} else if (r->start == vpn) {
		r->start += npages;
		r->npages -= npages;
	} else {				/* its end		*/
		r->npages -= npages;
	}
	return OK;
}

/*------------------------------------------------------------------------
 * vmalloc - reserve ceil(nbytes / PAGE_SIZE) contiguous heap pages, first
 *	fit, lazily (vm_allocrange).  Its pages are private, readable and
 *	writable: no area (vm->areas) covers them.
 *------------------------------------------------------------------------
 */
char	*vmalloc(uint32 nbytes)
{
	intmask	mask;
	struct	vmproc	*vm;
	struct	vrange	*r;
	uint32	npages, vpn;

	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL || nbytes == 0) {
		restore(mask);
		return (char *)SYSERR;
	}
	npages = nbytes / PAGE_SIZE + (nbytes % PAGE_SIZE != 0);

	/* First fit */
	for (r = vm->freelist; r != NULL; r = r->next) {
		if (r->npages >= npages) {
			break;
		}
	}
	if (r == NULL) {
		restore(mask);
		return (char *)SYSERR;
	}
	vpn = r->start;			/* r may be gone after the call	*/
	if (vm_allocrange(vm, vpn, npages, mask) == SYSERR) {
		restore(mask);
		return (char *)SYSERR;
	}
	restore(mask);
	return (char *)VADDR(vpn);
}
