/* vm_sharedtouch.c - vm_sharedtouch */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_sharedtouch - give every page of the caller's MAP_SHARED areas that
 *	was never touched its zero-filled frame.  fork calls it first: fork
 *	shares a page through its frame or slot (rmap), and a page with
 *	neither would be merely allocated in both, so each side's first
 *	touch would make a page of its own and the two would never see each
 *	other's writes.  A readable page is touched by reading one byte,
 *	through the normal fault path (memory short: the OOM kill, as for
 *	any touch); a PROT_NONE page cannot be read, so it gets its frame
 *	here as a first touch would, hidden (vm_setpte); memory short then:
 *	SYSERR, and fork fails.  Interrupts are let in between pages and
 *	between page tables.  Only this process changes its areas, and it
 *	is inside this call, so the list may be walked across them.
 *------------------------------------------------------------------------
 */
status	vm_sharedtouch(void)
{
	intmask	mask;
	struct	vmproc	*vm;
	struct	vmarea	*a;
	uint32	vpn;
	pt_t	*pte;
	int32	f;
	bool8	exchanged;

	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL) {
		restore(mask);
		return OK;			/* fork refuses it	*/
	}
	for (a = vm->areas; a != NULL; a = a->next) {
		if (!(a->flags & MAP_SHARED)) {
			continue;
		}
		for (vpn = a->start; vpn < a->start + a->npages; vpn++) {
			if ((vpn & (NENTRIES - 1)) == 0) {
				restore(mask);	/* a table's scan done	*/
				mask = disable();
			}
			pte = vm_pte(vm->pdframe, VADDR(vpn), WS_PD, WS_PT);
			if (pte == NULL || *pte != PTE_ALLOC) {
				continue;	/* has a frame or a slot */
			}
			if (a->prot != PROT_NONE) {
				restore(mask);
				(void)*(volatile char *)VADDR(vpn);
				mask = disable();
				continue;
			}
			f = vm_getframe(currpid, vpn, TRUE, -1, &exchanged);
			if (f == SYSERR) {
				restore(mask);
				return SYSERR;
			}
			/* vm_getframe may have used the windows */
			pte = vm_pte(vm->pdframe, VADDR(vpn), WS_PD, WS_PT);
			vm_setpte(vm, vpn, pte, f);
			vm->nresident++;
			vm->cnt.zfaults++;
			vmtotals.zfaults++;
		}
	}
	restore(mask);
	return OK;
}
