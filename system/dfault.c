/* dfault.c - dfinit, dfault_handle, dfkill, stkkill */

#include <xinu.h>

/*
 * A double fault is taken through a task gate (see idt.c), so the CPU
 * switches to dftss with a stack of its own even when the faulting
 * process's stack is unusable -- the case of a vcreate process running
 * into the guard page below its stack, where pushing the page-fault frame
 * faults again.  The handler (in the double-fault task) reports the
 * fault, then:
 *  - if the process's own code was running (interrupts on), rewrites the
 *    interrupted task's saved state in systss so that, when its iret
 *    switches back, the process resumes in dfkill on the top of its own
 *    stack and kills itself;
 *  - if kernel code was running with interrupts off (a critical section,
 *    an interrupt handler, ctxsw), killing it there would leave that work
 *    half done: the stack gets an emergency page, the code finishes, and
 *    resched kills the process the next time it passes through;
 *  - if the emergency pages are spent (code with interrupts off went
 *    VSTACK_EMERG_MAX pages past the stack: no kernel section needs that
 *    much, so it is the process's own code, e.g. a recursion after
 *    disable(), or a kernel call made from its last bytes), or none can
 *    be had, the process is killed as with interrupts on.  Whatever it
 *    was doing is abandoned; the kernel state a process can hold with
 *    interrupts off is put back by dfkill (see there).
 * Only that process dies, whatever the depth.
 */

#define	DFSTK		8192
#define	DF_EFLAGS	0x2		/* reserved bit 1 only: IF clear */
/* Where a dying process's kill runs: below the top of its stack (its
   first frame and arguments are of no use any more), 16-byte aligned */
#define	DF_STKTOP(prptr) (((uint32)(prptr)->prstkbase - 64) & ~0xf)
static	byte	dfstack[DFSTK] __attribute__((aligned(16)));
extern	void	dftask(void);			/* dftask.S		*/
extern	bool8	kernel_running;

/*------------------------------------------------------------------------
 * dfinit - prepare the double-fault task (after the system directory
 *	    exists: the task runs with it loaded)
 *------------------------------------------------------------------------
 */
void	dfinit(void)
{
	memset(&dftss, 0, sizeof(dftss));
	dftss.eip = (uint32)dftask;
	dftss.esp = (uint32)&dfstack[DFSTK];
	dftss.cs = KCODE_SEL;
	dftss.ss = dftss.ds = dftss.es = dftss.fs = dftss.gs = KDATA_SEL;
	dftss.eflags = DF_EFLAGS;		/* interrupts off	*/
	dftss.cr3 = sys_pdbr;
	dftss.iomap = sizeof(struct tss);
}

/*------------------------------------------------------------------------
 * dfkill - where a process whose stack overflowed is killed, on the top
 *	of its own stack (stkkill, or the double-fault task's resume
 *	point), interrupts off.  Process code may have run with interrupts
 *	off (disable() is theirs to call) and be cut short anywhere, so
 *	first put back what such a process holds of the kernel's state:
 *	 - deferred rescheduling: no process switch happens while
 *	   Defer.ndefers > 0, so every outstanding defer is this process's,
 *	   and nobody would ever end them (kill would find resched refused);
 *	 - prindepth: an interrupt handler it was running will not return;
 *	 - an IRQ in service: the one whose delivery overflowed is
 *	   acknowledged by the double-fault task (trap() acknowledges every
 *	   other one on entry);
 *	 - the mapping window: nothing, every user maps its slot before
 *	   each use, and a slot left pointing at a freed frame is harmless.
 *	A process already marked free was inside its own kill: it is only
 *	switched away from.  Does not return.
 *------------------------------------------------------------------------
 */
void	dfkill(void)
{
	struct	procent	*prptr = &proctab[currpid];

	Defer.ndefers = 0;
	Defer.attempt = FALSE;
	prptr->prindepth = 0;
	if (prptr->prstate != PR_FREE) {
		kill(currpid);	/* returns if it was about to block	*/
	}
	resched();
	panic("dfkill: dead process %d was rescheduled", currpid);
}

/*------------------------------------------------------------------------
 * stkkill - kill the current process, whose stack overflowed and may
 *	have no room left for kill's frames, from the top of that stack
 *	(the frames there are never returned to).  Interrupts off.
 *------------------------------------------------------------------------
 */
