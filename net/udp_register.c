/* udp_register.c - udp_register */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * udp_register - reserve a slot for datagrams to local port locport
 *	(0: a free port is picked) from remip/remport (IP_ANY and 0: from
 *	anyone; a server's slot).  The slot's index, or SYSERR when the
 *	network is down, the table is full, or the same triple is taken.
 *------------------------------------------------------------------------
 */
uid32	udp_register(
	  uint32	remip,
	  uint16	remport,
	  uint16	locport
	)
{
	intmask	mask;
	int32	i, slot = SYSERR;
	static	uint16	nextport = UDP_EPHEMERAL;
	struct	udpentry *up;

	if (!NetData.up || remip == IP_BCAST) {
		return SYSERR;
	}
	mask = disable();
	if (locport == 0) {		/* a port no slot uses		*/
		for (;;) {
			locport = nextport++;
			if (nextport == 0) {
				nextport = UDP_EPHEMERAL;
			}
			for (i = 0; i < UDP_SLOTS; i++) {
				if (udptab[i].state == UDP_USED
				    && udptab[i].locport == locport) {
					break;
				}
			}
			if (i == UDP_SLOTS) {
				break;	/* UDP_SLOTS < ports: ends	*/
			}
		}
	}
	for (i = 0; i < UDP_SLOTS; i++) {
		up = &udptab[i];
		if (up->state == UDP_FREE) {
			if (slot == SYSERR) {
				slot = i;
			}
		} else if (up->locport == locport && up->remip == remip
			   && up->remport == remport) {
			restore(mask);
			return SYSERR;
		}
	}
	if (slot != SYSERR) {
		up = &udptab[slot];
		up->state = UDP_USED;
		up->remip = remip;
		up->remport = remport;
		up->locport = locport;
		up->qhead = up->qtail = NULL;
		up->qcount = 0;
		up->waiter = SYSERR;
	}
	restore(mask);
	return slot;
}
