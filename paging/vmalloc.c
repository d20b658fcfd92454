/* vmalloc.c - vmalloc */

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
 * vmalloc - reserve ceil(nbytes / PAGE_SIZE) contiguous heap pages, first
 *	fit.  No frame is taken: each PTE is marked PTE_ALLOC (allocated,
 *	not yet backed) and the first touch faults a frame in.  The page
 *	tables the range needs are taken now, so that a later fault never
 *	finds the PD/PT region empty; a table's count of used entries grows
 *	with the entries marked.
 *------------------------------------------------------------------------
 */
char	*vmalloc(uint32 nbytes)
{
	intmask	mask;
	struct	vmproc	*vm;
	struct	vrange	*r, *prev;
	uint32	npages, vpn, i, j, need, end, tend, pdx;
	int32	ptphys;
	pt_t	*pd, *pt;

	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL || nbytes == 0) {
		restore(mask);
		return (char *)SYSERR;
	}
	npages = nbytes / PAGE_SIZE + (nbytes % PAGE_SIZE != 0);

	/* First fit */
	prev = NULL;
	for (r = vm->freelist; r != NULL; prev = r, r = r->next) {
		if (r->npages >= npages) {
			break;
		}
	}
	if (r == NULL) {
		restore(mask);
		return (char *)SYSERR;
	}
	vpn = r->start;

	pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	need = vm_ptneed(pd, vpn, npages);
	if (!ptframe_have(need)) {	/* reaps the dead's tables first */
		restore(mask);
		return (char *)SYSERR;
	}
	/* One table at a time, interrupts let in between tables (see the
	   rules in vfree.c).  The range leaves the free list only at the
	   end: until then only this process, inside vmalloc, reads it. */
	end = vpn + npages;
	for (i = vpn; i < end; i = tend) {
		tend = vm_tblend(i, end);
		pdx = PDX(VADDR(i));
		pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
		if (!(pd[pdx] & PTE_P)) {
			ptphys = ptframe_alloc(currpid, FALSE);
			if (ptphys == SYSERR) {
				/* Others took the tables counted above in a
				   window: give back what this call made */
				vm_unmaprange(vm, vpn, i - vpn, mask);
				restore(mask);
				return (char *)SYSERR;
			}
			pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
			pd[pdx] = (uint32)ptphys | PDE_HEAP;
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

	/* Shrink or drop the free range */
	if (r->npages == npages) {
		if (prev == NULL) {
			vm->freelist = r->next;
		} else {
			prev->next = r->next;
		}
		freemem((char *)r, sizeof(*r));
	} else {
		r->start += npages;
		r->npages -= npages;
	}
	restore(mask);
	return (char *)VADDR(vpn);
}
