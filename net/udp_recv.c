/* udp_recv.c - udp_recv */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * udp_recv - wait up to timeout ms for a datagram on slot and copy at
 *	      most len bytes of it to buf; the bytes copied, TIMEOUT or
 *	      SYSERR
 *------------------------------------------------------------------------
 */
int32	udp_recv(
	  uid32		slot,
	  char		*buf,
	  int32		len,
	  uint32	timeout
	)
{
	return udp_recvaddr(slot, NULL, NULL, buf, len, timeout);
}
