/* icmp_echo.c - icmp_echo */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * icmp_echo - send an echo request with datalen bytes of data to ip and
 *	wait up to waitms for its reply; the round-trip time in ms, TIMEOUT
 *	if none came, SYSERR if it could not be sent.  The caller's
 *	pending messages are cleared (the reply comes as a message).
 *------------------------------------------------------------------------
 */
int32	icmp_echo(
	  uint32	ip,
	  uint16	id,
	  uint16	seq,
	  int32		datalen,
	  int32		waitms
	)
{
	byte	pkt[ICMP_HDRLEN + PING_DATALEN];
	struct	icmp_hdr *ic = (struct icmp_hdr *)pkt;
	intmask	mask;
	int32	i, slot;
	uint32	t0;
	umsg32	msg;

	if (net_ready() != OK || datalen < 0 || datalen > PING_DATALEN
	    || waitms <= 0 || ip == IP_ANY || ip == IP_BCAST) {
		return SYSERR;
	}
	ic->type = ICMP_ECHOREQ;
	ic->code = 0;
	ic->id = htons(id);
	ic->seq = htons(seq);
	for (i = 0; i < datalen; i++) {
		pkt[ICMP_HDRLEN + i] = (byte)i;
	}
	ic->cksum = 0;
	ic->cksum = net_cksum(pkt, ICMP_HDRLEN + datalen, 0);

	mask = disable();
	/* A slot whose pinger was killed while waiting is free too */
	for (slot = 0; slot < ICMP_SLOTS; slot++) {
		if (icmpslots[slot].pid == SYSERR || icmpslots[slot].pid
		    == currpid || proctab[icmpslots[slot].pid].prstate
		    == PR_FREE) {
			break;
		}
	}
	if (slot == ICMP_SLOTS) {
		restore(mask);
		return SYSERR;
	}
	icmpslots[slot].pid = currpid;
	icmpslots[slot].ip = ip;
	icmpslots[slot].id = id;
	icmpslots[slot].seq = seq;
	restore(mask);

	recvclr();
	t0 = uptime();
	if (ip_send(NetData.ipaddr, ip, IP_PROTO_ICMP, pkt,
		    ICMP_HDRLEN + datalen) == SYSERR) {
		msg = SYSERR;
	} else {
		msg = recvtime(waitms);
	}
	mask = disable();
	if (icmpslots[slot].pid == currpid) {
		icmpslots[slot].pid = SYSERR;	/* no reply: free it	*/
	}
	restore(mask);
	if (msg == (umsg32)SYSERR) {
		return SYSERR;
	}
	if (msg == (umsg32)TIMEOUT) {
		return TIMEOUT;
	}
	return uptime() - t0;
}
