/* net.h - the network stack: Ethernet II, ARP, IPv4, ICMP echo, UDP, DHCP
 *
 * One process, netin, reads frames from ETHER0 and hands each to
 * net_input, which checks and dispatches it: ARP is answered and cached,
 * ICMP echo requests are answered and replies given to the pinging
 * process, UDP datagrams are queued on the port table's slot.  Queued
 * datagrams live in a fixed pool of NETBUFS buffers: when it (or a slot's
 * queue) is full, a datagram is dropped and counted, so a flood never
 * takes kernel memory.  Every malformed frame is dropped and counted in
 * netstats.  Addresses and ports are kept in host byte order.
 */

#ifndef _NET_H_
#define _NET_H_

#include <ether.h>

/* Byte order: the wire is big-endian, the i386 little-endian */
#define	htons(x)	((uint16)((((x) & 0xFF) << 8) | (((x) >> 8) & 0xFF)))
#define	ntohs(x)	htons(x)
#define	htonl(x)	((((uint32)(x) & 0xFF) << 24) \
			 | (((uint32)(x) & 0xFF00) << 8) \
			 | (((uint32)(x) >> 8) & 0xFF00) \
			 | (((uint32)(x) >> 24) & 0xFF))
#define	ntohl(x)	htonl(x)

#define	IP_ADDR(a, b, c, d) (((uint32)(a) << 24) | ((uint32)(b) << 16) \
			     | ((uint32)(c) << 8) | (uint32)(d))
#define	IP_FMT		"%d.%d.%d.%d"	/* printf an address with IP_ARGS */
#define	IP_ARGS(a)	(int32)((a) >> 24), (int32)(((a) >> 16) & 0xFF), \
			(int32)(((a) >> 8) & 0xFF), (int32)((a) & 0xFF)
#define	IP_BCAST	0xFFFFFFFF	/* limited broadcast		*/
#define	IP_ANY		0		/* 0.0.0.0			*/

/* Ethernet II */
#define	ETH_TYPE_IP	0x0800
#define	ETH_TYPE_ARP	0x0806

struct	eth_hdr {
	byte	dst[ETH_ADDRLEN];
	byte	src[ETH_ADDRLEN];
	uint16	type;
} __attribute__((packed));

/* ARP (Ethernet / IPv4 only) */
#define	ARP_HTYPE_ETH	1
#define	ARP_OP_REQ	1
#define	ARP_OP_REPLY	2
#define	ARP_PKTLEN	28

struct	arp_pkt {
	uint16	htype, ptype;
	byte	hlen, plen;
	uint16	op;
	byte	sha[ETH_ADDRLEN];
	uint32	spa;
	byte	tha[ETH_ADDRLEN];
	uint32	tpa;
} __attribute__((packed));

#define	ARP_SIZ		16		/* cache entries		*/
#define	ARP_TIMEOUT	(300 * 1000)	/* ms an entry stays valid	*/
#define	ARP_RETRIES	3		/* requests before giving up	*/
#define	ARP_RETRYMS	300		/* ms to wait for each reply	*/
#define	ARP_POLLMS	5		/* how often a resolver looks	*/

#define	AR_FREE		0
#define	AR_PENDING	1		/* asked, no answer yet		*/
#define	AR_RESOLVED	2

struct	arpentry {
	int32	state;
	uint32	ip;
	byte	mac[ETH_ADDRLEN];
	uint32	time;			/* uptime() when last confirmed	*/
};

/* IPv4 */
#define	IP_VERSION	4
#define	IP_HDRLEN	20		/* without options		*/
#define	IP_TTL		64
#define	IP_MF		0x2000		/* more fragments		*/
#define	IP_OFFMASK	0x1FFF		/* fragment offset		*/
#define	IP_PROTO_ICMP	1
#define	IP_PROTO_UDP	17
#define	IP_MAXDATA	(ETH_MTU - IP_HDRLEN)

