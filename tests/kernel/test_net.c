/* test_net.c - the network stack on crafted frames, ARP expiry, the UDP
 *		port table's bad arguments, the buffer pool under a burst
 *
 * Frames are handed to net_input directly, as netin would, so these
 * tests run with or without a NIC.  Without one every network call must
 * fail; with one (QEMU user networking, restrict=on) the stack has the
 * address DHCP gave.  Crafted frames come "from" 10.0.2.99, an address
 * of QEMU's internal network that no test ever sends to: nothing here
 * is answered (bad frames are dropped, UDP to a closed port is silent).
 */

#include <xinu.h>
#include <net.h>
#include "testsuite.h"

#define	T_PEER		IP_ADDR(10, 0, 2, 99)	/* crafted sender	*/
#define	T_OURS		IP_ADDR(10, 0, 2, 15)	/* when no DHCP ran	*/
#define	T_PORT		40000			/* first test port	*/
#define	T_TTL		64

static	byte	t_peermac[ETH_ADDRLEN] = { 0x02, 0, 0, 0, 0, 0x99 };
static	byte	t_frame[ETH_MAXFRAME + 64];	/* room for oversize	*/

/* Give the stack an address for the test when DHCP gave none (no NIC),
   and take it back after; returns what to pass to t_addr_end */
static	bool8	t_addr_begin(void)
{
	intmask	mask = disable();
	bool8	had = NetData.ipvalid;

	if (!had) {
		NetData.ipaddr = T_OURS;
		NetData.ipmask = IP_ADDR(255, 255, 255, 0);
		NetData.ipbcast = T_OURS | 0xFF;
		NetData.ipvalid = TRUE;
	}
	restore(mask);
	return had;
}

static	void	t_addr_end(bool8 had)
{
	if (!had) {
		NetData.ipvalid = FALSE;
	}
	arp_delete(T_PEER);
}

/* An Ethernet header to us of the given type; returns the payload */
static	byte	*t_eth(uint16 type)
{
	struct	eth_hdr	*eh = (struct eth_hdr *)t_frame;

	memset(t_frame, 0, sizeof(t_frame));
	memcpy(eh->dst, NetData.mac, ETH_ADDRLEN);
	memcpy(eh->src, t_peermac, ETH_ADDRLEN);
	eh->type = htons(type);
	return t_frame + ETH_HDRLEN;
}

/* An IPv4 datagram from T_PEER to dst with datalen bytes of data after
   the header; returns the frame's length */
static	int32	t_ip(uint32 dst, byte proto, int32 datalen)
{
	struct	ip_hdr	*ip = (struct ip_hdr *)t_eth(ETH_TYPE_IP);

	ip->verlen = (IP_VERSION << 4) | (IP_HDRLEN / 4);
	ip->len = htons(IP_HDRLEN + datalen);
	ip->ttl = T_TTL;
	ip->proto = proto;
	ip->src = htonl(T_PEER);
	ip->dst = htonl(dst);
	ip->cksum = net_cksum(ip, IP_HDRLEN, 0);
	return ETH_HDRLEN + IP_HDRLEN + datalen;
}

static	struct	ip_hdr	*t_iph(void)
{
	return (struct ip_hdr *)(t_frame + ETH_HDRLEN);
}

static	void	t_recksum(void)
{
	int32	hlen = (t_iph()->verlen & 0x0F) * 4;

	t_iph()->cksum = 0;
	t_iph()->cksum = net_cksum(t_iph(), hlen < IP_HDRLEN ? IP_HDRLEN
				   : hlen, 0);
}

/* A UDP datagram to port with datalen bytes; its frame length */
static	int32	t_udp(uint16 port, int32 datalen)
{
	int32	flen = t_ip(getlocalip() == (uint32)SYSERR ? T_OURS
			    : getlocalip(), IP_PROTO_UDP, UDP_HDRLEN + datalen);
	struct	udp_hdr	*uh = (struct udp_hdr *)(t_iph() + 1);

	uh->sport = htons(T_PORT - 1);
	uh->dport = htons(port);
	uh->len = htons(UDP_HDRLEN + datalen);
	uh->cksum = 0;			/* none: allowed in IPv4	*/
	memset(uh + 1, 'u', datalen);
	return flen;
}

