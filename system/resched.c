/* resched.c - resched, resched_cntl */

#include <xinu.h>

struct	defer	Defer;

/*------------------------------------------------------------------------
 * stack_overflowed - has the process run past the bottom of its stack?
 *	The lowest word of every stack holds STACKMAGIC (see create); if
 *	it has been overwritten the stack overflowed into memory below it.
 *------------------------------------------------------------------------
 */
static	bool8	stack_overflowed(struct procent *prptr)
{
	uint32	*guard;

	if (prptr->prstkphys == NULL) {
		return FALSE;		/* the null process: boot stack	*/
	}
	guard = (uint32 *)prptr->prstkphys;
	return *guard != STACKMAGIC;
}

/*------------------------------------------------------------------------
 * resched - reschedule the processor to the highest priority eligible
 *	     process (assumes interrupts are disabled)
 *------------------------------------------------------------------------
 */
void	resched(void)
{
	struct	procent	*ptold;
	struct	procent	*ptnew;

	if (Defer.ndefers > 0) {
		Defer.attempt = TRUE;
		return;
	}

	ptold = &proctab[currpid];

	/* A process whose stack overflowed inside a kernel critical section
	   finished that section on an emergency page (dfault.c): it dies
	   now, whatever state it is entering.  It may be at the end of
	   those pages, so kill runs from the top of its stack. */
	if (ptold->prvm != NULL && ptold->prvm->overflowed
	    && ptold->prstate != PR_FREE) {
		stkkill();		/* does not return		*/
	}

	if (ptold->prstate == PR_CURR && stack_overflowed(ptold)) {
		kprintf("P%d:: STACK_OVERFLOW\n", currpid);
		if (debug_faults) {
			kprintf("  (process %s overran its %d-byte stack)\n",
				ptold->prname, ptold->prstklen);
		}
		kill(currpid);		/* does not return		*/
	}

	if (ptold->prstate == PR_CURR) {
		if (ptold->prprio > firstkey(readylist)) {
			return;		/* old process is still eligible */
		}
		ptold->prstate = PR_READY;
		insert(currpid, readylist, ptold->prprio);
	}

	currpid = dequeue(readylist);
	ptnew = &proctab[currpid];
	ptnew->prstate = PR_CURR;
	preempt = QUANTUM;
	vm_switch_stats(ptold, ptnew);
	fpu_switch(currpid);
	ctxsw(&ptold->prstkptr, &ptnew->prstkptr, ptnew->prpdbr);
}

/*------------------------------------------------------------------------
 * resched_cntl - defer rescheduling (used by signaln and the like) so
 *		  that many processes are made ready before one runs
 *------------------------------------------------------------------------
 */
status	resched_cntl(int32 defer)
{
	switch (defer) {
	case DEFER_START:
		if (Defer.ndefers++ == 0) {
			Defer.attempt = FALSE;
		}
		return OK;
	case DEFER_STOP:
		if (Defer.ndefers <= 0) {
			return SYSERR;
		}
		if ((--Defer.ndefers == 0) && Defer.attempt) {
			resched();
		}
		return OK;
	default:
		return SYSERR;
	}
}
