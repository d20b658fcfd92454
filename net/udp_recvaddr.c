/* udp_recvaddr.c - udp_recvaddr */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * udp_recvaddr - wait up to timeout ms for a datagram on slot, copy at
 *	most len bytes of it to buf and its sender to *remip and *remport (when
 *	not NULL); the bytes copied, TIMEOUT, or SYSERR.  The rest of a
 *	longer datagram is lost, as with a socket.  One reader per slot;
 *	the reader's pending messages are cleared (the wake-up is one).
 *------------------------------------------------------------------------
 */
int32	udp_recvaddr(
	  uid32		slot,
	  uint32	*remip,
	  uint16	*remport,
	  char		*buf,
	  int32		len,
	  uint32	timeout
	)
{
	struct	udpentry *up;
	struct	netbuf	*nb;
	intmask	mask;
	int32	n;
	umsg32	msg;

	if (slot < 0 || slot >= UDP_SLOTS || buf == NULL || len < 0
	    || timeout == 0 || timeout > 0x7FFFFFFF) {
		return SYSERR;
	}
	up = &udptab[slot];
	mask = disable();
	if (up->state != UDP_USED || (up->waiter != SYSERR
	    && up->waiter != currpid && proctab[up->waiter].prstate != PR_FREE)) {
		restore(mask);
		return SYSERR;
	}
	if (up->qhead == NULL) {
		recvclr();
		up->waiter = currpid;
		msg = recvtime((int32)timeout);
		if (up->waiter == currpid) {
			up->waiter = SYSERR;
		}
		if (up->state != UDP_USED) {	/* released meanwhile	*/
			restore(mask);
			return SYSERR;
		}
		if (up->qhead == NULL) {
			restore(mask);
			return msg == (umsg32)TIMEOUT ? TIMEOUT : SYSERR;
		}
	}
	nb = up->qhead;
	up->qhead = nb->next;
	if (up->qhead == NULL) {
		up->qtail = NULL;
	}
	up->qcount--;
	restore(mask);

	n = nb->len < len ? nb->len : len;
	memcpy(buf, nb->data, n);
	if (remip != NULL) {
		*remip = nb->srcip;
	}
	if (remport != NULL) {
		*remport = nb->srcport;
	}
	netbuf_free(nb);
	return n;
}
