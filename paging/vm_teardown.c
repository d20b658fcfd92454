/* vm_teardown.c - vm_teardown */

#include <xinu.h>
#include "vmint.h"

#define	TD_NODES	256	/* free-list nodes released per step	*/

extern	uint32	pager_teardowns;

/*------------------------------------------------------------------------
 * vm_teardown - one step of freeing everything a dead address space
 *	holds: the next heap table in use (its frames and swap slots, then
 *	the table), or a batch of free-list nodes, or at last the stack,
 *	the stack's tables and the directory.  TRUE when vm is gone (freed:
 *	the caller unlinks it first), FALSE when steps remain.
 *
 *	Each step is bounded by one table's work, so the pager can let
 *	interrupts in between steps.  Between two steps every counter
 *	matches the tables (vmcheck holds) and any caller (the pager, or a
 *	fault or vcreate that reaps on the spot) may take the next step:
 *	the state is in vm itself, and vm->tdnext only skips directory
 *	entries already freed.  Interrupts off; never the loaded directory.
 *------------------------------------------------------------------------
 */
bool8	vm_teardown(struct vmproc *vm)
{
	pt_t	*pd, *pt, pde;
	uint32	i, j;
	struct	vrange	*r;
	pid32	pid = vm->pid;

	/* A heap table in use: only tables that are present, and in each
	   only until its count of allocated entries is used up */
	if (vm->tdnext < KERNEL_PTS) {
		vm->tdnext = KERNEL_PTS;
	}
	pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	for (i = vm->tdnext; i < PDX(VSTACK_LOW) && vm->npt > 0; i++) {
		pde = pd[i];
		if (!(pde & PTE_P) || PT_NUSED(pde) == 0) {
			continue;		/* no heap table: see below */
		}
		pt = (pt_t *)vwin_map(WS_PT, pde & PTE_FRAME);
		for (j = 0; j < NENTRIES && PT_NUSED(pde) > 0; j++) {
			if (pt[j] & PTE_ALLOC) {
				vm_release_page(vm, &pt[j]);
				PT_NUSED(pde)--;
				vm->nalloc--;
			}
		}
		vm_ptdrop(vm, i);
		vm->tdnext = i + 1;
		return FALSE;
	}
	vm->tdnext = PDX(VSTACK_LOW);

	/* The free list: it may hold a node per freed range */
	for (j = 0; j < TD_NODES && (r = vm->freelist) != NULL; j++) {
		vm->freelist = r->next;
		freemem((char *)r, sizeof(*r));
	}
	if (vm->freelist != NULL) {
		return FALSE;
	}

	/* Last: the tables left, which map no heap page (the stack's;
	   entry cleared before the frame goes), the directory, the stack
	   itself and vm */
	for (i = KERNEL_PTS; i < PDX(VM_USER_TOP); i++) {
		pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
		pde = pd[i];
		if (pde & PTE_P) {
			pd[i] = 0;
			ptframe_free(pde & PTE_FRAME);
		}
	}
	ptframe_free(vm->pdframe);
	vm_stackrelease(vm);
	freemem((char *)vm->stkblk, vm->stkpages * PAGE_SIZE + PAGE_SIZE);
	if (vm->nresident != 0 || vm->nslots != 0 || vm->nalloc != 0) {
		panic("vm_teardown: pid %d left %d frames, %d slots, %d pages",
			pid, vm->nresident, vm->nslots, vm->nalloc);
	}
	freemem((char *)vm, sizeof(*vm));
	proctab[pid].prvm = NULL;		/* the pid may be reused */
	pager_teardowns++;
	return TRUE;
}
