/* recvclr.c - recvclr */

#include <xinu.h>

/*------------------------------------------------------------------------
 * recvclr - clear incoming message, returning it if one was waiting
 *------------------------------------------------------------------------
 */
umsg32	recvclr(void)
{
	intmask	mask;
	struct	procent *prptr;
	umsg32	msg;

	mask = disable();
	prptr = &proctab[currpid];
	if (prptr->prhasmsg == TRUE) {
		msg = prptr->prmsg;
		prptr->prhasmsg = FALSE;
	} else {
		msg = OK;
	}
	restore(mask);
	return msg;
}
