/* munmap.c - munmap */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * munmap_run - the first run of allocated pages at or after *from and
 *	before end: [*from, *to), FALSE if there is none.  A heap page is
 *	allocated when no range of the free list holds it.
 *------------------------------------------------------------------------
 */
static	bool8	munmap_run(struct vmproc *vm, uint32 *from, uint32 *to,
			uint32 end)
{
	struct	vrange	*r;
	uint32	cur = *from;

	for (r = vm->freelist; r != NULL; r = r->next) {
		if (r->start + r->npages <= cur) {
			continue;			/* before it	*/
		}
		if (r->start <= cur) {			/* cur is free	*/
			cur = r->start + r->npages;
			continue;
		}
		break;				/* r: the next free range */
	}
	if (cur >= end) {
		return FALSE;
	}
	*from = cur;
	*to = (r != NULL && r->start < end) ? r->start : end;
	return TRUE;
}

/*------------------------------------------------------------------------
 * munmap - unmap the whole pages of [addr, addr + length) rounded up to
 *	pages, whatever made them (mmap or vmalloc); pages of the range that
 *	are not allocated are skipped, as POSIX allows.  A later access to
 *	an unmapped page is a segmentation fault.  The pages go back to the
 *	free list, their frames and slots to the pools (a page shared after
 *	fork stays with the other processes), and the areas are trimmed.
 *	SYSERR with nothing changed: addr not page-aligned, length 0, the
 *	range not inside [VHEAP_START, VHEAP_END), a caller not made by
 *	vcreate, or no kernel memory for a list node.
 *------------------------------------------------------------------------
 */
syscall	munmap(char *addr, uint32 length)
{
	intmask	mask;
	struct	vmproc	*vm;
	struct	vmarea	*spare;
	struct	vrange	*r;
	uint32	va = (uint32)addr, npages, vpn, end, from, to;
	bool8	alone;

	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL || length == 0 || (va & (PAGE_SIZE - 1))
	    || va < VHEAP_START || va >= VHEAP_END) {
		restore(mask);
		return SYSERR;
	}
	npages = length / PAGE_SIZE + (length % PAGE_SIZE != 0);
	vpn = VPN(va);
	if (npages > VPN(VHEAP_END) - vpn) {
		restore(mask);
		return SYSERR;
	}
	end = vpn + npages;
	from = vpn;
	if (!munmap_run(vm, &from, &to, end)) {
		restore(mask);
		return OK;			/* nothing mapped there	*/
	}

	/* Nodes before any change.  Only a range allocated from end to end,
	   with no free neighbour on either side, may need a free-list node
	   (every other run borders a free range it merges with): then it is
	   the only run, and it is put back first, where a failure still
	   leaves everything as it was. */
	if ((spare = vm_areanode(vm, vpn, npages)) == (struct vmarea *)SYSERR) {
		restore(mask);
		return SYSERR;
	}
	alone = (from == vpn && to == end);
	for (r = vm->freelist; alone && r != NULL; r = r->next) {
		if (r->start + r->npages == vpn || r->start == end) {
			alone = FALSE;
		}
	}
	if (alone && vm_freerange(vm, vpn, npages) == SYSERR) {
		if (spare != NULL) {
			freemem((char *)spare, sizeof(*spare));
		}
		restore(mask);
		return SYSERR;
	}

	/* The areas first, then the free list: the pages are released
	   last, a table at a time with interrupt windows (the rules in
	   vfree.c; only this process, inside this call, reads its areas
	   and free list meanwhile).  Until its release, a page left with no
	   area looks vmalloc'd, which only matters to an access by this
	   process, and it is inside munmap. */
	vm_areacut(vm, vpn, npages, spare);
	while (!alone && munmap_run(vm, &from, &to, end)) {
		(void)vm_freerange(vm, from, to - from);  /* merges: no node */
		from = to;
	}
	vm_unmaprange(vm, vpn, npages, mask);
	restore(mask);
	pager_kick();		/* freed frames: restock the zeroed pool */
	return OK;
}