/* Feed a frame; the named counter must go up by exactly one */
#define	T_DROP(len, ctr) do {						\
	uint32	_before = netstats.ctr;					\
	net_input(t_frame, (len));					\
	CHECK_EQ(netstats.ctr - _before, 1);				\
} while (0)

TESTCASE(net_bad_frames)
{
	bool8	had = t_addr_begin();
	uint32	us = NetData.ipaddr;
	struct	arp_pkt	*ap;
	struct	icmp_hdr *ic;
	struct	udp_hdr	*uh;
	int32	flen;

	/* Ethernet: too short, NULL, oversize, unknown type */
	t_eth(ETH_TYPE_IP);
	T_DROP(ETH_HDRLEN - 1, badlen);
	T_DROP(0, badlen);
	CHECK_EQ(net_input(NULL, 100), SYSERR);
	T_DROP(ETH_MAXFRAME + 1, oversize);
	T_DROP(sizeof(t_frame), oversize);
	t_eth(0x86DD);				/* IPv6: not spoken	*/
	T_DROP(ETH_MINFRAME, badtype);

	/* ARP: truncated, not Ethernet/IPv4, unknown operation */
	ap = (struct arp_pkt *)t_eth(ETH_TYPE_ARP);
	T_DROP(ETH_HDRLEN + ARP_PKTLEN - 1, badlen);
	ap->htype = htons(6);
	ap->ptype = htons(ETH_TYPE_IP);
	ap->hlen = ETH_ADDRLEN;
	ap->plen = 4;
	ap->op = htons(ARP_OP_REQ);
	T_DROP(ETH_HDRLEN + ARP_PKTLEN, badarp);
	ap->htype = htons(ARP_HTYPE_ETH);
	ap->op = htons(9);
	T_DROP(ETH_HDRLEN + ARP_PKTLEN, badarp);
	ap->op = htons(ARP_OP_REQ);
	ap->hlen = 8;
	T_DROP(ETH_HDRLEN + ARP_PKTLEN, badarp);

	/* IP: truncated header, bad version, header length, total length
	   longer than the frame, bad checksum, fragments, not ours,
	   unknown protocol */
	flen = t_ip(us, IP_PROTO_UDP, UDP_HDRLEN);
	T_DROP(ETH_HDRLEN + IP_HDRLEN - 1, badlen);
	t_iph()->verlen = (6 << 4) | 5;
	t_recksum();
	T_DROP(flen, badip);
	t_iph()->verlen = (IP_VERSION << 4) | 4;	/* 16-byte header */
	t_recksum();
	T_DROP(flen, badip);
	t_iph()->verlen = (IP_VERSION << 4) | 15;	/* past the frame */
	T_DROP(ETH_HDRLEN + IP_HDRLEN + 4, badlen);
	flen = t_ip(us, IP_PROTO_UDP, UDP_HDRLEN);
	t_iph()->len = htons(IP_HDRLEN + UDP_HDRLEN + 1);
	t_recksum();
	T_DROP(flen, badlen);
	t_iph()->len = htons(IP_HDRLEN - 1);
	t_recksum();
	T_DROP(flen, badlen);
	flen = t_ip(us, IP_PROTO_UDP, UDP_HDRLEN);
	t_iph()->cksum ^= htons(0x0100);
	T_DROP(flen, badcksum);
	flen = t_ip(us, IP_PROTO_UDP, UDP_HDRLEN);
	t_iph()->frag = htons(IP_MF);
	t_recksum();
	T_DROP(flen, frags);
	t_iph()->frag = htons(100);			/* a later piece */
	t_recksum();
	T_DROP(flen, frags);
	flen = t_ip(us + 1, IP_PROTO_UDP, UDP_HDRLEN);
	T_DROP(flen, notours);
	flen = t_ip(us, 99, 8);
	T_DROP(flen, badproto);

	/* Options are skipped: a 24-byte header still reaches UDP */
	flen = t_udp(T_PORT, 0);
	memmove((byte *)t_iph() + IP_HDRLEN + 4, t_iph() + 1, UDP_HDRLEN);
	memset(t_iph() + 1, 1, 4);			/* four NOPs	*/
	t_iph()->verlen = (IP_VERSION << 4) | 6;
	t_iph()->len = htons(IP_HDRLEN + 4 + UDP_HDRLEN);
	t_recksum();
	T_DROP(flen + 4, noport);

	/* ICMP: truncated, bad checksum, a type we do not handle */
	flen = t_ip(us, IP_PROTO_ICMP, ICMP_HDRLEN - 1);
	T_DROP(flen, badlen);
	flen = t_ip(us, IP_PROTO_ICMP, ICMP_HDRLEN);
	ic = (struct icmp_hdr *)(t_iph() + 1);
	ic->type = ICMP_ECHOREQ;
	ic->cksum = 0x1234;
	T_DROP(flen, badcksum);
	ic->type = 13;					/* timestamp	*/
	ic->cksum = 0;
	ic->cksum = net_cksum(ic, ICMP_HDRLEN, 0);
	T_DROP(flen, icmpother);

	/* UDP: truncated header, length field too small or too large,
	   bad checksum, no one on the port */
	flen = t_ip(us, IP_PROTO_UDP, UDP_HDRLEN - 1);
	T_DROP(flen, badlen);
	flen = t_udp(T_PORT, 4);
	uh = (struct udp_hdr *)(t_iph() + 1);
	uh->len = htons(UDP_HDRLEN - 1);
	T_DROP(flen, badlen);
	uh->len = htons(UDP_HDRLEN + 5);
	T_DROP(flen, badlen);
	uh->len = htons(UDP_HDRLEN + 4);
	uh->cksum = htons(0x1234);
	T_DROP(flen, badcksum);
	uh->cksum = 0;
	T_DROP(flen, noport);

	t_addr_end(had);
}

