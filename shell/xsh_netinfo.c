/* xsh_netinfo.c - xsh_netinfo */

#include <xinu.h>
#include <shell.h>
#include <net.h>

/*------------------------------------------------------------------------
 * xsh_netinfo  -  The interface's addresses, the NIC's counters and the
 *		   stack's drop counters and buffer pool
 *------------------------------------------------------------------------
 */
shellcmd xsh_netinfo(int32 nargs, char *args[])
{
	struct	ethstats es;
	struct	netstats ns;
	byte	*m = NetData.mac;

	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}
	if (!NetData.up) {
		fprintf(stderr, "%s: no network interface\n", args[0]);
		return 1;
	}
	printf("ETHER0: MAC %02x:%02x:%02x:%02x:%02x:%02x, link %s\n", m[0],
		m[1], m[2], m[3], m[4], m[5],
		control(ETHER0, ETH_CTL_LINK, 0, 0) == 1 ? "up" : "down");
	if (NetData.ipvalid) {
		printf("IP address " IP_FMT ", mask " IP_FMT ", router ",
			IP_ARGS(NetData.ipaddr), IP_ARGS(NetData.ipmask));
		if (NetData.iprouter == IP_ANY) {
			printf("none\n");
		} else {
			printf(IP_FMT "\n", IP_ARGS(NetData.iprouter));
		}
	} else {
		printf("IP address: none (DHCP got no answer)\n");
	}
	if (control(ETHER0, ETH_CTL_STATS, (int32)&es, 0) == OK) {
		printf("NIC: received %u frames (%u bytes), sent %u (%u "
			"bytes), errors %u rx %u tx, dropped %u, "
			"interrupts %u\n", es.rxpkts, es.rxbytes, es.txpkts,
			es.txbytes, es.rxerrs, es.txerrs, es.rxdrops, es.intrs);
	}
	ns = netstats;
	printf("Stack: %u frames in, %u out, %u send errors, %u pings "
		"answered\n", ns.rxframes, ns.txframes, ns.txerrs,
		ns.pingreplies);
	printf("Dropped: length %u, oversize %u, type %u, arp %u, ip %u, "
		"checksum %u, fragments %u, not ours %u, protocol %u, "
		"icmp %u, no port %u, queue full %u, no buffer %u\n",
		ns.badlen, ns.oversize, ns.badtype, ns.badarp, ns.badip,
		ns.badcksum, ns.frags, ns.notours, ns.badproto, ns.icmpother,
		ns.noport, ns.qfull, ns.nobufs);
	printf("Buffers: %d of %d free (fewest %u)\n", netbuf_nfree, NETBUFS,
		netbuf_lowest);
	return 0;
}
