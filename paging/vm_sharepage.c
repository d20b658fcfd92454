/* vm_sharepage.c - vm_sharepage */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_sharepage - map heap page vpn of the current process (allocated,
 *	never touched) to the page process src has at vpn, if that page
 *	holds exactly want (PAGE_SIZE bytes): resident or in swap, it gets
 *	one more mapping (vm_sharepte), copy-on-write.  The loader uses it
 *	to share a program's text among its running instances: a page is
 *	shared only if it is byte for byte what loading it would give, so
 *	whatever src did to its own pages, sharing changes nothing the
 *	program can see.  SYSERR (nothing changed) if src has no such page
 *	or no rmap node is free.
 *------------------------------------------------------------------------
 */
status	vm_sharepage(pid32 src, uint32 vpn, const byte *want)
{
	intmask	mask = disable();
	struct	vmproc	*svm, *vm = proctab[currpid].prvm;
	pt_t	*spte, *pte;
	const	byte	*data;

	if (!vm_owner_live(src) || src == currpid || vm == NULL
	    || rmap_nfree < 1) {
		restore(mask);
		return SYSERR;
	}
	svm = proctab[src].prvm;
	spte = vm_pte(svm->pdframe, VADDR(vpn), WS_VICTPD, WS_VICTPT);
	pte = vm_pte(vm->pdframe, VADDR(vpn), WS_PD, WS_PT);
	if (spte == NULL || pte == NULL || *pte != PTE_ALLOC) {
		restore(mask);
		return SYSERR;
	}
	if (PTE_RESIDENT(*spte)) {
		data = (const byte *)vwin_map(WS_SRC, *spte & PTE_FRAME);
	} else if (*spte & PTE_SWAPPED) {
		data = (const byte *)vwin_map(WS_SRC, SWAP_ADDR(PTE_SLOT(*spte)));
	} else {
		data = NULL;			/* untouched there too	*/
	}
	if (data == NULL || memcmp(data, want, PAGE_SIZE) != 0) {
		restore(mask);
		return SYSERR;
	}
	*pte = vm_sharepte(svm, spte, vm, vpn);
	vm_invalidate(svm->pdframe, VADDR(vpn));
	restore(mask);
	return OK;
}
