/* vm_teardown.c - vm_teardown */

#include <xinu.h>
#include "vmint.h"

#define	TD_NODES	256	/* free-list nodes released per step	*/

extern	uint32	pager_teardowns;

/*------------------------------------------------------------------------
 * vm_teardown - one step of freeing everything a dead address space
 *	holds: the lowest heap table in use (its frames and swap slots, then
 *	the table), or a batch of free-list nodes, or at last the stack,
 *	the stack's tables and the directory.  TRUE when vm is gone (freed:
 *	the caller unlinks it first), FALSE when steps remain.
 *
 *	Each step is bounded by one table's work, so the pager can let
 *	interrupts in between steps.  Between two steps every counter
 *	matches the tables (vmcheck holds) and any caller (the pager, or a
 *	fault or vcreate that reaps on the spot) may take the next step:
 *	the state is in vm itself.  Only directory entries in use are
 *	visited: the heap's tables are found through vm->ptmap, and the
 *	stack's are where vcreate put them.  Every table and the directory
 *	go back to the region zeroed (ptframe.c): the entries set are
 *	cleared, not the whole frame.  Interrupts off; never the loaded
 *	directory.
 *------------------------------------------------------------------------
 */
bool8	vm_teardown(struct vmproc *vm)
{
	pt_t	*pd, pde, *pte;
	uint32	j, va, first;
	int32	i;
	struct	vrange	*r;
	struct	vmarea	*a;
	pid32	pid = vm->pid;

	/* A heap table in use: in it only until its count of allocated
	   entries is used up */
	if ((i = vm_ptlowest(vm)) != SYSERR) {
		/* one table, released as vfree does; the mask of the
		   interrupts-off state keeps any window closed */
		vm_unmaprange(vm, (uint32)i * NENTRIES, NENTRIES, disable());
		return FALSE;
	}

	/* The free list and the areas: a node per range, maybe many */
	for (j = 0; j < TD_NODES && (r = vm->freelist) != NULL; j++) {
		vm->freelist = r->next;
		freemem((char *)r, sizeof(*r));
	}
	for (; j < TD_NODES && (a = vm->areas) != NULL; j++) {
		vm->areas = a->next;
		freemem((char *)a, sizeof(*a));
	}
	if (vm->freelist != NULL || vm->areas != NULL) {
		return FALSE;
	}

	/* Last: the stack's tables, which map no heap page.  Their only
	   entries are the stack's pages and, below the guard page, the
	   emergency pages (vm_stackgrow): clear that span, then free the
	   tables (entry cleared before the frame goes), the directory
	   (its kernel entries cleared; the heap's went with their tables),
	   the stack itself and vm */
	for (va = vm->stkbase - VSTACK_BELOW; va < VM_USER_TOP;
			va += PAGE_SIZE) {
		if ((pte = vm_pte(vm->pdframe, va, WS_PD, WS_PT)) != NULL) {
			*pte = 0;
		}
	}
	pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	first = PDX(vm->stkbase - VSTACK_BELOW);
	for (j = 0; j < vm->stkpts; j++) {
		pde = pd[first + j];
		pd[first + j] = 0;
		ptframe_free(pde & PTE_FRAME, TRUE);
	}
	for (j = 0; j < KERNEL_PTS; j++) {
		pd[j] = 0;
	}
	pd[PDX(MMIO_BASE)] = 0;		/* the device table's (vcreate)	*/
	ptframe_free(vm->pdframe, TRUE);
	vm_stackrelease(vm);
	freemem((char *)vm->stkblk, vm->stkpages * PAGE_SIZE + PAGE_SIZE);
	if (vm->nresident != 0 || vm->nslots != 0 || vm->nalloc != 0
	    || vm->npt != 0) {
		panic("vm_teardown: pid %d left %d frames, %d slots, %d pages, "
			"%d tables", pid, vm->nresident, vm->nslots, vm->nalloc,
			vm->npt);
	}
	freemem((char *)vm, sizeof(*vm));
	proctab[pid].prvm = NULL;		/* the pid may be reused */
	pager_teardowns++;
	return TRUE;
}
