/* sys_proc.c - sys_exit, sys_getpid, sys_getprio, sys_sleep, sys_sleepms,
 *		sys_yield, sys_kill, sys_uptime, sys_fork */

#include <xinu.h>

/*
 * The process calls of user programs (include/syscalls.h): each checks its
 * arguments as the kernel function does, and a program may act on user
 * programs only (kill), never on the kernel's processes.
 */

int32	sys_exit(uint32 *a, struct trapframe *tf)
{
	proctab[currpid].prstatus = (int32)a[0];	/* uexitstatus	*/
	kill(currpid);
	return SYSERR;
}

int32	sys_getpid(uint32 *a, struct trapframe *tf)
{
	return currpid;
}

int32	sys_getprio(uint32 *a, struct trapframe *tf)
{
	return getprio((pid32)a[0]);
}

int32	sys_sleep(uint32 *a, struct trapframe *tf)
{
	return sleep((int32)a[0]);
}

int32	sys_sleepms(uint32 *a, struct trapframe *tf)
{
	return sleepms((int32)a[0]);
}

int32	sys_yield(uint32 *a, struct trapframe *tf)
{
	return yield();
}

int32	sys_kill(uint32 *a, struct trapframe *tf)
{
	pid32	pid = (pid32)a[0];

	if (isbadpid(pid) || !proctab[pid].pruser) {
		return SYSERR;
	}
	return kill(pid);
}

int32	sys_uptime(uint32 *a, struct trapframe *tf)
{
	return (int32)uptime();
}

int32	sys_fork(uint32 *a, struct trapframe *tf)
{
	/* The child's kernel stack is a copy of this one, trap frame
	   included: it returns 0 from here and leaves for ring 3 where
	   the parent will */
	return fork();
}
