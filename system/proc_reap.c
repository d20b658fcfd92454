/* proc_reap.c - proc_reap */

#include <xinu.h>

/*------------------------------------------------------------------------
 * proc_reap - release the memory of a process that has just been marked
 *	free.  A create()d process's stack goes back to the heap at once
 *	(even for a suicide: nothing allocates before ctxsw leaves it, as
 *	interrupts are off).  A vcreate process's address space is handed
 *	to the pager, which frees it outside the dying process's context.
 *------------------------------------------------------------------------
 */
void	proc_reap(pid32 pid)
{
	struct	procent *prptr = &proctab[pid];

	fpu_release(pid);
	if (prptr->pruser) {
		uexitstat[pid] = prptr->prstatus;
	}
	if (prptr->prujob != NULL) {	/* a program killed before it ran */
		freemem((char *)prptr->prujob, sizeof(struct ujob));
		prptr->prujob = NULL;
	}
	if (prptr->prvm != NULL) {
		vm_procexit(pid);
	} else if (prptr->prstkphys != NULL) {
		freemem(prptr->prstkphys, prptr->prstkphyslen);
		prptr->prstkphys = NULL;
	}
}
