/* dfault.c - dfinit, dfault_handle, dfkill */

#include <xinu.h>

/*
 * A double fault is taken through a task gate (see idt.c), so the CPU
 * switches to dftss with a stack of its own even when the faulting
 * process's stack is unusable -- the case of a vcreate process running
 * into the guard page below its stack, where pushing the page-fault frame
 * faults again.  The handler (in the double-fault task) reports the
 * fault, then rewrites the interrupted task's saved state in systss so
 * that, when its iret switches back, the process resumes in dfkill on
 * the top of its own stack and kills itself.  Only that process dies.
 */

#define	DFSTK		8192
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
	dftss.eflags = 0x2;			/* interrupts off	*/
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
 * dfault_handle - runs in the double-fault task, interrupts off
 *------------------------------------------------------------------------
 */
void	dfault_handle(void)
{
	struct	procent	*prptr = &proctab[currpid];
	struct	vmproc	*vm = prptr->prvm;

	if (currpid == NULLPROC || !kernel_running
	    || proctab[currpid].prindepth > 0) {
		kprintf("\n\nPANIC: double fault (EIP 0x%08x ESP 0x%08x, pid "
			"%d)\n", systss.eip, systss.esp, currpid);
		qemu_exit(QEMU_EXIT_FAIL);
	}
	/* The stack pointer at or below the bottom of the stack, anywhere
	   down to the stack area's end (a huge frame jumps the guard) */
	if (vm != NULL && systss.esp < vm->stkbase + PAGE_SIZE
	    && systss.esp >= VSTACK_LOW - PAGE_SIZE) {
		kprintf("P%d:: STACK_OVERFLOW\n", currpid);
		kprintf("  (ran into the guard page below 0x%08x, EIP 0x%08x, "
			"process %s)\n", vm->stkbase, systss.eip, prptr->prname);
	} else {
		kprintf("\nException: double fault (vector 8), EIP 0x%08x, "
			"ESP 0x%08x\n  in process %d (%s): killed\n",
			systss.eip, systss.esp, currpid, prptr->prname);
	}

	/* Resume the process in dfkill, on the top of its own stack, in
	   its own address space (a task switch reloads CR3 from the TSS) */
	systss.eip = (uint32)dfkill;
	systss.esp = ((uint32)prptr->prstkbase - 64) & ~0xf;
	systss.ebp = 0;
	systss.eflags = 0x2;
	systss.cr3 = prptr->prpdbr;
	systss.cs = KCODE_SEL;
	systss.ss = systss.ds = systss.es = systss.fs = systss.gs = KDATA_SEL;
}
