/* create.c - create, newpid, proc_initstack, proc_copyname, proc_prepare,
 *	      proc_setup */

#include <xinu.h>

/*------------------------------------------------------------------------
 * newpid - find a free process table slot, searching round-robin upward
 *	    from the last one handed out so that pids are not reused at once
 *------------------------------------------------------------------------
 */
pid32	newpid(void)
{
	static	pid32	nextpid = 1;
	uint32	i;
	pid32	pid;

	/* Slots of dead vcreate processes stay taken until the pager has
	   torn their address spaces down: when short, do it right here */
	if (vm_zombies > 0 && prcount + vm_zombies >= NPROC) {
		vm_reap_pending();
	}
	for (i = 0; i < NPROC; i++) {
		pid = nextpid;
		nextpid = (nextpid + 1) % NPROC;
		if (nextpid == NULLPROC) {
			nextpid = 1;
		}
		if (pid != NULLPROC && proctab[pid].prstate == PR_FREE
		    && proctab[pid].prvm == NULL) {	/* not awaiting teardown */
			return pid;
		}
	}
	return (pid32)SYSERR;
}

/*------------------------------------------------------------------------
 * proc_initstack - lay out a new process's first stack frame so that the
 *	first ctxsw to it "returns" into funcaddr with its arguments, and
 *	funcaddr's own return goes to INITRET.  saddr is the address of the
 *	stack's top word as the kernel sees it now; vtop is the address the
 *	process will see it at (they differ for a virtual stack).  Returns
 *	the process's initial stack pointer in the process's view.
 *------------------------------------------------------------------------
 */
char	*proc_initstack(char *saddr, void *funcaddr, uint32 nargs,
			uint32 *args)
{
	uint32	*s = (uint32 *)saddr;	/* kernel's view		*/
	uint32	i;

	*s = STACKMAGIC;		/* marks the top, for debugging	*/
	for (i = nargs; i > 0; i--) {	/* arguments, last one first	*/
		*--s = args[i - 1];
	}
	*--s = (uint32)INITRET;		/* where funcaddr returns to	*/
	*--s = (uint32)funcaddr;	/* where ctxsw returns to	*/
	*--s = 0;			/* ebp: ends backtraces		*/
	*--s = EFLAGS_IF;		/* starts with interrupts on	*/
	for (i = 0; i < 8; i++) {	/* pushal image: all zero	*/
		*--s = 0;
	}
	return (char *)s;
}

/*------------------------------------------------------------------------
 * proc_copyname - copy a process name (truncated) to a kernel buffer.
 *	Done with interrupts on, before create or vcreate takes anything,
 *	so that a bad name pointer kills the caller without leaving a half
 *	made process behind.
 *------------------------------------------------------------------------
 */
void	proc_copyname(char *to, char *name)
{
	int32	i;

	for (i = 0; i < PNMLEN - 1 && name[i] != NULLCH; i++) {
		to[i] = name[i];
	}
	to[i] = NULLCH;
}

/*------------------------------------------------------------------------
 * proc_prepare - check the arguments create and vcreate share, and copy
 *	the name and the process's arguments into the caller's buffers
 *	(with interrupts on, before anything is taken: see proc_copyname)
 *------------------------------------------------------------------------
 */
status	proc_prepare(void *funcaddr, char *name, pri16 priority,
			uint32 nargs, va_list ap, char *pname, uint32 *args)
{
	uint32	i;

	if (funcaddr == NULL || name == NULL || nargs > MAXARGS
			|| priority < 1) {
		return SYSERR;
	}
	proc_copyname(pname, name);
	for (i = 0; i < nargs; i++) {
		args[i] = va_arg(ap, uint32);
	}
	return OK;
}

/*------------------------------------------------------------------------
 * proc_setup - fill a process table entry (shared by create and vcreate)
 *------------------------------------------------------------------------
 */
void	proc_setup(pid32 pid, char *name, pri16 priority, uint32 ssize)
{
	struct	procent	*prptr = &proctab[pid];
	int32	i;

	prcount++;
	prptr->prstate = PR_SUSP;	/* initial state is suspended	*/
	prptr->prprio = priority;
	prptr->prstklen = ssize;
	proc_copyname(prptr->prname, name);
	prptr->prsem = -1;
	prptr->prparent = (pid32)getpid();
	prptr->prhasmsg = FALSE;
	prptr->prdesc[0] = CONSOLE;	/* stdin, stdout, stderr	*/
	prptr->prdesc[1] = CONSOLE;
	prptr->prdesc[2] = CONSOLE;
	for (i = 3; i < NDESC; i++) {
		prptr->prdesc[i] = -1;
	}
	prptr->prpdbr = sys_pdbr;
	prptr->prvm = NULL;
	prptr->prstkphys = NULL;
	prptr->prindepth = 0;
	prptr->pruser = FALSE;		/* ucreate makes it one	*/
	prptr->prprog = -1;
	prptr->prujob = NULL;
	prptr->prstatus = UEXIT_KILLED;
	prptr->prfpuvalid = FALSE;	/* a fresh FPU state at first use */
}

/*------------------------------------------------------------------------
 * create - create a process to start running a function on x86
 *------------------------------------------------------------------------
 */
pid32	create(
	  void		*funcaddr,	/* address of the function	*/
	  uint32	ssize,		/* stack size in bytes		*/
	  pri16		priority,	/* process priority > 0		*/
	  char		*name,		/* name (for debugging)		*/
	  uint32	nargs,		/* number of args that follow	*/
	  ...
	)
{
	intmask	mask;
	pid32	pid;
	struct	procent	*prptr;
	uint32	*saddr;
	uint32	args[MAXARGS];
	va_list	ap;
	char	pname[PNMLEN];
	status	st;

	va_start(ap, nargs);
	st = proc_prepare(funcaddr, name, priority, nargs, ap, pname, args);
	va_end(ap);
	if (st == SYSERR || ssize > MAXSTK) {
		return SYSERR;
	}

	mask = disable();
	if (ssize < MINSTK) {
		ssize = MINSTK;
	}
	ssize = (uint32)roundmb(ssize);
	if (((pid = newpid()) == SYSERR) ||
	    ((saddr = (uint32 *)getstk(ssize + STKSLACK)) == (uint32 *)SYSERR)) {
		restore(mask);
		return SYSERR;
	}

	/* The block is the stack, then STKSLACK zeroed bytes above it */
	proc_setup(pid, pname, priority, ssize);
	prptr = &proctab[pid];
	prptr->prstkphys = (char *)saddr - (ssize + STKSLACK) + sizeof(uint32);
	prptr->prstkphyslen = ssize + STKSLACK;
	*(uint32 *)prptr->prstkphys = STACKMAGIC;	/* overflow guard */
	memset((char *)saddr + sizeof(uint32) - STKSLACK, 0, STKSLACK);
	prptr->prstkbase = (char *)saddr - STKSLACK;
	prptr->prstkptr = proc_initstack(prptr->prstkbase, funcaddr, nargs,
				args);
	restore(mask);
	return pid;
}
