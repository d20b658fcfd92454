/* arp_update.c - arp_update */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * arp_update - record that ip is at mac.  An existing entry (pending or
 *	not) is refreshed; a new one is made only when create is set (the
 *	sender asked us, so we will talk to it), taking a free entry or
 *	else the oldest.
 *------------------------------------------------------------------------
 */
void	arp_update(
	  uint32	ip,
	  byte		*mac,
	  bool8		create
	)
{
	intmask	mask;
	int32	i;
	struct	arpentry *ae;

	if (ip == IP_ANY || ip == IP_BCAST) {
		return;
	}
	mask = disable();
	i = arp_lookup(ip);
	if (i == SYSERR) {
		if (!create) {
			restore(mask);
			return;
		}
		i = arp_alloc();
	}
	ae = &arpcache[i];
	ae->ip = ip;
	memcpy(ae->mac, mac, ETH_ADDRLEN);
	ae->time = uptime();
	ae->state = AR_RESOLVED;
	restore(mask);
}
