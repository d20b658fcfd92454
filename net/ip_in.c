/* ip_in.c - ip_in */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * ip_in - check an IPv4 datagram (version, header length, total length
 *	against the frame, header checksum) and give it to ICMP or UDP.
 *	Options are skipped; fragments are dropped (no reassembly) and
 *	counted.  Until an address is obtained only UDP is taken (DHCP's
 *	answers may be sent to the address being offered).
 *------------------------------------------------------------------------
 */
void	ip_in(
	  struct eth_hdr *eh,
	  int32		len
	)
{
	struct	ip_hdr	*ip = (struct ip_hdr *)(eh + 1);
	int32	hlen, tlen;
	uint32	dst;

	len -= ETH_HDRLEN;
	if (len < IP_HDRLEN) {
		netstats.badlen++;
		return;
	}
	hlen = (ip->verlen & 0x0F) * 4;
	if ((ip->verlen >> 4) != IP_VERSION || hlen < IP_HDRLEN) {
		netstats.badip++;
		return;
	}
	tlen = ntohs(ip->len);
	if (hlen > len || tlen < hlen || tlen > len) {
		netstats.badlen++;	/* frame padding may follow: > ok */
		return;
	}
	if (net_cksum(ip, hlen, 0) != 0) {
		netstats.badcksum++;
		return;
	}
	if (ntohs(ip->frag) & (IP_MF | IP_OFFMASK)) {
		netstats.frags++;
		return;
	}
	dst = ntohl(ip->dst);
	if (NetData.ipvalid) {
		if (dst != NetData.ipaddr && dst != IP_BCAST
		    && dst != NetData.ipbcast) {
			netstats.notours++;
			return;
		}
		/* A sender on our wire is learnt: the answer must not
		   wait for ARP in netin, which alone reads ARP replies */
		if (((ntohl(ip->src) ^ NetData.ipaddr) & NetData.ipmask) == 0) {
			arp_update(ntohl(ip->src), eh->src, TRUE);
		}
	} else if (ip->proto != IP_PROTO_UDP) {
		netstats.notours++;
		return;
	}
	switch (ip->proto) {
	case IP_PROTO_ICMP:
		icmp_in(ip, hlen, tlen);
		break;
	case IP_PROTO_UDP:
		udp_in(ip, hlen, tlen);
		break;
	default:
		netstats.badproto++;
		break;
	}
}
