/* vmcounters.c - allocated_virtual_pages, used_ffs_frames, used_swap_frames,
 *		  shared_ffs_frames */

#include <xinu.h>
#include "vmint.h"

struct	vmcounts vmtotals;		/* all processes, since boot	*/
uint32	vmtotals_pool_hits;		/* zero-fills from the pool	*/
uint32	vmtotals_path_zeroes;		/* zero-fills zeroed on the path */
volatile uint32 debug_swapping = 0;

/* Which per-process figure vm_count reads */
#define	VC_VIRTUAL	0
#define	VC_FRAMES	1
#define	VC_SLOTS	2

/*------------------------------------------------------------------------
 * vm_count - one of a process's figures; SYSERR for a bad pid.  A
 *	      create()d process has the kernel region and nothing else.
 *------------------------------------------------------------------------
 */
static	uint32	vm_count(pid32 pid, int32 which)
{
	intmask	mask = disable();
	struct	vmproc	*vm;
	uint32	n;

	if (isbadpid(pid)) {
		restore(mask);
		return (uint32)SYSERR;
	}
	vm = proctab[pid].prvm;
	switch (which) {
	case VC_VIRTUAL:
		n = XINU_PAGES + (vm ? vm->nalloc : 0);
		break;
	case VC_FRAMES:
		n = vm ? vm->nresident : 0;
		break;
	default:
		n = vm ? vm->nslots : 0;
		break;
	}
	restore(mask);
	return n;
}

/*------------------------------------------------------------------------
 * allocated_virtual_pages - XINU_PAGES plus the pages vmalloc'd now
 *------------------------------------------------------------------------
 */
uint32	allocated_virtual_pages(pid32 pid)
{
	return vm_count(pid, VC_VIRTUAL);
}

/*------------------------------------------------------------------------
 * used_ffs_frames - FFS frames the process maps now; a frame it shares
 *	with others (after fork) counts for each of them, so the sum over
 *	processes may exceed the frames in use (free_ffs_pages counts
 *	physically free frames)
 *------------------------------------------------------------------------
 */
uint32	used_ffs_frames(pid32 pid)
{
	return vm_count(pid, VC_FRAMES);
}

/*------------------------------------------------------------------------
 * used_swap_frames - swap slots the process's pages hold (clean copies
 *	too); a shared slot counts for each process, as frames do
 *------------------------------------------------------------------------
 */
uint32	used_swap_frames(pid32 pid)
{
	return vm_count(pid, VC_SLOTS);
}

/*------------------------------------------------------------------------
 * shared_ffs_frames - FFS frames mapped by more than one PTE now
 *------------------------------------------------------------------------
 */
uint32	shared_ffs_frames(void)
{
	intmask	mask = disable();
	int32	i;
	uint32	n = 0;

	for (i = 0; i < MAX_FFS_SIZE; i++) {
		n += (ffstab[i].state == FS_USED && ffstab[i].pg.nmaps > 1);
	}
	restore(mask);
	return n;
}
