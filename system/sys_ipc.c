/* sys_ipc.c - sys_semcreate, sys_wait, sys_signal, sys_semdelete, sys_send,
 *	       sys_receive, sys_recvtime */

#include <xinu.h>

/*
 * Semaphores and messages for user programs.  A program may use only the
 * semaphores programs made (semtab[].suser): waiting on, signalling or
 * deleting one of the kernel's would reach into the kernel.  It may send
 * only to programs.
 */

/* Is s a semaphore a program made? */
static	bool8	usem(sid32 s)
{
	return !isbadsem(s) && semtab[s].sstate == S_USED && semtab[s].suser;
}

int32	sys_semcreate(uint32 *a, struct trapframe *tf)
{
	intmask	mask = disable();
	sid32	s = semcreate((int32)a[0]);

	if (s != SYSERR) {
		semtab[s].suser = TRUE;
	}
	restore(mask);
	return s;
}

int32	sys_wait(uint32 *a, struct trapframe *tf)
{
	return usem((sid32)a[0]) ? wait((sid32)a[0]) : SYSERR;
}

int32	sys_signal(uint32 *a, struct trapframe *tf)
{
	return usem((sid32)a[0]) ? signal((sid32)a[0]) : SYSERR;
}

int32	sys_semdelete(uint32 *a, struct trapframe *tf)
{
	return usem((sid32)a[0]) ? semdelete((sid32)a[0]) : SYSERR;
}

int32	sys_send(uint32 *a, struct trapframe *tf)
{
	pid32	pid = (pid32)a[0];

	if (isbadpid(pid) || !proctab[pid].pruser) {
		return SYSERR;
	}
	return send(pid, (umsg32)a[1]);
}

int32	sys_receive(uint32 *a, struct trapframe *tf)
{
	return (int32)receive();
}

int32	sys_recvtime(uint32 *a, struct trapframe *tf)
{
	return (int32)recvtime((int32)a[0]);
}
