/* ip_print.c - ip_print */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * ip_print - write an address (host order) as a dotted quad to dev
 *------------------------------------------------------------------------
 */
void	ip_print(
	  did32		dev,
	  uint32	ip
	)
{
	fprintf(dev, IP_FMT, IP_ARGS(ip));
}
