/* receive.c - receive */

#include <xinu.h>

/*------------------------------------------------------------------------
 * receive - wait for a message and return it to the caller
 *------------------------------------------------------------------------
 */
umsg32	receive(void)
{
	intmask	mask;
	struct	procent *prptr;
	umsg32	msg;

	mask = disable();
	prptr = &proctab[currpid];
	if (prptr->prhasmsg == FALSE) {
		prptr->prstate = PR_RECV;
		resched();
	}
	msg = prptr->prmsg;
	prptr->prhasmsg = FALSE;
	restore(mask);
	return msg;
}
