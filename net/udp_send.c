/* udp_send.c - udp_send */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * udp_send - send len bytes to the remote address and port the slot
 *	      was registered with; SYSERR if it names none
 *------------------------------------------------------------------------
 */
status	udp_send(
	  uid32		slot,
	  char		*buf,
	  int32		len
	)
{
	uint32	remip;
	uint16	remport;
	intmask	mask;

	if (slot < 0 || slot >= UDP_SLOTS) {
		return SYSERR;
	}
	mask = disable();
	remip = udptab[slot].remip;
	remport = udptab[slot].remport;
	if (udptab[slot].state != UDP_USED) {
		remip = IP_ANY;
	}
	restore(mask);
	if (remip == IP_ANY || remport == 0) {
		return SYSERR;
	}
	return udp_sendto(slot, remip, remport, buf, len);
}
