/* arp_delete.c - arp_delete */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * arp_delete - forget ip's ARP entry (IP_ANY: every entry); SYSERR if
 *		there was none
 *------------------------------------------------------------------------
 */
status	arp_delete(
	  uint32	ip
	)
{
	intmask	mask;
	int32	i, n = 0;

	mask = disable();
	for (i = 0; i < ARP_SIZ; i++) {
		if (arpcache[i].state != AR_FREE
		    && (ip == IP_ANY || arpcache[i].ip == ip)) {
			arpcache[i].state = AR_FREE;
			n++;
		}
	}
	restore(mask);
	return n > 0 ? OK : SYSERR;
}