TESTCASE(net_arp_expiry)
{
	byte	mac1[ETH_ADDRLEN] = { 2, 0, 0, 0, 0, 1 };
	byte	mac2[ETH_ADDRLEN] = { 2, 0, 0, 0, 0, 2 };
	struct	arp_pkt	*ap;
	intmask	mask;
	int32	i;

	arp_delete(T_PEER);
	arp_update(T_PEER, mac1, FALSE);	/* unknown: not learnt	*/
	mask = disable();
	CHECK_EQ(arp_lookup(T_PEER), SYSERR);
	restore(mask);

	arp_update(T_PEER, mac1, TRUE);
	mask = disable();
	i = arp_lookup(T_PEER);
	restore(mask);
	CHECK(i >= 0 && i < ARP_SIZ);
	if (i < 0 || i >= ARP_SIZ) {
		return;
	}
	CHECK_EQ(arpcache[i].state, AR_RESOLVED);
	CHECK(memcmp(arpcache[i].mac, mac1, ETH_ADDRLEN) == 0);

	/* A gratuitous ARP (sender = target) refreshes the entry */
	ap = (struct arp_pkt *)t_eth(ETH_TYPE_ARP);
	memset(((struct eth_hdr *)t_frame)->dst, 0xFF, ETH_ADDRLEN);
	ap->htype = htons(ARP_HTYPE_ETH);
	ap->ptype = htons(ETH_TYPE_IP);
	ap->hlen = ETH_ADDRLEN;
	ap->plen = 4;
	ap->op = htons(ARP_OP_REPLY);
	memcpy(ap->sha, mac2, ETH_ADDRLEN);
	ap->spa = htonl(T_PEER);
	ap->tpa = htonl(T_PEER);
	CHECK_EQ(net_input(t_frame, ETH_HDRLEN + ARP_PKTLEN), OK);
	CHECK(memcmp(arpcache[i].mac, mac2, ETH_ADDRLEN) == 0);

	/* Just before the timeout it is there; at it, it is gone */
	mask = disable();
	arpcache[i].time = uptime() - (ARP_TIMEOUT - 1000);
	CHECK_EQ(arp_lookup(T_PEER), i);
	arpcache[i].time = uptime() - ARP_TIMEOUT;
	CHECK_EQ(arp_lookup(T_PEER), SYSERR);
	CHECK_EQ(arpcache[i].state, AR_FREE);
	restore(mask);
	CHECK_EQ(arp_delete(T_PEER), SYSERR);	/* nothing left	*/
}

