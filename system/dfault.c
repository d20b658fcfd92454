/* dfault.c - dfinit, dfault_handle, dfkill */

#include <xinu.h>

/*
 * A double fault is taken through a task gate (see idt.c), so the CPU
 * switches to dftss with a stack of its own even when the faulting
 * process's stack is unusable -- the case of a vcreate process running
 * into the guard page below its stack, where pushing the page-fault frame
 * faults again.  The handler (in the double-fault task) reports the
 * overflow, then:
 *  - if the process's own code was running (interrupts on), rewrites the
 *    interrupted task's saved state in systss so that, when its iret
 *    switches back, the process resumes in dfkill on the top of its own
 *    stack and kills itself;
 *  - if kernel code was running with interrupts off (a critical section,
 *    an interrupt handler, ctxsw), killing it there would leave that work
 *    half done: the stack gets an emergency page, the code finishes, and
 *    resched kills the process the next time it passes through.
 * Only that process dies.
 */

#define	DFSTK		8192
#define	DF_EFLAGS	0x2		/* reserved bit 1 only: IF clear */
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
 * dfkill - where a double-faulting process resumes: it kills itself
 *------------------------------------------------------------------------
 */
static	void	dfkill(void)
{
	kill(currpid);
	panic("dfkill: kill of process %d returned", currpid);
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

	/* The stack pointer at or below the bottom of the stack, anywhere
	   down to the stack area's end (a huge frame jumps the guard) */
	onstack = vm != NULL && systss.esp < vm->stkbase + PAGE_SIZE
		&& systss.esp >= VSTACK_LOW - PAGE_SIZE;
	if (onstack && !vm->overflowed) {
		vm->overflowed = TRUE;
		kprintf("P%d:: STACK_OVERFLOW\n", owner);
		if (debug_faults) {
			kprintf("  (ran into the guard page below 0x%08x, EIP "
				"0x%08x, process %s)\n", vm->stkbase,
				systss.eip, prptr->prname);
		}
	}

	/* Interrupts were off: kernel code in a critical section (or an
	   interrupt handler) ran out of stack.  Killing here would leave
	   its work half done, so give it an emergency page and let it
	   finish; resched kills the process the next time it runs. */
	if (!(systss.eflags & EFLAGS_IF)) {
		if (onstack && vm_stackgrow(vm) == OK) {
			return;
		}
		kprintf("\n\nPANIC: double fault with interrupts off (EIP "
			"0x%08x ESP 0x%08x, pid %d %s)\n", systss.eip,
			systss.esp, owner, prptr->prname);
		qemu_exit(QEMU_EXIT_FAIL);
	}

	/* The process's own code: kill it where it stands.  An interrupt
	   whose delivery pushed the frame that overflowed was never
	   acknowledged (trap() does that); acknowledge it, or its line and
	   every lower one stay blocked. */
	if (!onstack) {
		kprintf("\nException: double fault (vector 8), EIP 0x%08x, "
			"ESP 0x%08x\n  in process %d (%s): killed\n",
			systss.eip, systss.esp, owner, prptr->prname);
	}
	pic_eoi_inservice();
	prptr->prindepth = 0;

	/* Resume the process in dfkill, on the top of its own stack */
	systss.eip = (uint32)dfkill;
	systss.esp = ((uint32)prptr->prstkbase - 64) & ~0xf;
	systss.ebp = 0;
	systss.eflags = DF_EFLAGS;
	systss.cs = KCODE_SEL;
	systss.ss = systss.ds = systss.es = systss.fs = systss.gs = KDATA_SEL;
}
