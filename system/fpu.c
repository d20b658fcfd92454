/* fpu.c - fpuinit, fpu_trap, fpu_switch, fpu_release, fpu_copy */

#include <xinu.h>

/*
 * The x87 FPU belongs to the process whose state it holds (fpu_owner).
 * A context switch to any other process sets CR0.TS, so that process's
 * first FPU instruction raises #NM (vector 7); fpu_trap then saves the
 * owner's state into its process table entry, loads the new process's
 * (or a fresh state, for a process that never used the FPU) and hands it
 * the FPU.  Processes that never touch the FPU cost one CR0 write when
 * switching to them.  Users' code does use it without knowing: GCC's
 * __builtin_apply, which the lab's print wrappers use, saves and
 * restores the x87 return register.  A hardware task switch (the double
 * fault task, dfault.c) sets TS as well: #NM from the owner just clears
 * it.  All of it runs with interrupts off.
 */

pid32	fpu_owner = -1;			/* whose state the FPU holds	*/
static	bool8	fpu_ts = FALSE;		/* TS as fpu_switch last set it	*/

/*------------------------------------------------------------------------
 * fpuinit - the FPU present and initialised, owned by nobody (at boot)
 *------------------------------------------------------------------------
 */
void	fpuinit(void)
{
	write_cr0((read_cr0() & ~(CR0_EM | CR0_TS)) | CR0_MP | CR0_NE);
	asm volatile("fninit");
	fpu_owner = -1;
	fpu_ts = FALSE;
}

/*------------------------------------------------------------------------
 * fpu_trap - #NM: give the FPU to the current process (interrupts off)
 *------------------------------------------------------------------------
 */
void	fpu_trap(void)
{
	struct	procent	*prptr;

	clts();
	fpu_ts = FALSE;
	if (fpu_owner == currpid) {
		return;			/* TS came from a task switch	*/
	}
	if (fpu_owner >= 0) {
		prptr = &proctab[fpu_owner];
		asm volatile("fnsave %0" : "=m"(prptr->prfpu));
		prptr->prfpuvalid = TRUE;
	}
	prptr = &proctab[currpid];
	if (prptr->prfpuvalid) {
		asm volatile("frstor %0" : : "m"(prptr->prfpu));
	} else {
		asm volatile("fninit");
	}
	fpu_owner = currpid;
}

/*------------------------------------------------------------------------
 * fpu_switch - about to run pid: the FPU is usable at once only if its
 *		state is the one loaded (called by resched, interrupts off)
 *------------------------------------------------------------------------
 */
void	fpu_switch(pid32 pid)
{
	bool8	ts = (pid != fpu_owner);

	if (ts != fpu_ts) {
		write_cr0(ts ? read_cr0() | CR0_TS : read_cr0() & ~CR0_TS);
		fpu_ts = ts;
	}
}

/*------------------------------------------------------------------------
 * fpu_release - pid is gone: its FPU state is nobody's (interrupts off)
 *------------------------------------------------------------------------
 */
void	fpu_release(pid32 pid)
{
	proctab[pid].prfpuvalid = FALSE;
	if (fpu_owner == pid) {
		fpu_owner = -1;
	}
}

/*------------------------------------------------------------------------
 * fpu_copy - process to starts with from's FPU state (fork; from is the
 *	      current process; interrupts off)
 *------------------------------------------------------------------------
 */
void	fpu_copy(pid32 from, pid32 to)
{
	struct	procent	*prptr = &proctab[to];

	if (fpu_owner == from) {
		/* fnsave also resets the FPU: load the state back */
		asm volatile("fnsave %0" : "=m"(prptr->prfpu));
		asm volatile("frstor %0" : : "m"(prptr->prfpu));
		prptr->prfpuvalid = TRUE;
	} else {
		memcpy(prptr->prfpu, proctab[from].prfpu, FPU_SAVESZ);
		prptr->prfpuvalid = proctab[from].prfpuvalid;
	}
}
