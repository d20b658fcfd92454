/* killproc_fault.c - killproc_fault */

#include <xinu.h>

/*------------------------------------------------------------------------
 * killproc_fault - report an exception caused by the current process and
 *		    kill that process only; does not return
 *------------------------------------------------------------------------
 */
void	killproc_fault(char *what, struct trapframe *tf)
{
	struct	procent *prptr = &proctab[currpid];

	kprintf("\nException: %s (vector %d), error code 0x%x, EIP 0x%08x",
		what, tf->vector, tf->errcode, tf->eip);
	if (tf->vector == IDT_PF) {
		kprintf(", CR2 0x%08x", read_cr2());
	}
	kprintf("\n  in process %d (%s): killed\n", currpid, prptr->prname);
	kill(currpid);
	panic("killproc_fault: kill of process %d returned", currpid);
}