TESTCASE(net_udp_badargs)
{
	uid32	s, s2, slots[UDP_SLOTS];
	char	buf[16];
	int32	i, n;

	if (!NetData.up) {		/* no NIC: everything fails	*/
		CHECK_EQ(udp_register(IP_ANY, 0, T_PORT), SYSERR);
		CHECK_EQ(udp_send(0, buf, 1), SYSERR);
		CHECK_EQ(udp_sendto(0, T_PEER, 7, buf, 1), SYSERR);
		CHECK_EQ(udp_recv(0, buf, sizeof(buf), 10), SYSERR);
		CHECK_EQ(udp_release(0), SYSERR);
		CHECK_EQ(getlocalip(), (uint32)SYSERR);
		CHECK_EQ(icmp_echo(IP_ADDR(10, 0, 2, 2), 1, 1, 8, 100),
			 SYSERR);
		return;
	}
	/* Bad slots, everywhere */
	CHECK_EQ(udp_send(-1, buf, 1), SYSERR);
	CHECK_EQ(udp_send(UDP_SLOTS, buf, 1), SYSERR);
	CHECK_EQ(udp_recv(-1, buf, 1, 10), SYSERR);
	CHECK_EQ(udp_recv(UDP_SLOTS, buf, 1, 10), SYSERR);
	CHECK_EQ(udp_recvaddr(0x7FFFFFFF, NULL, NULL, buf, 1, 10), SYSERR);
	CHECK_EQ(udp_release(-5), SYSERR);
	CHECK_EQ(udp_sendto(UDP_SLOTS, T_PEER, 7, buf, 1), SYSERR);

	s = udp_register(IP_ANY, 0, T_PORT);
	CHECK(s >= 0 && s < UDP_SLOTS);
	if (s < 0 || s >= UDP_SLOTS) {
		return;
	}
	CHECK_EQ(udp_register(IP_ANY, 0, T_PORT), SYSERR);	/* taken */
	CHECK_EQ(udp_register(IP_BCAST, 7, T_PORT + 1), SYSERR);
	CHECK_EQ(udp_send(s, buf, 1), SYSERR);	/* no remote named	*/
	CHECK_EQ(udp_sendto(s, IP_ANY, 7, buf, 1), SYSERR);
	CHECK_EQ(udp_sendto(s, T_PEER, 0, buf, 1), SYSERR);
	CHECK_EQ(udp_sendto(s, T_PEER, 7, NULL, 1), SYSERR);
	CHECK_EQ(udp_sendto(s, T_PEER, 7, buf, -1), SYSERR);
	CHECK_EQ(udp_sendto(s, T_PEER, 7, buf, UDP_MAXDATA + 1), SYSERR);
	CHECK_EQ(udp_recv(s, NULL, 1, 10), SYSERR);
	CHECK_EQ(udp_recv(s, buf, -1, 10), SYSERR);
	CHECK_EQ(udp_recv(s, buf, sizeof(buf), 0), SYSERR);
	CHECK_EQ(udp_recv(s, buf, sizeof(buf), 20), TIMEOUT);

	/* A datagram waits on the slot, and is cut to the reader's room */
	n = t_udp(T_PORT, 10);
	CHECK_EQ(net_input(t_frame, n), OK);
	CHECK_EQ(udp_recv(s, buf, 4, 10), 4);
	CHECK(memcmp(buf, "uuuu", 4) == 0);
	CHECK_EQ(udp_recv(s, buf, sizeof(buf), 10), TIMEOUT);

	/* The table fills up; a released slot is refused, then reused */
	for (i = 0; i < UDP_SLOTS; i++) {
		slots[i] = SYSERR;
	}
	for (i = 0; i < UDP_SLOTS; i++) {
		slots[i] = udp_register(IP_ANY, 0, 0);	/* any port	*/
		if (slots[i] == SYSERR) {
			break;
		}
	}
	CHECK(i < UDP_SLOTS);			/* s holds one		*/
	CHECK_EQ(udp_register(IP_ANY, 0, T_PORT + 2), SYSERR);
	for (i = 0; i < UDP_SLOTS; i++) {
		if (slots[i] != SYSERR) {
			CHECK_EQ(udp_release(slots[i]), OK);
		}
	}
	CHECK_EQ(udp_release(s), OK);
	CHECK_EQ(udp_release(s), SYSERR);
	CHECK_EQ(udp_send(s, buf, 1), SYSERR);
	CHECK_EQ(udp_recv(s, buf, 1, 10), SYSERR);
	s2 = udp_register(T_PEER, 7, T_PORT);
	CHECK(s2 != SYSERR);
	CHECK_EQ(udp_release(s2), OK);
	arp_delete(T_PEER);
}

