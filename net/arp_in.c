/* arp_in.c - arp_in */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * arp_in - handle an ARP frame: learn the sender, answer a request for
 *	our address.  A gratuitous ARP (sender = target) only refreshes
 *	an entry we already have; a request from a host that claims our
 *	own address is answered, so it learns the address is taken.
 *------------------------------------------------------------------------
 */
void	arp_in(
	  struct eth_hdr *eh,
	  int32		len
	)
{
	struct	arp_pkt	*ap = (struct arp_pkt *)(eh + 1);
	byte	frame[ETH_HDRLEN + ARP_PKTLEN];
	uint32	spa, tpa;

	if (len < ETH_HDRLEN + ARP_PKTLEN) {
		netstats.badlen++;
		return;
	}
	if (ntohs(ap->htype) != ARP_HTYPE_ETH || ntohs(ap->ptype) != ETH_TYPE_IP
	    || ap->hlen != ETH_ADDRLEN || ap->plen != sizeof(uint32)
	    || (ntohs(ap->op) != ARP_OP_REQ && ntohs(ap->op) != ARP_OP_REPLY)) {
		netstats.badarp++;
		return;
	}
	spa = ntohl(ap->spa);
	tpa = ntohl(ap->tpa);
	if (!NetData.ipvalid || tpa != NetData.ipaddr) {
		arp_update(spa, ap->sha, FALSE);	/* refresh only	*/
		return;
	}
	if (spa != NetData.ipaddr) {
		arp_update(spa, ap->sha, TRUE);
	}
	if (ntohs(ap->op) != ARP_OP_REQ) {
		return;
	}
	arp_build(frame, ARP_OP_REPLY, ap->sha, ap->sha, spa);
	if (write(ETHER0, (char *)frame, sizeof(frame)) == SYSERR) {
		netstats.txerrs++;
	} else {
		netstats.txframes++;
	}
}
