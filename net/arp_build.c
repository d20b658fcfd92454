/* arp_build.c - arp_build */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * arp_build - fill frame (ETH_HDRLEN + ARP_PKTLEN bytes) with an ARP
 *	packet of ours: op to Ethernet address dst, target tha/tpa (host
 *	order), our MAC and address (0.0.0.0 before DHCP) as the sender
 *------------------------------------------------------------------------
 */
void	arp_build(
	  byte		*frame,
	  uint16	op,
	  byte		*dst,
	  byte		*tha,
	  uint32	tpa
	)
{
	struct	eth_hdr	*eh = (struct eth_hdr *)frame;
	struct	arp_pkt	*ap = (struct arp_pkt *)(eh + 1);

	memcpy(eh->dst, dst, ETH_ADDRLEN);
	memcpy(eh->src, NetData.mac, ETH_ADDRLEN);
	eh->type = htons(ETH_TYPE_ARP);
	ap->htype = htons(ARP_HTYPE_ETH);
	ap->ptype = htons(ETH_TYPE_IP);
	ap->hlen = ETH_ADDRLEN;
	ap->plen = sizeof(uint32);
	ap->op = htons(op);
	memcpy(ap->sha, NetData.mac, ETH_ADDRLEN);
	ap->spa = htonl(NetData.ipvalid ? NetData.ipaddr : IP_ANY);
	memcpy(ap->tha, tha, ETH_ADDRLEN);
	ap->tpa = htonl(tpa);
}
