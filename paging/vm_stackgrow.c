/* vm_stackgrow.c - vm_stackgrow, vm_stackrelease */

#include <xinu.h>
#include "vmint.h"

/*
 * Emergency stack pages come from a small static pool, not from the heap:
 * the double-fault handler that takes them may have interrupted getmem
 * itself, so it must not call any allocator.
 */

static	byte	emergpool[VSTACK_EMERG_POOL][PAGE_SIZE]
			__attribute__((aligned(PAGE_SIZE)));
static	bool8	emerginuse[VSTACK_EMERG_POOL];
uint32	vm_overflows;			/* virtual stacks that overflowed */

/*------------------------------------------------------------------------
 * vm_stackgrow - map one emergency page below a process's stack (and any
 *	emergency pages it already has).  Runs in the double-fault task with
 *	the process's directory loaded.  SYSERR: none left, or no table.
 *------------------------------------------------------------------------
 */
status	vm_stackgrow(struct vmproc *vm)
{
	uint32	va;
	int32	i;
	pt_t	*pte;

	if (vm->nemerg >= VSTACK_EMERG_MAX) {
		return SYSERR;
	}
	va = vm->stkbase - (vm->nemerg + 1) * PAGE_SIZE;
	pte = vm_pte(vm->pdframe, va, WS_DFPD, WS_DFPT);
	if (pte == NULL || *pte != 0) {
		return SYSERR;		/* vcreate gave the table: never */
	}
	for (i = 0; i < VSTACK_EMERG_POOL && emerginuse[i]; i++) {
		;
	}
	if (i == VSTACK_EMERG_POOL) {
		return SYSERR;
	}
	emerginuse[i] = TRUE;
	vm->emerg[vm->nemerg++] = i;
	*pte = (uint32)emergpool[i] | PTE_P | PTE_RW | PTE_STACK;
	invlpg((void *)va);
	return OK;
}

/*------------------------------------------------------------------------
 * vm_stackrelease - give a dead process's emergency pages back (their
 *		     PTEs go with its stack's page tables)
 *------------------------------------------------------------------------
 */
void	vm_stackrelease(struct vmproc *vm)
{
	int32	i;

	for (i = 0; i < vm->nemerg; i++) {
		emerginuse[vm->emerg[i]] = FALSE;
	}
	vm->nemerg = 0;
}
