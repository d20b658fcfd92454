/* syscall_dispatch.c - syscall_dispatch */

#include <xinu.h>

/* Every sys_<name> of the list (include/syscalls.h) takes the call's
   arguments and the trap frame (exec rewrites where ring 3 resumes) */
#define	X(name, num, nargs)	\
	extern int32 sys_##name(uint32 *, struct trapframe *);
SYSCALLS(X)
#undef	X

static	int32	(*const systab[NSYSCALLS])(uint32 *, struct trapframe *) = {
#define	X(name, num, nargs)	[num] = sys_##name,
	SYSCALLS(X)
#undef	X
};

/*------------------------------------------------------------------------
 * syscall_dispatch - a user program's system call (trap(), interrupts
 *	off): the number in eax, the arguments in ebx, ecx, edx, esi, edi
 *	and ebp, the result back in eax.  The call runs with interrupts on,
 *	as the same kernel function called by a ring-0 process would.  An
 *	unknown number, or a call from a process that is not a user
 *	program (int $0x80 from ring 0), gets SYSERR.
 *------------------------------------------------------------------------
 */
void	syscall_dispatch(struct trapframe *tf)
{
	uint32	args[SYSCALL_MAXARGS];

	if (!proctab[currpid].pruser || !TF_USER(tf) || tf->eax >= NSYSCALLS
	    || systab[tf->eax] == NULL) {
		tf->eax = (uint32)SYSERR;
		return;
	}
	args[0] = tf->ebx;
	args[1] = tf->ecx;
	args[2] = tf->edx;
	args[3] = tf->esi;
	args[4] = tf->edi;
	args[5] = tf->ebp;
	enable();
	tf->eax = (uint32)systab[tf->eax](args, tf);
	disable();
}
