/* vm_sharepte.c - vm_sharepte */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_sharepte - page vpn, mapped in src by *spte, gets a mapping in dst
 *	at the same page too; returns dst's PTE for it.  A resident or
 *	swapped page gets one more mapping in its rmap (the caller made
 *	sure a node is free), counted in dst's counters; a private page
 *	becomes read-only in src too (copy-on-write: the caller flushes
 *	src's TLB); a MAP_SHARED one stays as it is.  An untouched page is
 *	just allocated in dst.  Used by fork (every heap page) and by the
 *	loader (a program's text, shared by its running instances).
 *	Interrupts off.
 *------------------------------------------------------------------------
 */
pt_t	vm_sharepte(struct vmproc *src, pt_t *spte, struct vmproc *dst,
			uint32 vpn)
{
	pt_t	pte = *spte;
	int32	f, s;
	bool8	shared;

	if (PTE_RESIDENT(pte)) {
		f = FFS_IDX(pte & PTE_FRAME);
		rmap_add(&ffstab[f].pg, dst->pid, vpn);
		dst->nresident++;
		if (ffstab[f].slot >= 0) {
			dst->nslots++;
		}
		(void)vm_pageprot(src, vpn, &shared);
		if (!shared) {
			pte &= ~(pt_t)PTE_RW;
			*spte = pte;
		}
		return pte & ~(pt_t)PTE_D;
	}
	if (pte & PTE_SWAPPED) {
		s = PTE_SLOT(pte);
		rmap_add(&swaptab[s].pg, dst->pid, vpn);
		dst->nswapped++;
		dst->nslots++;
	}
	return pte;
}
