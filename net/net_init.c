/* net_init.c - net_init */

#include <xinu.h>
#include <net.h>

struct	netinfo	NetData;
struct	netstats netstats;

/*------------------------------------------------------------------------
 * net_init - empty the stack's tables and, when ETHER0 has a NIC, open
 *	      it and start the network input process.  Called once at
 *	      boot, after paging is on; without a NIC it does nothing
 *	      else, and every network call then fails with SYSERR.
 *------------------------------------------------------------------------
 */
status	net_init(void)
{
	int32	i;
	struct	netbuf	*nb;
	extern	struct	netbuf	netbufs[];
	extern	struct	netbuf	*netbuf_head;

	memset(&NetData, 0, sizeof(NetData));
	memset(&netstats, 0, sizeof(netstats));
	NetData.netinpid = SYSERR;
	memset(arpcache, 0, ARP_SIZ * sizeof(struct arpentry));
	memset(udptab, 0, UDP_SLOTS * sizeof(struct udpentry));
	for (i = 0; i < UDP_SLOTS; i++) {
		udptab[i].waiter = SYSERR;
	}
	netbuf_head = NULL;
	for (i = 0; i < NETBUFS; i++) {
		nb = &netbufs[i];
		nb->next = netbuf_head;
		netbuf_head = nb;
	}
	netbuf_nfree = netbuf_lowest = NETBUFS;

	if (open(ETHER0, NULL, NULL) != OK) {
		return SYSERR;		/* no NIC: ethinit said so	*/
	}
	control(ETHER0, ETH_CTL_MAC, (int32)NetData.mac, 0);
	NetData.ipident = (uint16)(NetData.mac[4] << 8 | NetData.mac[5]);
	NetData.netinpid = create(netin, NETIN_STK, NETIN_PRIO, "netin", 0);
	if (NetData.netinpid == SYSERR) {
		return SYSERR;
	}
	NetData.up = TRUE;
	resume(NetData.netinpid);
	return OK;
}
