/* arp_lookup.c - arp_lookup, arp_alloc */

#include <xinu.h>
#include <net.h>

struct	arpentry arpcache[ARP_SIZ];

/*------------------------------------------------------------------------
 * arp_lookup - index of ip's entry in the ARP cache, or SYSERR; an
 *	resolved entry older than ARP_TIMEOUT has expired and is freed
 *	here (lookups are the only reader, so expiry needs no timer).
 *	Interrupts must be off.
 *------------------------------------------------------------------------
 */
int32	arp_lookup(
	  uint32	ip
	)
{
	int32	i;
	struct	arpentry *ae;

	for (i = 0; i < ARP_SIZ; i++) {
		ae = &arpcache[i];
		if (ae->state == AR_FREE || ae->ip != ip) {
			continue;
		}
		if (ae->state == AR_RESOLVED
		    && uptime() - ae->time >= ARP_TIMEOUT) {
			ae->state = AR_FREE;
			return SYSERR;
		}
		return i;
	}
	return SYSERR;
}

/*------------------------------------------------------------------------
 * arp_alloc - the entry a new address takes: the first free one, else
 *	the oldest (the lowest index among equals).  Interrupts must be off.
 *------------------------------------------------------------------------
 */
int32	arp_alloc(void)
{
	int32	i, oldest = 0;

	for (i = 0; i < ARP_SIZ; i++) {
		if (arpcache[i].state == AR_FREE) {
			return i;
		}
		if (arpcache[i].time < arpcache[oldest].time) {
			oldest = i;
		}
	}
	return oldest;
}
