/* vm_pagefault.c - vm_pagefault */

#include <xinu.h>
#include "vmint.h"

/*
 * The page-fault handler runs in the context of the faulting process, on
 * its stack, with interrupts off for the whole fault: frames, slots and
 * tables change only here, in vmalloc/vfree and in the pager, all with
 * interrupts off, so no lock is needed and no fault can deadlock.
 *
 * Every mapping a fault makes starts with the accessed bit set (PTE_A):
 * the faulting instruction has not retried yet, and until it does, CLOCK
 * must see the page as used, not evict it as the coldest (another fault,
 * or the pager, may run first).
 */

#define	PFERR_P		0x1		/* protection violation, not absent */
#define	PFERR_W		0x2		/* the access was a write	*/

/*------------------------------------------------------------------------
 * vm_segv - the access was not allowed: say so in the lab's one line and
 *	kill only the faulting process; with debug_faults on, add what and
 *	where and return (trap() then reports the exception and kills it)
 *------------------------------------------------------------------------
 */
static	void	vm_segv(struct trapframe *tf, uint32 va, char *why)
{
	if (proctab[currpid].pruser && !TF_USER(tf)) {
		return;		/* the kernel's own, in a system call: trap()
				   panics (its pointers were checked) */
	}
	kprintf("P%d:: SEGMENTATION_FAULT\n", currpid);
	if (debug_faults) {
		kprintf("  (%s at 0x%08x)\n", why, va);
		return;
	}
	kill(currpid);
	panic("vm_segv: kill of process %d returned", currpid);
}

/*------------------------------------------------------------------------
 * vm_cr3_owner - the vcreate process whose directory is loaded, or -1.
 *	In ctxsw the pushes still go to the old process's stack after
 *	currpid names the new one, so a stack fault is charged by CR3.
 *------------------------------------------------------------------------
 */
static	pid32	vm_cr3_owner(void)
{
	uint32	cr3 = read_cr3();
	pid32	pid;

	if (cr3 == sys_pdbr) {
		return -1;
	}
	if (proctab[currpid].prvm != NULL		/* the usual case	*/
	    && proctab[currpid].prpdbr == cr3) {
		return currpid;
	}
	for (pid = 0; pid < NPROC; pid++) {
		if (proctab[pid].prvm != NULL && proctab[pid].prpdbr == cr3) {
			return pid;
		}
	}
	return -1;
}

/*------------------------------------------------------------------------
 * vm_stackfault - an access to the guard page or the emergency pages'
 *	room below a virtual stack.  The process is reported once.  If its
 *	own code was running it is killed; if kernel code was (interrupts
 *	off: a critical section, an interrupt handler, ctxsw), the stack
 *	gets an emergency page so the code can finish, and resched kills
 *	the process next time through.  With the emergency pages spent (or
 *	none to be had) it is killed all the same (dfault.c says why that
 *	is safe).  The kill runs from the top of its stack, as the fault
 *	may have come with no room left for kill's frames.
 *------------------------------------------------------------------------
 */
static	status	vm_stackfault(struct trapframe *tf, pid32 owner,
			struct vmproc *vm, uint32 va)
{
	if (!vm->overflowed) {
		vm->overflowed = TRUE;
		vm_overflows++;
		kprintf("P%d:: STACK_OVERFLOW\n", owner);
		if (debug_faults) {
			kprintf("  (guard page hit at 0x%08x, EIP 0x%08x, "
				"process %s)\n", va, tf->eip,
				proctab[owner].prname);
		}
	}
	if (!(tf->eflags & EFLAGS_IF) && vm_stackgrow(vm) == OK) {
		return OK;
	}
	if (owner != currpid) {
		return SYSERR;		/* in ctxsw (see dfault.c): trap panics */
	}
	stkkill();
	return SYSERR;
}

/* rmap_each callback: one mapping of a page that came back into frame
   sw->f; the slot stays its clean copy unless it was exchanged away */
struct	swapin	{
	int32	f;
	bool8	slotkept;
};

static	void	swapin_one(struct vmproc *vm, uint32 vpn, pt_t *pte, void *arg)
{
	struct	swapin	*sw = (struct swapin *)arg;

	vm->nswapped--;
	vm->nresident++;
	if (!sw->slotkept) {
		vm->nslots--;
	}
	vm_setpte(vm, vpn, pte, sw->f);
}

