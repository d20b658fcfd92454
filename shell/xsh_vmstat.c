/* xsh_vmstat.c - xsh_vmstat */

#include <xinu.h>
#include <shell.h>
#include "../paging/vmint.h"

extern	uint32	pager_teardowns, pager_zeroed, pager_evictions;
extern	uint32	pager_lowwater, vm_ctxsw, vm_cr3loads;
extern	uint32	vmtotals_pool_hits, vmtotals_path_zeroes;

/* One row per vcreate process */
static	void	vmstat_row(pid32 pid)
{
	struct	vmproc	*vm = proctab[pid].prvm;

	printf("%4d %-12s %8u %6u %7u %6u %7u %7u %8u %6u %6u %6u\n", pid,
		proctab[pid].prname, XINU_PAGES + vm->nalloc, vm->nresident,
		vm->nswapped, vm->nslots, vm->cnt.zfaults, vm->cnt.swapins,
		vm->cnt.swapouts, vm->cnt.cleanevicts, vm->cnt.cowfaults,
		vm->cnt.cowreuses);
}

/*------------------------------------------------------------------------
 * xsh_vmstat - per-process virtual memory and the pools' totals
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmstat(int32 nargs, char *args[])
{
	pid32	n;
	pid32	pid;
	intmask	mask;

	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (nargs == 2) {
		if (shellpid(args[0], args[1], &n) != OK) {
			return 1;
		}
	}
	printf(" pid name         virtual  frames swapped  slots "
		"zfaults swapins swapouts  clean copies reuses\n");
	mask = disable();
	for (pid = 0; pid < NPROC; pid++) {
		if (nargs == 2 && pid != (pid32)n) {
			continue;
		}
		if (proctab[pid].prstate == PR_FREE) {
			continue;
		}
		if (proctab[pid].prvm != NULL) {
			vmstat_row(pid);
		} else if (nargs == 2) {
			printf("%4d %-12s %8u      -       -      -       -"
				"       -        -      -      -      -   "
				"(create: no heap)\n",
				pid, proctab[pid].prname, XINU_PAGES);
		}
	}
	restore(mask);
	if (nargs == 2) {
		return 0;
	}
	/* A shared frame counts in the frames column of every process
	   that maps it, once here: the column's sum may exceed the
	   frames in use */
	printf("FFS:   %u of %u frames free (%u zeroed), %u shared by "
		"several mappings\n", free_ffs_pages(), MAX_FFS_SIZE,
		ffs_zero_count, shared_ffs_frames());
	printf("swap:  %u of %u slots free\n", free_swap_pages(),
		MAX_SWAP_SIZE);
	printf("PD/PT: %u of %u frames free\n", free_pt_frames(), MAX_PT_SIZE);
	printf("since boot: %u zero-fill faults (%u from the zeroed pool, "
		"%u zeroed on the path), %u swap-ins, %u swap-outs, "
		"%u clean evictions, %u out-of-memory kills\n",
		vmtotals.zfaults, vmtotals_pool_hits, vmtotals_path_zeroes,
		vmtotals.swapins, vmtotals.swapouts, vmtotals.cleanevicts,
		vmtotals.oomkills);
	printf("copy-on-write: %u pages copied on a write, %u made "
		"writable again (last reference)\n", vmtotals.cowfaults,
		vmtotals.cowreuses);
	printf("pager: %u address spaces torn down, %u frames zeroed, "
		"%u evictions ahead (low-water %u)\n", pager_teardowns,
		pager_zeroed, pager_evictions, pager_lowwater);
	printf("policy: %s; context switches %u, CR3 loads %u\n",
		vmwl_polname(vm_policy), vm_ctxsw, vm_cr3loads);
	if (VM_POL->print != NULL) {	/* the policy's own state	*/
		mask = disable();
		VM_POL->print(stdout);
		restore(mask);
	}
	return 0;
}
