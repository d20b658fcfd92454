/* vmarea.c - vm_areaprot, vm_areaadd, vm_areaunlink, vm_areanode,
 *	      vm_areacut, vm_areaneed, vm_areaset */

#include <xinu.h>
#include "vmint.h"

/*
 * vm->areas: the heap ranges mmap made or mprotect gave a protection,
 * sorted by address, never overlapping, each inside the allocated part of
 * the heap.  A heap page no area covers was vmalloc'd: private, readable
 * and writable.  The list changes only in the process's own calls (mmap,
 * munmap, mprotect, vfree), with interrupts off; the fault handler and
 * vm_setpte read it (also for other processes' faults on a shared page,
 * swapin_one), so it is whole at every moment interrupts are on.
 *
 * Nodes come from the kernel heap.  Every change that may need new nodes
 * asks for them first (vm_areanode, vm_areaneed) and is given them, so
 * that a call short of memory fails with nothing changed and the change
 * itself cannot fail.
 */

/*------------------------------------------------------------------------
 * vm_areaprot - the protection of heap page vpn of vm, and (*shared)
 *	whether it is MAP_SHARED.  A page no area covers was vmalloc'd:
 *	private, readable and writable.  (vm_pageprot, inline in vmint.h,
 *	answers that without a call when vm has no area at all.)
 *------------------------------------------------------------------------
 */
int32	vm_areaprot(struct vmproc *vm, uint32 vpn, bool8 *shared)
{
	struct	vmarea	*a;

	for (a = vm->areas; a != NULL && a->start <= vpn; a = a->next) {
		if (vpn < a->start + a->npages) {
			*shared = (a->flags & MAP_SHARED) != 0;
			return a->prot;
		}
	}
	*shared = FALSE;
	return PROT_READ | PROT_WRITE;
}

/*------------------------------------------------------------------------
 * vm_areaadd - put area na (its range covered by no area) into vm's list
 *	at its place.  Not merged with a neighbour: mmap may have to take
 *	exactly this node out again (vm_areaunlink).  Interrupts off.
 *------------------------------------------------------------------------
 */
void	vm_areaadd(struct vmproc *vm, struct vmarea *na)
{
	struct	vmarea	**pp = &vm->areas;

	while (*pp != NULL && (*pp)->start < na->start) {
		pp = &(*pp)->next;
	}
	na->next = *pp;
	*pp = na;
}

/*------------------------------------------------------------------------
 * vm_areaunlink - take area node a out of vm's list and free it
 *		   (interrupts off)
 *------------------------------------------------------------------------
 */
void	vm_areaunlink(struct vmproc *vm, struct vmarea *a)
{
	struct	vmarea	**pp = &vm->areas;

	while (*pp != NULL && *pp != a) {
		pp = &(*pp)->next;
	}
	if (*pp == a) {
		*pp = a->next;
		freemem((char *)a, sizeof(*a));
	}
}

/*------------------------------------------------------------------------
 * vm_areanode - the node vm_areacut needs to take [vpn, vpn + n) out of
 *	vm's areas: one if an area reaches past both ends of the range
 *	(it splits in two), else NULL.  SYSERR if the heap has none.
 *------------------------------------------------------------------------
 */
struct	vmarea	*vm_areanode(struct vmproc *vm, uint32 vpn, uint32 n)
{
	struct	vmarea	*a;

	for (a = vm->areas; a != NULL && a->start < vpn; a = a->next) {
		if (vpn + n < a->start + a->npages) {
			return (struct vmarea *)getmem(sizeof(*a));
		}
	}
	return NULL;
}

/*------------------------------------------------------------------------
 * vm_areacut - no area covers [vpn, vpn + n) any more: areas inside it
 *	go, areas across an end are trimmed, an area across both ends is
 *	split using spare (what vm_areanode gave; freed if not used).  The
 *	one area-removal function: munmap and vfree use it.  Interrupts off.
 *------------------------------------------------------------------------
 */
void	vm_areacut(struct vmproc *vm, uint32 vpn, uint32 n,
			struct vmarea *spare)
{
	struct	vmarea	**pp = &vm->areas, *a;
	uint32	end = vpn + n, aend;

