/* icmp_in.c - icmp_in */

#include <xinu.h>
#include <net.h>

/* Pings waiting for their reply (icmp_echo): the reply is sent to the
   waiting process as a message */
struct	icmpslot icmpslots[ICMP_SLOTS] = {
	[0 ... ICMP_SLOTS - 1] = { SYSERR, 0, 0, 0 }
};

/*------------------------------------------------------------------------
 * icmp_in - an ICMP message for us: answer an echo request with the
 *	same data, pass an echo reply to the process pinging; count the
 *	rest.  ip is the checked IP header, hlen its length, tlen the
 *	datagram's.
 *------------------------------------------------------------------------
 */
void	icmp_in(
	  struct ip_hdr	*ip,
	  int32		hlen,
	  int32		tlen
	)
{
	struct	icmp_hdr *ic = (struct icmp_hdr *)((byte *)ip + hlen);
	int32	len = tlen - hlen, i;
	uint32	src = ntohl(ip->src);
	intmask	mask;

	if (len < ICMP_HDRLEN) {
		netstats.badlen++;
		return;
	}
	if (net_cksum(ic, len, 0) != 0) {
		netstats.badcksum++;
		return;
	}
	if (ic->type == ICMP_ECHOREQ && ic->code == 0) {
		if (ntohl(ip->dst) != NetData.ipaddr) {
			netstats.notours++;	/* broadcast pings: no	*/
			return;
		}
		/* The request becomes the reply, in place */
		ic->type = ICMP_ECHOREPLY;
		ic->cksum = 0;
		ic->cksum = net_cksum(ic, len, 0);
		if (ip_send(NetData.ipaddr, src, IP_PROTO_ICMP, (byte *)ic, len)
		    != SYSERR) {
			netstats.pingreplies++;
		}
		return;
	}
	if (ic->type == ICMP_ECHOREPLY && ic->code == 0) {
		mask = disable();
		for (i = 0; i < ICMP_SLOTS; i++) {
			if (icmpslots[i].pid != SYSERR && icmpslots[i].ip == src
			    && icmpslots[i].id == ntohs(ic->id)
			    && icmpslots[i].seq == ntohs(ic->seq)) {
				send(icmpslots[i].pid, OK);
				icmpslots[i].pid = SYSERR;
				break;
			}
		}
		restore(mask);
		return;
	}
	netstats.icmpother++;
}