void	stkkill(void)
{
	uint32	top = DF_STKTOP(&proctab[currpid]);

	asm volatile("movl %0, %%esp\n\txorl %%ebp, %%ebp\n\tjmp dfkill"
		: : "r"(top) : "memory");
	__builtin_unreachable();
}

/*------------------------------------------------------------------------
 * df_owner - the process whose stack was in use: the vcreate process
 *	whose directory was loaded (ctxsw keeps dftss.cr3 equal to it; in
 *	ctxsw currpid already names the next process while the pushes still
 *	go to the old one's stack), else the current process
 *------------------------------------------------------------------------
 */
static	pid32	df_owner(uint32 cr3)
{
	pid32	pid;

	if (cr3 != sys_pdbr) {
		for (pid = 0; pid < NPROC; pid++) {
			if (proctab[pid].prvm != NULL
			    && proctab[pid].prpdbr == cr3) {
				return pid;
			}
		}
	}
	return currpid;
}

/*------------------------------------------------------------------------
 * dfault_handle - runs in the double-fault task, interrupts off
 *------------------------------------------------------------------------
 */
void	dfault_handle(void)
{
	uint32	cr3 = dftss.cr3;
	pid32	owner = df_owner(cr3);
	struct	procent	*prptr = &proctab[owner];
	struct	vmproc	*vm = prptr->prvm;
	bool8	onstack;

	/* The switch back reloads CR3 from systss, which the CPU did not
	   save: put back the directory the faulting code ran in */
	systss.cr3 = cr3;

	if (!kernel_running || owner == NULLPROC) {
		kprintf("\n\nPANIC: double fault (EIP 0x%08x ESP 0x%08x, pid "
			"%d)\n", systss.eip, systss.esp, owner);
		qemu_exit(QEMU_EXIT_FAIL);
	}

	/* A stack overflow: the stack pointer in the guard page or the
	   emergency pages' room below the stack, or less than a page above
	   its bottom (the frame being pushed crossed it).  Only there: a
	   stack pointer further down (a frame that jumped over the guard,
	   an ESP the process set) or anywhere else unmapped is a
	   segmentation fault, and gets no emergency page. */
	onstack = vm != NULL && systss.esp < vm->stkbase + PAGE_SIZE
		&& systss.esp >= vm->stkbase - VSTACK_BELOW;
	if (onstack && !vm->overflowed) {
		vm->overflowed = TRUE;
		vm_overflows++;
		kprintf("P%d:: STACK_OVERFLOW\n", owner);
		if (debug_faults) {
			kprintf("  (ran into the guard page below 0x%08x, EIP "
				"0x%08x, process %s)\n", vm->stkbase,
				systss.eip, prptr->prname);
		}
	}
	if (!onstack) {
		kprintf("P%d:: SEGMENTATION_FAULT\n", owner);
		if (debug_faults) {
			kprintf("  (double fault: stack pointer 0x%08x outside "
				"its stack, EIP 0x%08x, process %s)\n",
				systss.esp, systss.eip, prptr->prname);
		}
	}

	/* Interrupts were off: kernel code in a critical section (or an
	   interrupt handler) ran out of stack.  Killing here would leave
	   its work half done, so give it an emergency page and let it
	   finish; resched kills the process the next time it runs. */
	if (!(systss.eflags & EFLAGS_IF) && onstack && vm_stackgrow(vm) == OK) {
		return;
	}

	/* Kill it where it stands: its own code (interrupts on), or code
	   with interrupts off that spent the emergency pages (see above).
	   Inside ctxsw the process whose stack overflowed is no longer
	   currpid; it got there through kill or resched, whose frames are
	   shallower than the calls that preceded them, so the pages those
	   got are never spent there. */
	if (owner != currpid) {
		kprintf("\n\nPANIC: double fault of process %d while switching "
			"to %d (EIP 0x%08x ESP 0x%08x)\n", owner, currpid,
			systss.eip, systss.esp);
		qemu_exit(QEMU_EXIT_FAIL);
	}

	/* An interrupt whose delivery pushed the frame that overflowed was
	   never acknowledged (trap() does that); acknowledge it, or its
	   line and every lower one stay blocked. */
	pic_eoi_inservice();

	/* Resume the process in dfkill, on the top of its own stack */
	systss.eip = (uint32)dfkill;
	systss.esp = DF_STKTOP(prptr);
	systss.ebp = 0;
	systss.eflags = DF_EFLAGS;
	systss.cs = KCODE_SEL;
	systss.ss = systss.ds = systss.es = systss.fs = systss.gs = KDATA_SEL;
}