/*------------------------------------------------------------------------
 * vm_swapin - bring page vpn back from its swap slot into a frame, for
 *	every process that maps it.  The slot stays allocated as a clean
 *	copy: if the page is not written before it is evicted again, the
 *	eviction costs no copy.  (The mappings are read-only meanwhile:
 *	the first write releases the slot, vm_writefault.)
 *------------------------------------------------------------------------
 */
static	status	vm_swapin(struct vmproc *vm, uint32 va)
{
	pt_t	*pte;
	int32	slot;
	bool8	exchanged;
	struct	swapin	sw;

	pte = vm_pte(vm->pdframe, va, WS_PD, WS_PT);
	slot = PTE_SLOT(*pte);
	sw.f = vm_getframe(currpid, VPN(va), FALSE, slot, &exchanged);
	if (sw.f == SYSERR) {
		return SYSERR;
	}
	sw.slotkept = !exchanged;
	if (!exchanged) {
		/* (exchanged: the data and the page's mappings are in the
		   frame already, and the slot is the victim's) */
		pagecopy(vwin_map(WS_DST, FFS_ADDR(sw.f)),
			vwin_map(WS_SRC, SWAP_ADDR(slot)));
		ffstab[sw.f].pg = swaptab[slot].pg;	/* the page moves */
		ffstab[sw.f].slot = slot;
		swaptab[slot].pg.nmaps = 0;		/* a clean copy now */
		swaptab[slot].pg.more = -1;
	}
	rmap_each(&ffstab[sw.f].pg, swapin_one, &sw);
	vm->cnt.swapins++;
	vmtotals.swapins++;
	if (debug_swapping) {
		debug_swapping--;
		kprintf("swapping:: swap frame 0x%x, FFS frame 0x%x\n", slot,
			sw.f);
	}
	return OK;
}

/*------------------------------------------------------------------------
 * vm_writefault - a write to a present heap page mapped read-only although
 *	its protection allows writing.  Either the page is shared
 *	copy-on-write: the writer gets a copy of its own, or, if it holds
 *	the last reference, the page itself; or the frame holds a clean copy
 *	in swap, which the write makes stale: the slot is released.
 *	(CR0.WP makes the kernel's own writes fault too.)
 *------------------------------------------------------------------------
 */
static	void	vm_writefault(struct vmproc *vm, pt_t *pte, uint32 va,
			bool8 shared)
{
	int32	f = FFS_IDX(*pte & PTE_FRAME), g;
	uint32	vpn = VPN(va);
	bool8	exchanged;

	if (ffstab[f].pg.nmaps == 1 || shared) {
		if (ffstab[f].slot >= 0) {
			vm_dropcopy(f);		/* sets this PTE too	*/
		} else {
			vm_setpte(vm, vpn, pte, f);
			vm->cnt.cowreuses++;	/* was shared once	*/
			vmtotals.cowreuses++;
		}
		return;
	}

	/* A copy of its own.  Getting the frame may evict f, or tear down
	   the processes it was shared with: then the access is simply
	   retried, and faults again for what is left to do. */
	g = vm_getframe(currpid, vpn, FALSE, -1, &exchanged);
	if (g == SYSERR) {
		vm_oomkill(currpid);
	}
	pte = vm_pte(vm->pdframe, va, WS_PD, WS_PT);
	if (!(*pte & PTE_P) || (*pte & PTE_FRAME) != FFS_ADDR(f)
	    || ffstab[f].pg.nmaps == 1) {
		ffs_free(g);
		return;
	}
	pagecopy(vwin_map(WS_DST, FFS_ADDR(g)), vwin_map(WS_SRC, FFS_ADDR(f)));
	rmap_delframe(f, currpid, vpn);
	if (ffstab[f].slot >= 0) {	/* no longer maps a clean copy	*/
		vm->nslots--;
	}
	*pte = FFS_ADDR(g) | PTE_HEAP | PTE_RW | PTE_A | PTE_D;
	invlpg((void *)va);
	vm->cnt.cowfaults++;
	vmtotals.cowfaults++;
}

/*------------------------------------------------------------------------
 * vm_pagefault - resolve a page fault; OK when the faulting code may
 *	resume.  SYSERR: an access the process may not make, with
 *	debug_faults on (it was told SEGMENTATION_FAULT; trap() reports the
 *	exception and kills it), or a fault no process can be blamed for
 *	(trap() panics).  Segmentation faults (debug_faults off), stack
 *	overflows and out-of-memory kill the process here.
 *------------------------------------------------------------------------
 */
