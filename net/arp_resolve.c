/* arp_resolve.c - arp_resolve */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * arp_resolve - find ip's MAC: from the cache, or by broadcasting up to
 *	ARP_RETRIES requests, ARP_RETRYMS apart; SYSERR when no answer.
 *	netin itself never waits (the answer could only come through it):
 *	it sends one request and fails, and a later send finds the entry.
 *------------------------------------------------------------------------
 */
status	arp_resolve(
	  uint32	ip,
	  byte		*mac
	)
{
	intmask	mask;
	int32	i, try, waited;
	byte	frame[ETH_HDRLEN + ARP_PKTLEN];
	struct	eth_hdr	*eh = (struct eth_hdr *)frame;
	struct	arp_pkt	*ap = (struct arp_pkt *)(eh + 1);
	struct	arpentry *ae;

	if (ip == IP_BCAST || (NetData.ipvalid && ip == NetData.ipbcast)) {
		memset(mac, 0xFF, ETH_ADDRLEN);
		return OK;
	}
	if (!NetData.up) {
		return SYSERR;
	}
	mask = disable();
	i = arp_lookup(ip);
	if (i != SYSERR && arpcache[i].state == AR_RESOLVED) {
		memcpy(mac, arpcache[i].mac, ETH_ADDRLEN);
		restore(mask);
		return OK;
	}
	if (i == SYSERR) {
		/* A pending entry marks the question, so that the answer
		   (arp_update on a known address) is kept */
		for (i = 0; i < ARP_SIZ && arpcache[i].state != AR_FREE; i++) {
			;
		}
		if (i == ARP_SIZ) {	/* all in use: replace the oldest */
			int32	j;
			for (i = 0, j = 1; j < ARP_SIZ; j++) {
				if (arpcache[j].time < arpcache[i].time) {
					i = j;
				}
			}
		}
		ae = &arpcache[i];
		ae->state = AR_PENDING;
		ae->ip = ip;
		ae->time = uptime();
	}
	restore(mask);

	memset(eh->dst, 0xFF, ETH_ADDRLEN);
	memcpy(eh->src, NetData.mac, ETH_ADDRLEN);
	eh->type = htons(ETH_TYPE_ARP);
	ap->htype = htons(ARP_HTYPE_ETH);
	ap->ptype = htons(ETH_TYPE_IP);
	ap->hlen = ETH_ADDRLEN;
	ap->plen = sizeof(uint32);
	ap->op = htons(ARP_OP_REQ);
	memcpy(ap->sha, NetData.mac, ETH_ADDRLEN);
	ap->spa = htonl(NetData.ipvalid ? NetData.ipaddr : IP_ANY);
	memset(ap->tha, 0, ETH_ADDRLEN);
	ap->tpa = htonl(ip);

	for (try = 0; try < ARP_RETRIES; try++) {
		if (write(ETHER0, (char *)frame, sizeof(frame)) == SYSERR) {
			break;
		}
		netstats.txframes++;
		if (currpid == NetData.netinpid) {
			break;
		}
		for (waited = 0; waited < ARP_RETRYMS; waited += ARP_POLLMS) {
			mask = disable();
			i = arp_lookup(ip);
			if (i != SYSERR && arpcache[i].state == AR_RESOLVED) {
				memcpy(mac, arpcache[i].mac, ETH_ADDRLEN);
				restore(mask);
				return OK;
			}
			restore(mask);
			sleepms(ARP_POLLMS);
		}
	}
	mask = disable();
	if (currpid == NetData.netinpid) {
		restore(mask);
		return SYSERR;		/* the entry stays pending	*/
	}
	i = arp_lookup(ip);
	if (i != SYSERR && arpcache[i].state == AR_PENDING) {
		arpcache[i].state = AR_FREE;
	}
	netstats.arptimeouts++;
	restore(mask);
	return SYSERR;
}
