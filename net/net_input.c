/* net_input.c - net_input */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * net_input - check one received Ethernet frame and pass it on; every
 *	frame that cannot be used is dropped and counted.  The frame is
 *	the caller's (netin's buffer, or a test's): nothing keeps it.
 *	Returns OK when it was passed on, SYSERR when dropped here.
 *------------------------------------------------------------------------
 */
int32	net_input(
	  byte		*frame,
	  int32		len
	)
{
	struct	eth_hdr	*eh = (struct eth_hdr *)frame;

	netstats.rxframes++;
	if (frame == NULL || len < ETH_HDRLEN) {
		netstats.badlen++;
		return SYSERR;
	}
	if (len > ETH_MAXFRAME) {
		netstats.oversize++;
		return SYSERR;
	}
	switch (ntohs(eh->type)) {
	case ETH_TYPE_ARP:
		arp_in(eh, len);
		return OK;
	case ETH_TYPE_IP:
		ip_in(eh, len);
		return OK;
	default:
		netstats.badtype++;
		return SYSERR;
	}
}
