/* vmcounters.c - allocated_virtual_pages, used_ffs_frames, used_swap_frames */

#include <xinu.h>
#include "vmint.h"

struct	vmcounts vmtotals;		/* all processes, since boot	*/
uint32	vmtotals_pool_hits;		/* zero-fills from the pool	*/
uint32	vmtotals_path_zeroes;		/* zero-fills zeroed on the path */
volatile uint32 debug_swapping = 0;

/* The vmproc of a live process, NULL for create()d ones, or SYSERR */
static	struct	vmproc	*vmof(pid32 pid)
{
	if (isbadpid(pid)) {
		return (struct vmproc *)SYSERR;
	}
	return proctab[pid].prvm;
}

/*------------------------------------------------------------------------
 * allocated_virtual_pages - XINU_PAGES plus the pages vmalloc'd now
 *------------------------------------------------------------------------
 */
uint32	allocated_virtual_pages(pid32 pid)
{
	intmask	mask = disable();
	struct	vmproc	*vm = vmof(pid);
	uint32	n;

	n = (vm == (struct vmproc *)SYSERR) ? (uint32)SYSERR
		: XINU_PAGES + (vm ? vm->nalloc : 0);
	restore(mask);
	return n;
}

/*------------------------------------------------------------------------
 * used_ffs_frames - FFS frames backing the process's pages now
 *------------------------------------------------------------------------
 */
uint32	used_ffs_frames(pid32 pid)
{
	intmask	mask = disable();
	struct	vmproc	*vm = vmof(pid);
	uint32	n;

	n = (vm == (struct vmproc *)SYSERR) ? (uint32)SYSERR
		: (vm ? vm->nresident : 0);
	restore(mask);
	return n;
}

/*------------------------------------------------------------------------
 * used_swap_frames - swap slots the process holds (clean copies too)
 *------------------------------------------------------------------------
 */
uint32	used_swap_frames(pid32 pid)
{
	intmask	mask = disable();
	struct	vmproc	*vm = vmof(pid);
	uint32	n;

	n = (vm == (struct vmproc *)SYSERR) ? (uint32)SYSERR
		: (vm ? vm->nslots : 0);
	restore(mask);
	return n;
}

/*------------------------------------------------------------------------
 * vm_switch_stats - count context switches and the CR3 loads among them
 *------------------------------------------------------------------------
 */
uint32	vm_ctxsw, vm_cr3loads;

void	vm_switch_stats(struct procent *old, struct procent *new)
{
	vm_ctxsw++;
	if (old->prpdbr != new->prpdbr) {
		vm_cr3loads++;
	}
}

/*------------------------------------------------------------------------
 * vm_stack_contains - is [a, a + n) inside pid's virtual stack?
 *------------------------------------------------------------------------
 */
bool8	vm_stack_contains(pid32 pid, uint32 a, uint32 n)
{
	struct	vmproc	*vm;

	if (pid < 0 || pid >= NPROC || (vm = proctab[pid].prvm) == NULL) {
		return FALSE;
	}
	return a >= vm->stkbase && a + n <= VM_USER_TOP && a + n > a;
}

/*------------------------------------------------------------------------
 * vm_oomkill - no frame can be had: kill the faulting process only
 *------------------------------------------------------------------------
 */
void	vm_oomkill(pid32 pid)
{
	struct	vmproc	*vm = proctab[pid].prvm;

	kprintf("P%d:: OUT_OF_MEMORY\n", pid);
	vm->cnt.oomkills++;
	vmtotals.oomkills++;
	kill(pid);
	panic("vm_oomkill: kill returned");
}
