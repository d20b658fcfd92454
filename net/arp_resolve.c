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
	static	byte	bcastmac[ETH_ADDRLEN] =
			{ 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
	static	byte	zeromac[ETH_ADDRLEN];
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
		ae = &arpcache[arp_alloc()];
		ae->state = AR_PENDING;
		ae->ip = ip;
		ae->time = uptime();
	}
	restore(mask);

	arp_build(frame, ARP_OP_REQ, bcastmac, zeromac, ip);

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