	while ((a = *pp) != NULL && a->start < end) {
		aend = a->start + a->npages;
		if (aend <= vpn) {			/* before the range */
			pp = &a->next;
			continue;
		}
		if (a->start < vpn && end < aend) {	/* split in two	*/
			*spare = *a;
			spare->start = end;
			spare->npages = aend - end;
			a->npages = vpn - a->start;
			a->next = spare;
			spare = NULL;
			break;
		}
		if (a->start < vpn) {			/* keeps its head */
			a->npages = vpn - a->start;
			pp = &a->next;
			continue;
		}
		if (end < aend) {			/* keeps its tail */
			a->npages = aend - end;
			a->start = end;
			break;
		}
		*pp = a->next;				/* inside: goes	*/
		freemem((char *)a, sizeof(*a));
	}
	if (spare != NULL) {
		freemem((char *)spare, sizeof(*spare));
	}
}

/*------------------------------------------------------------------------
 * vm_areaneed - how many nodes vm_areaset may need for [vpn, vpn + n):
 *	one per end that falls inside an area (a split) and one per run of
 *	pages no area covers (vmalloc'd pages get an area of their own)
 *------------------------------------------------------------------------
 */
int32	vm_areaneed(struct vmproc *vm, uint32 vpn, uint32 n)
{
	struct	vmarea	*a;
	uint32	end = vpn + n, cur = vpn, aend;
	int32	need = 0;

	for (a = vm->areas; a != NULL && a->start < end; a = a->next) {
		aend = a->start + a->npages;
		if (a->start < vpn && vpn < aend) {
			need++;
		}
		if (end < aend) {		/* a->start < end here	*/
			need++;
		}
		if (aend <= cur) {
			continue;
		}
		if (a->start > cur) {		/* a gap before it	*/
			need++;
		}
		cur = aend;
	}
	if (cur < end) {
		need++;
	}
	return need;
}

/* One node off the caller's chain of spares */
static	struct	vmarea	*area_take(struct vmarea **spares)
{
	struct	vmarea	*b = *spares;

	if (b == NULL) {
		panic("vm_areaset: fewer spare nodes than vm_areaneed said");
	}
	*spares = b->next;
	return b;
}

/*------------------------------------------------------------------------
 * vm_areaset - give every page of [vpn, vpn + n) protection prot: areas
 *	are split at the range's ends, those inside get prot (keeping
 *	their MAP_SHARED or MAP_PRIVATE), runs no area covers get an area
 *	of prot and MAP_PRIVATE (vmalloc'd pages are private); then
 *	neighbours alike are merged, so the list stays short.  spares: a
 *	chain (linked by next) of at least vm_areaneed nodes; those left
 *	are freed.  Interrupts off.
 *------------------------------------------------------------------------
 */
void	vm_areaset(struct vmproc *vm, uint32 vpn, uint32 n, int32 prot,
			struct vmarea *spares)
{
	struct	vmarea	**pp, *a, *b;
	uint32	end = vpn + n, cur, aend;

	/* Split the areas across the range's ends */
	for (a = vm->areas; a != NULL && a->start < end; a = a->next) {
		aend = a->start + a->npages;
		if (a->start < vpn && vpn < aend) {
			b = area_take(&spares);
			*b = *a;
			b->start = vpn;
			b->npages = aend - vpn;
			a->npages = vpn - a->start;
			a->next = b;
			continue;		/* b is next: its end too */
		}
		if (a->start < end && end < aend) {
			b = area_take(&spares);
			*b = *a;
			b->start = end;
			b->npages = aend - end;
			a->npages = end - a->start;
			a->next = b;
		}
	}

	/* Now every area meets the range whole or not at all */
	pp = &vm->areas;
	for (cur = vpn; cur < end; ) {
		while (*pp != NULL && (*pp)->start + (*pp)->npages <= cur) {
			pp = &(*pp)->next;
		}
		a = *pp;
		if (a != NULL && a->start <= cur) {
			a->prot = prot;
			cur = a->start + a->npages;
			pp = &a->next;
			continue;
		}
		b = area_take(&spares);		/* vmalloc'd pages	*/
		b->start = cur;
		b->npages = (a != NULL && a->start < end ? a->start : end) - cur;
		b->prot = prot;
		b->flags = MAP_PRIVATE;
		b->next = a;
		*pp = b;
		pp = &b->next;
		cur += b->npages;
	}

	/* Merge neighbours alike */
	for (a = vm->areas; a != NULL && (b = a->next) != NULL; ) {
		if (a->start + a->npages == b->start && a->prot == b->prot
		    && a->flags == b->flags) {
			a->npages += b->npages;
			a->next = b->next;
			freemem((char *)b, sizeof(*b));
		} else {
			a = b;
		}
	}
	while ((b = spares) != NULL) {
		spares = b->next;
		freemem((char *)b, sizeof(*b));
	}
}