struct	ip_hdr {
	byte	verlen;			/* version 4, header length / 4	*/
	byte	tos;
	uint16	len;			/* header and data		*/
	uint16	id;
	uint16	frag;			/* flags, offset		*/
	byte	ttl;
	byte	proto;
	uint16	cksum;
	uint32	src;
	uint32	dst;
} __attribute__((packed));

/* ICMP echo */
#define	ICMP_ECHOREPLY	0
#define	ICMP_ECHOREQ	8
#define	ICMP_HDRLEN	8
#define	ICMP_SLOTS	4		/* pings waiting at once	*/

struct	icmpslot {			/* a ping waiting for its reply	*/
	pid32	pid;			/* SYSERR: free			*/
	uint32	ip;
	uint16	id, seq;
};
extern	struct	icmpslot icmpslots[];

struct	icmp_hdr {
	byte	type, code;
	uint16	cksum;
	uint16	id, seq;
} __attribute__((packed));

/* UDP */
#define	UDP_HDRLEN	8
#define	UDP_SLOTS	8		/* port table entries		*/
#define	UDP_QSIZ	8		/* datagrams a slot may hold	*/
#define	UDP_MAXDATA	(IP_MAXDATA - UDP_HDRLEN)
#define	UDP_EPHEMERAL	49152		/* first port udp_register picks */

struct	udp_hdr {
	uint16	sport, dport;
	uint16	len;			/* header and data		*/
	uint16	cksum;			/* 0: not computed		*/
} __attribute__((packed));

/* A datagram waiting on a UDP slot: from the fixed pool */
#define	NETBUFS		32		/* the whole pool		*/

struct	netbuf {
	struct	netbuf	*next;
	uint32	srcip;
	uint16	srcport;
	int32	len;
	byte	data[UDP_MAXDATA];
};

#define	UDP_FREE	0
#define	UDP_USED	1

struct	udpentry {
	int32	state;
	uint32	remip;			/* IP_ANY: from anyone		*/
	uint16	remport;		/* 0: from any port		*/
	uint16	locport;
	struct	netbuf	*qhead, *qtail;	/* datagrams, oldest first	*/
	int32	qcount;
	pid32	waiter;			/* process in udp_recv, or -1	*/
};

/* The interface's addresses (host order) */
struct	netinfo	{
	bool8	up;			/* ETHER0 opened		*/
	bool8	ipvalid;		/* an address was obtained	*/
	uint32	ipaddr, ipmask, iprouter, ipbcast;
	uint32	dhcpsrv;		/* the server that gave it	*/
	byte	mac[ETH_ADDRLEN];
	uint16	ipident;		/* next IP datagram id		*/
	pid32	netinpid;
};

/* Why frames were dropped, and what got through */
struct	netstats {
	uint32	rxframes;		/* handed to net_input		*/
	uint32	txframes;		/* sent				*/
	uint32	txerrs;			/* could not send (no route/ARP) */
	uint32	badlen;			/* too short, or longer than said */
	uint32	oversize;		/* longer than an Ethernet frame */
	uint32	badtype;		/* unknown Ethernet type	*/
	uint32	badarp;			/* not Ethernet/IPv4 ARP	*/
	uint32	badip;			/* version, header length	*/
	uint32	badcksum;		/* IP, ICMP or UDP checksum	*/
	uint32	frags;			/* fragments (not reassembled)	*/
	uint32	notours;		/* IP for another host		*/
	uint32	badproto;		/* unknown IP protocol		*/
	uint32	icmpother;		/* ICMP other than echo		*/
	uint32	noport;			/* UDP to a port nobody holds	*/
	uint32	qfull;			/* UDP slot queue full		*/
	uint32	nobufs;			/* the pool was empty		*/
	uint32	arptimeouts;		/* addresses that did not answer */
	uint32	pingreplies;		/* echo requests answered	*/
};

extern	struct	netinfo	NetData;
extern	struct	netstats netstats;
extern	struct	arpentry arpcache[];
extern	struct	udpentry udptab[];
extern	int32	netbuf_nfree;		/* buffers in the pool now	*/
extern	uint32	netbuf_lowest;		/* fewest ever free		*/

