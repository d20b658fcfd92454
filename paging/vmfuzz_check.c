/* vmfuzz_check.c - vmfz_check */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vmfz_check - do the kernel's counters of worker w agree with what the
 *	worker believes it holds?  Called by the controller while w waits
 *	(it runs above every worker).  Pages may move between FFS and swap
 *	at any time, but each page touched is backed exactly once; a
 *	resident page may also keep a clean copy in swap.  Each range's
 *	protection and kind must be what the kernel's areas say.  On a mismatch,
 *	why (VMFZ_WHYLEN bytes) says which.
 *------------------------------------------------------------------------
 */
status	vmfz_check(struct vmfzw *w, char *why)
{
	intmask	mask = disable();
	struct	vmproc	*vm = proctab[w->pid].prvm;
	uint32	nalloc = 0, ntables = 0, t, last = 0xFFFFFFFF;
	uint32	ffs, slots, virt;
	int32	i;
	bool8	shared;

	for (i = 0; i < w->nreg; i++) {
		nalloc += w->reg[i].npages;
		for (t = w->reg[i].vpn / NENTRIES; t <= (w->reg[i].vpn
		     + w->reg[i].npages - 1) / NENTRIES; t++) {
			if (t != last) {	/* ranges are sorted	*/
				ntables++;
				last = t;
			}
		}
	}
	if (vm == NULL) {
		restore(mask);
		snprintf(why, VMFZ_WHYLEN, "pid %d has no address space",
			w->pid);
		return SYSERR;
	}
	virt = allocated_virtual_pages(w->pid);
	ffs = used_ffs_frames(w->pid);
	slots = used_swap_frames(w->pid);
	if (vm->nalloc != nalloc || virt != XINU_PAGES + nalloc
	    || vm->nresident + vm->nswapped != w->ntouch || ffs != vm->nresident
	    || slots < vm->nswapped || ffs + slots < w->ntouch
	    || vm->npt != ntables) {
		snprintf(why, VMFZ_WHYLEN, "pid %d counters: nalloc %d (worker"
			" %d) virtual %d resident %d swapped %d slots %d"
			" (touched %d) tables %d (worker %d)", w->pid,
			vm->nalloc, nalloc, virt, ffs, vm->nswapped, slots,
			w->ntouch, vm->npt, ntables);
		restore(mask);
		return SYSERR;
	}
	/* Each range's protection and sharing, at both ends, are the
	   kernel's (its areas; a page none covers is vmalloc's) */
	for (i = 0; i < w->nreg; i++) {
		for (t = 0; t < 2; t++) {
			last = w->reg[i].vpn + t * (w->reg[i].npages - 1);
			if (vm_areaprot(vm, last, &shared) != w->reg[i].prot
			    || shared != (w->reg[i].kind == MAP_SHARED)) {
				snprintf(why, VMFZ_WHYLEN, "pid %d page 0x%x:"
					" protection %d shared %d, the worker"
					" says %d %d", w->pid, last,
					vm_areaprot(vm, last, &shared), shared,
					w->reg[i].prot, w->reg[i].kind
					== MAP_SHARED);
				restore(mask);
				return SYSERR;
			}
		}
	}
	restore(mask);
	return OK;
}
