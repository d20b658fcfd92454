/* udp_in.c - udp_in, udp_cksum */

#include <xinu.h>
#include <net.h>

struct	udpentry udptab[UDP_SLOTS];

/*------------------------------------------------------------------------
 * udp_cksum - the UDP checksum of a datagram of len bytes (header
 *	included) from src to dst (host order), pseudo-header included
 *------------------------------------------------------------------------
 */
uint16	udp_cksum(
	  uint32	src,
	  uint32	dst,
	  void		*udp,
	  int32		len
	)
{
	uint32	sum;

	sum = (src >> 16) + (src & 0xFFFF) + (dst >> 16) + (dst & 0xFFFF)
		+ IP_PROTO_UDP + (uint32)len;
	return net_cksum(udp, len, sum);
}

/*------------------------------------------------------------------------
 * udp_in - a UDP datagram for us: check it and queue its data on the
 *	slot that matches (local port, and the remote address and port if
 *	the slot names them); wake the slot's reader.  No slot, a full
 *	queue or an empty pool: dropped and counted.
 *------------------------------------------------------------------------
 */
void	udp_in(
	  struct ip_hdr	*ip,
	  int32		hlen,
	  int32		tlen
	)
{
	struct	udp_hdr	*uh = (struct udp_hdr *)((byte *)ip + hlen);
	struct	udpentry *up;
	struct	netbuf	*nb;
	int32	len = tlen - hlen, ulen, i;
	uint32	src = ntohl(ip->src), dst = ntohl(ip->dst);
	uint16	sport, dport;
	intmask	mask;

	if (len < UDP_HDRLEN) {
		netstats.badlen++;
		return;
	}
	ulen = ntohs(uh->len);
	if (ulen < UDP_HDRLEN || ulen > len) {
		netstats.badlen++;
		return;
	}
	if (uh->cksum != 0 && udp_cksum(src, dst, uh, ulen) != 0) {
		netstats.badcksum++;
		return;
	}
	sport = ntohs(uh->sport);
	dport = ntohs(uh->dport);

	mask = disable();
	for (i = 0; i < UDP_SLOTS; i++) {
		up = &udptab[i];
		if (up->state == UDP_USED && up->locport == dport
		    && (up->remip == IP_ANY || up->remip == src)
		    && (up->remport == 0 || up->remport == sport)) {
			break;
		}
	}
	if (i == UDP_SLOTS) {
		netstats.noport++;
		restore(mask);
		return;
	}
	if (up->qcount >= UDP_QSIZ) {
		netstats.qfull++;
		restore(mask);
		return;
	}
	nb = netbuf_get();
	if (nb == NULL) {
		restore(mask);
		return;
	}
	nb->srcip = src;
	nb->srcport = sport;
	nb->len = ulen - UDP_HDRLEN;
	memcpy(nb->data, uh + 1, nb->len);
	nb->next = NULL;
	if (up->qtail == NULL) {
		up->qhead = nb;
	} else {
		up->qtail->next = nb;
	}
	up->qtail = nb;
	up->qcount++;
	if (up->waiter != SYSERR) {
		send(up->waiter, OK);
		up->waiter = SYSERR;
	}
	restore(mask);
}
