/* memmap_vsnapshot.c - memmap_vsnapshot */

#include <xinu.h>
#include <memmap.h>
#include "../paging/vmint.h"

/*
 * The walk reads the process's directory and tables through the window
 * slots vmcheck uses (WS_CHECK, WS_CHECKPT): both run with interrupts
 * off from start to end, so they never see each other's mappings.
 */

/* The symbol of one non-zero heap PTE by where the page is, counting
   it in *st.  Resident takes PTE_RESIDENT: a PROT_NONE page keeps its
   frame with P clear (PTE_HIDDEN). */
static	char	mm_heapstate(pt_t pte, struct mmvirt *st)
{
	uint32	frame = pte & PTE_FRAME;

	st->alloc++;
	if (PTE_RESIDENT(pte)) {
		st->resident++;
		if (IS_FFS_ADDR(frame) && ffstab[FFS_IDX(frame)].slot >= 0) {
			st->slots++;		/* a clean copy in swap	*/
		}
		return MM_RESIDENT;
	}
	if (pte & PTE_SWAPPED) {
		st->swapped++;
		st->slots++;
		return MM_SWAPPED;
	}
	return MM_ALLOC;
}

/* Does the page of PTE pte have more than one mapping (its frame's or
   its slot's pgmap)? */
static	bool8	mm_mapped_more(pt_t pte)
{
	uint32	frame = pte & PTE_FRAME;

	if (PTE_RESIDENT(pte)) {
		return IS_FFS_ADDR(frame) && ffstab[FFS_IDX(frame)].pg.nmaps > 1;
	}
	if (pte & PTE_SWAPPED) {
		return swaptab[PTE_SLOT(pte)].pg.nmaps > 1;
	}
	return FALSE;
}

/* The symbol of heap page vpn: its protection or sharing (vm_pageprot,
   the fault handler's own answer) if special, else where it is */
static	char	mm_heappage(struct vmproc *vm, uint32 vpn, pt_t pte,
			struct mmvirt *st)
{
	char	c = mm_heapstate(pte, st);
	bool8	shared;
	int32	prot = vm_pageprot(vm, vpn, &shared);

	if (prot == PROT_NONE) {
		st->noaccess++;
		return MM_NOACCESS;
	}
	if (!(prot & PROT_WRITE)) {
		st->rdonly++;
		return MM_RDONLY;
	}
	if (shared) {
		st->mshared++;
		return MM_SHARED;
	}
	if (mm_mapped_more(pte)) {
		st->cow++;		/* a write copies it		*/
		return MM_COW;
	}
	return c;
}

/*------------------------------------------------------------------------
 * memmap_vsnapshot - map the address space of vcreate process pid: one
 *	symbol per heap page from VHEAP_START into heap (maxheap characters
 *	at most; NULL to only count), and one per page from the row holding
 *	the stack's guard page up to VM_USER_TOP into stack (MM_STKMAP
 *	characters; NULL to skip).  The tables and the process's counters
 *	are read in one critical section.  Returns OK, SYSERR for a bad
 *	pid, or MM_NOVM for a process without an address space of its own.
 *------------------------------------------------------------------------
 */
int32	memmap_vsnapshot(
	  pid32		pid,		/* process to map		*/
	  char		*heap,		/* heap map, or NULL		*/
	  uint32	maxheap,	/* its size in characters	*/
	  char		*stack,		/* stack map, or NULL		*/
	  struct mmvirt	*st		/* counts			*/
	)
{
	intmask	mask;
	struct	vmproc	*vm;
	pt_t	*pd, *pt, *pte, pde;
	uint32	i, j, vpn, first, va, guard;
	char	c;

	memset(st, 0, sizeof(*st));
	if (heap == NULL) {
		maxheap = 0;
	}
	if (maxheap > 0) {
		memset(heap, MM_FREE, maxheap);
	}
	first = VPN(VHEAP_START);

	mask = disable();
	if (isbadpid(pid)) {
		restore(mask);
		return SYSERR;
	}
	vm = proctab[pid].prvm;
	if (vm == NULL) {
		restore(mask);
		return MM_NOVM;
	}

	/* Heap: every table below the stack area */
	st->heaptop = VHEAP_START;
	for (i = PDX(VHEAP_START); i < PDX(VSTACK_LOW); i++) {
		pd = (pt_t *)vwin_map(WS_CHECK, vm->pdframe);
		pde = pd[i];
		if (!(pde & PTE_P)) {
			continue;
		}
		st->tables++;
		pt = (pt_t *)vwin_map(WS_CHECKPT, pde & PTE_FRAME);
		for (j = 0; j < NENTRIES; j++) {
			if (pt[j] == 0) {
				continue;
			}
			vpn = i * NENTRIES + j;
			st->user += (pt[j] & (PTE_P | PTE_US))
				== (PTE_P | PTE_US);
			c = mm_heappage(vm, vpn, pt[j], st);
			if (vpn - first < maxheap) {
				heap[vpn - first] = c;
			}
			st->heaptop = VADDR(vpn + 1);
		}
	}
	st->heapshown = VPN(st->heaptop) - first;
	if (st->heapshown > maxheap) {
		st->heapshown = maxheap;
	}

	/* Stack: its tables, and its pages from the guard's row up */
	for (i = PDX(VSTACK_LOW); i < PDX(VM_USER_TOP); i++) {
		pd = (pt_t *)vwin_map(WS_CHECK, vm->pdframe);
		st->stktables += (pd[i] & PTE_P) != 0;
	}
	st->stkbase = vm->stkbase;
	st->stkpages = vm->stkpages;
	guard = vm->stkbase - PAGE_SIZE;
	st->stkview = guard & ~(MM_ROW * PAGE_SIZE - 1);
	st->stkshown = (VM_USER_TOP - st->stkview) / PAGE_SIZE;
	for (j = 0; stack != NULL && j < st->stkshown; j++) {
		va = st->stkview + j * PAGE_SIZE;
		pte = vm_pte(vm->pdframe, va, WS_CHECK, WS_CHECKPT);
		if (pte != NULL && (*pte & PTE_US)) {
			st->kuser++;		/* never: vmcheck	*/
		}
		if (pte != NULL && (*pte & PTE_STACK)) {
			stack[j] = MM_STACK;
		} else if (va == guard) {
			stack[j] = MM_GUARD;
		} else {
			stack[j] = MM_FREE;
		}
	}

	st->ring3 = proctab[pid].pruser;
	st->c_alloc = vm->nalloc;
	st->c_resident = vm->nresident;
	st->c_swapped = vm->nswapped;
	st->c_slots = vm->nslots;
	st->c_tables = vm->npt;
	restore(mask);
	return OK;
}