TESTCASE(net_pool_burst)
{
	uid32	slots[UDP_SLOTS];
	int32	i, j, n, queued, flen;
	uint32	nobufs0, qfull0;
	char	buf[UDP_MAXDATA];

	if (!NetData.up) {
		CHECK_EQ(netbuf_nfree, NETBUFS);
		return;
	}
	CHECK_EQ(netbuf_nfree, NETBUFS);
	for (i = 0; i < UDP_SLOTS; i++) {
		slots[i] = udp_register(IP_ANY, 0, T_PORT + i);
		CHECK(slots[i] != SYSERR);
	}
	nobufs0 = netstats.nobufs;
	qfull0 = netstats.qfull;

	/* More datagrams than the pool holds: UDP_SLOTS x 2 x UDP_QSIZ */
	for (j = 0; j < 2 * UDP_QSIZ; j++) {
		for (i = 0; i < UDP_SLOTS; i++) {
			flen = t_udp(T_PORT + i, UDP_MAXDATA);
			net_input(t_frame, flen);
			CHECK(netbuf_nfree >= 0);
		}
	}
	CHECK_EQ(netbuf_nfree, 0);
	queued = 0;
	for (i = 0; i < UDP_SLOTS; i++) {
		CHECK(udptab[slots[i]].qcount <= UDP_QSIZ);
		queued += udptab[slots[i]].qcount;
	}
	CHECK_EQ(queued, NETBUFS);
	CHECK_EQ((netstats.nobufs - nobufs0) + (netstats.qfull - qfull0),
		 UDP_SLOTS * 2 * UDP_QSIZ - NETBUFS);

	/* Reading gives buffers back; releasing gives back the rest */
	n = udp_recv(slots[0], buf, sizeof(buf), 10);
	CHECK_EQ(n, UDP_MAXDATA);
	CHECK_EQ(netbuf_nfree, 1);
	for (i = 0; i < UDP_SLOTS; i++) {
		CHECK_EQ(udp_release(slots[i]), OK);
	}
	CHECK_EQ(netbuf_nfree, NETBUFS);
	arp_delete(T_PEER);
}

/* With the NIC: QEMU's gateway answers a ping (its internal address) */
TESTCASE(net_ping_gateway)
{
	int32	rtt, i;

	if (!NetData.up) {
		CHECK_EQ(net_ready(), SYSERR);
		return;
	}
	CHECK_EQ(net_ready(), OK);
	rtt = TIMEOUT;
	for (i = 0; i < 3 && rtt == TIMEOUT; i++) {
		rtt = icmp_echo(IP_ADDR(10, 0, 2, 2), 0x7e57, i, PING_DATALEN,
				PING_WAITMS * 5);
	}
	CHECK(rtt >= 0);
	CHECK_EQ(icmp_echo(IP_ADDR(10, 0, 2, 2), 1, 1, PING_DATALEN + 1, 100),
		 SYSERR);
	CHECK_EQ(icmp_echo(IP_BCAST, 1, 1, 8, 100), SYSERR);
}