status	vm_pagefault(struct trapframe *tf)
{
	uint32	va = read_cr2(), ptphys;
	struct	vmproc	*vm;
	pt_t	*pd, *pte;
	int32	f, prot;
	bool8	exchanged, shared = FALSE;
	pt_t	rw = PTE_RW;		/* a first touch's write access	*/
	pid32	owner;

	/* The guard page or the emergency pages below a virtual stack:
	   whichever context ran into it.  Only those pages: an access
	   further down (or to the top of the heap) is no stack overflow,
	   and gets no emergency page; it is a segmentation fault below.
	   Every stack and the pages below it lie above VSTACK_LOW, so a
	   heap fault (the common case) skips the search for the owner. */
	if (va >= VSTACK_LOW && !TF_USER(tf)
	    && (owner = vm_cr3_owner()) >= 0) {
		vm = proctab[owner].prvm;
		if (va < vm->stkbase && va >= vm->stkbase - VSTACK_BELOW) {
			if (va >= vm->stkbase - vm->nemerg * PAGE_SIZE) {
				/* taking this fault overflowed the stack
				   and the page was mapped meanwhile */
				return OK;
			}
			return vm_stackfault(tf, owner, vm, va);
		}
	}

	/* Anything else is the running process's, outside handlers */
	if (currpid == NULLPROC || proctab[currpid].prindepth > 0) {
		return SYSERR;
	}
	vm = proctab[currpid].prvm;
	if (vm == NULL) {
		vm_segv(tf, va, "access to an unmapped address");
		return SYSERR;
	}
	pd = (pt_t *)vwin_map(WS_PD, vm->pdframe);
	ptphys = pd[PDX(va)] & PTE_FRAME;
	pte = (pd[PDX(va)] & PTE_P) ? (pt_t *)vwin_map(WS_PT, ptphys) + PTX(va)
		: NULL;
	if (pte == NULL || !(*pte & (PTE_ALLOC | PTE_STACK))) {
		vm_segv(tf, va, "access to an unallocated page");
		return SYSERR;
	}
	/* A protection other than vmalloc's (read and write, private)
	   exists only where an area says so: the common fault skips the
	   question (vm_pageprot's answer without areas) */
	if (vm->areas != NULL && (*pte & PTE_ALLOC)) {
		prot = vm_areaprot(vm, VPN(va), &shared);
		if (prot == PROT_NONE || ((tf->errcode & PFERR_W)
					  && !(prot & PROT_WRITE))) {
			vm_segv(tf, va, "access the page's protection forbids");
			return SYSERR;
		}
		if (!(prot & PROT_WRITE)) {
			rw = 0;
		}
	}
	if ((*pte & (PTE_P | PTE_RW | PTE_ALLOC)) == (PTE_P | PTE_ALLOC)
	    && (tf->errcode & PFERR_W)) {
		vm_writefault(vm, pte, va, shared);
		return OK;
	}
	if ((tf->errcode & PFERR_P) || (*pte & PTE_P)) {
		vm_segv(tf, va, "access the mapping forbids");
		return SYSERR;
	}

	if (vmtrace_rec) {			/* a fault to resolve	*/
		vmtrace_record(currpid, VPN(va));
	}
	if (*pte & PTE_SWAPPED) {
		if (vm_swapin(vm, va & ~(PAGE_SIZE - 1)) == SYSERR) {
			vm_oomkill(currpid);
		}
		if (tf->eflags & EFLAGS_IF) {
			pager_refill();
		}
		return OK;
	}

	/* First touch: a zero-filled frame */
	f = vm_getframe(currpid, VPN(va), TRUE, -1, &exchanged);
	if (f == SYSERR) {
		vm_oomkill(currpid);
	}
	/* vm_getframe may have used the windows, but not moved the table:
	   it holds this allocated page, and only this process, inside this
	   fault, could free it.  Its window alone is mapped again. */
	pte = (pt_t *)vwin_map(WS_PT, ptphys) + PTX(va);
	*pte = FFS_ADDR(f) | PTE_HEAP | PTE_A | rw;
	vm->nresident++;
	vm->cnt.zfaults++;
	vmtotals.zfaults++;

	/* Ask for a refill of the zeroed pool only now: the pager may run
	   at once, and it uses the same window slots this fault did.  Not
	   if the faulting code had interrupts off: it must not be
	   rescheduled inside its critical section. */
	if (tf->eflags & EFLAGS_IF) {
		pager_refill();
	}
	return OK;
}