/* Netin and DHCP */
#define	NETIN_STK	8192
#define	NETIN_PRIO	30		/* above users: frames keep moving */
#define	NETSTART_STK	8192
#define	NETSTART_PRIO	(INITPRIO + 1)	/* finishes before main runs	*/

/* DHCP (client side) */
#define	DHCP_SPORT	67
#define	DHCP_CPORT	68
#define	DHCP_TRIES	3		/* DISCOVERs before giving up	*/
#define	DHCP_WAITMS	1000		/* ms to wait for each answer	*/
#define	DHCP_MAGIC	0x63825363
#define	DHCP_BOOTREQ	1
#define	DHCP_BOOTREPLY	2
#define	DHCP_FLAG_BCAST	0x8000
#define	DHCP_DISCOVER	1
#define	DHCP_OFFER	2
#define	DHCP_REQUEST	3
#define	DHCP_ACK	5
#define	DHCP_NAK	6
#define	DHCP_OPT_PAD	0
#define	DHCP_OPT_MASK	1
#define	DHCP_OPT_ROUTER	3
#define	DHCP_OPT_REQIP	50
#define	DHCP_OPT_TYPE	53
#define	DHCP_OPT_SERVER	54
#define	DHCP_OPT_PARAMS	55
#define	DHCP_OPT_END	255
#define	DHCP_OPTLEN	312		/* room for options		*/

struct	dhcpmsg	{
	byte	op, htype, hlen, hops;
	uint32	xid;
	uint16	secs, flags;
	uint32	ciaddr, yiaddr, siaddr, giaddr;
	byte	chaddr[16];
	byte	sname[64];
	byte	file[128];
	uint32	magic;
	byte	opts[DHCP_OPTLEN];
} __attribute__((packed));

#define	DHCP_FIXLEN	(sizeof(struct dhcpmsg) - DHCP_OPTLEN)

/* Ping */
#define	PING_DATALEN	56		/* bytes after the ICMP header	*/
#define	PING_WAITMS	1000		/* ms to wait for one reply	*/
#define	PING_GAPMS	1000		/* ms between requests		*/

/* Functions */
extern	status	net_init(void);
extern	process	netin(void);
extern	process	netstart(pid32);
extern	int32	net_input(byte *, int32);
extern	uint16	net_cksum(void *, int32, uint32);
extern	status	net_ready(void);
extern	int32	ip_send(uint32, uint32, byte, byte *, int32);
extern	void	ip_in(struct eth_hdr *, int32);
extern	void	arp_in(struct eth_hdr *, int32);
extern	status	arp_resolve(uint32, byte *);
extern	void	arp_update(uint32, byte *, bool8);
extern	int32	arp_lookup(uint32);
extern	int32	arp_alloc(void);
extern	void	arp_build(byte *, uint16, byte *, byte *, uint32);
extern	status	arp_delete(uint32);
extern	void	icmp_in(struct ip_hdr *, int32, int32);
extern	int32	icmp_echo(uint32, uint16, uint16, int32, int32);
extern	void	udp_in(struct ip_hdr *, int32, int32);
extern	uid32	udp_register(uint32, uint16, uint16);
extern	status	udp_send(uid32, char *, int32);
extern	status	udp_sendto(uid32, uint32, uint16, char *, int32);
extern	int32	udp_recv(uid32, char *, int32, uint32);
extern	int32	udp_recvaddr(uid32, uint32 *, uint16 *, char *, int32, uint32);
extern	status	udp_release(uid32);
extern	struct	netbuf	*netbuf_get(void);
extern	void	netbuf_free(struct netbuf *);
extern	uint32	getlocalip(void);
extern	status	dhcp_client(void);
extern	int32	ip_parse(char *, uint32 *);
extern	uint16	udp_cksum(uint32, uint32, void *, int32);

#endif /* _NET_H_ */
