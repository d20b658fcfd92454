/* udp_release.c - udp_release */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * udp_release - free a slot and the datagrams still queued on it; a
 *		 reader waiting on it returns SYSERR
 *------------------------------------------------------------------------
 */
status	udp_release(
	  uid32		slot
	)
{
	struct	udpentry *up;
	struct	netbuf	*nb;
	intmask	mask;
	pid32	waiter;

	if (slot < 0 || slot >= UDP_SLOTS) {
		return SYSERR;
	}
	up = &udptab[slot];
	mask = disable();
	if (up->state != UDP_USED) {
		restore(mask);
		return SYSERR;
	}
	up->state = UDP_FREE;
	while ((nb = up->qhead) != NULL) {
		up->qhead = nb->next;
		netbuf_free(nb);
	}
	up->qtail = NULL;
	up->qcount = 0;
	waiter = up->waiter;
	up->waiter = SYSERR;
	if (waiter != SYSERR && proctab[waiter].prstate != PR_FREE) {
		send(waiter, SYSERR);
	}
	restore(mask);
	return OK;
}
