/* ip_send.c - ip_send */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * ip_send - send len bytes of data as one IPv4 datagram of protocol
 *	proto from src to dst (IP_BCAST: to everyone on the wire).  The
 *	next hop is dst itself on our subnet, else the router; its MAC
 *	comes from ARP.  Returns len, or SYSERR.
 *------------------------------------------------------------------------
 */
int32	ip_send(
	  uint32	src,
	  uint32	dst,
	  byte		proto,
	  byte		*data,
	  int32		len
	)
{
	byte	frame[ETH_MAXFRAME];
	struct	eth_hdr	*eh = (struct eth_hdr *)frame;
	struct	ip_hdr	*ip = (struct ip_hdr *)(eh + 1);
	uint32	hop;
	uint16	id;
	intmask	mask;

	if (!NetData.up || data == NULL || len < 0 || len > IP_MAXDATA) {
		return SYSERR;
	}
	hop = dst;
	if (dst != IP_BCAST) {
		if (!NetData.ipvalid) {
			return SYSERR;
		}
		if (dst == IP_ANY || dst == NetData.ipaddr) {
			return SYSERR;	/* no loopback		*/
		}
		if ((dst & NetData.ipmask) != (NetData.ipaddr & NetData.ipmask)) {
			if (NetData.iprouter == IP_ANY) {
				netstats.txerrs++;
				return SYSERR;
			}
			hop = NetData.iprouter;
		}
	}
	if (arp_resolve(hop, eh->dst) != OK) {
		netstats.txerrs++;
		return SYSERR;
	}
	memcpy(eh->src, NetData.mac, ETH_ADDRLEN);
	eh->type = htons(ETH_TYPE_IP);
	ip->verlen = (IP_VERSION << 4) | (IP_HDRLEN / 4);
	ip->tos = 0;
	ip->len = htons(IP_HDRLEN + len);
	mask = disable();
	id = NetData.ipident++;
	restore(mask);
	ip->id = htons(id);
	ip->frag = 0;
	ip->ttl = IP_TTL;
	ip->proto = proto;
	ip->cksum = 0;
	ip->src = htonl(src);
	ip->dst = htonl(dst);
	ip->cksum = net_cksum(ip, IP_HDRLEN, 0);
	memcpy(ip + 1, data, len);
	if (write(ETHER0, (char *)frame, ETH_HDRLEN + IP_HDRLEN + len)
	    == SYSERR) {
		netstats.txerrs++;
		return SYSERR;
	}
	netstats.txframes++;
	return len;
}
