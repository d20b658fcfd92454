/* net_cksum.c - net_cksum */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * net_cksum - the Internet checksum (one's complement of the one's
 *	complement sum of 16-bit words) of len bytes, starting from sum
 *	(a pseudo-header's partial sum, in network order, or 0).  A block
 *	that carries its correct checksum sums to 0.
 *------------------------------------------------------------------------
 */
uint16	net_cksum(
	  void		*buf,
	  int32		len,
	  uint32	sum
	)
{
	byte	*p = (byte *)buf;

	while (len > 1) {
		sum += (uint32)p[0] << 8 | p[1];
		p += 2;
		len -= 2;
	}
	if (len == 1) {
		sum += (uint32)p[0] << 8;	/* padded with a zero	*/
	}
	while (sum >> 16) {
		sum = (sum & 0xFFFF) + (sum >> 16);
	}
	return htons((uint16)~sum);
}
