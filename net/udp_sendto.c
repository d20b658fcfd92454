/* udp_sendto.c - udp_sendto */

#include <xinu.h>
#include <net.h>


/*------------------------------------------------------------------------
 * udp_sendto - send len bytes from slot's local port to remip/remport;
 *	OK or SYSERR (bad slot or arguments, no address, no ARP answer).
 *	Before an address is obtained only broadcasts go (from 0.0.0.0):
 *	that is how DHCP asks.
 *------------------------------------------------------------------------
 */
status	udp_sendto(
	  uid32		slot,
	  uint32	remip,
	  uint16	remport,
	  char		*buf,
	  int32		len
	)
{
	byte	pkt[UDP_HDRLEN + UDP_MAXDATA];
	struct	udp_hdr	*uh = (struct udp_hdr *)pkt;
	uint16	locport;
	uint32	src;
	intmask	mask;

	if (slot < 0 || slot >= UDP_SLOTS || buf == NULL || len < 0
	    || len > UDP_MAXDATA || remip == IP_ANY || remport == 0) {
		return SYSERR;
	}
	mask = disable();
	if (udptab[slot].state != UDP_USED) {
		restore(mask);
		return SYSERR;
	}
	locport = udptab[slot].locport;
	restore(mask);
	if (!NetData.up || (!NetData.ipvalid && remip != IP_BCAST)) {
		return SYSERR;
	}
	src = NetData.ipvalid ? NetData.ipaddr : IP_ANY;
	uh->sport = htons(locport);
	uh->dport = htons(remport);
	uh->len = htons(UDP_HDRLEN + len);
	uh->cksum = 0;
	memcpy(pkt + UDP_HDRLEN, buf, len);
	uh->cksum = udp_cksum(src, remip, pkt, UDP_HDRLEN + len);
	if (uh->cksum == 0) {
		uh->cksum = 0xFFFF;	/* 0 would mean "none"		*/
	}
	if (ip_send(src, remip, IP_PROTO_UDP, pkt, UDP_HDRLEN + len)
	    == SYSERR) {
		return SYSERR;
	}
	return OK;
}
