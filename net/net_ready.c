/* net_ready.c - net_ready */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * net_ready - OK when there is a NIC and an address to send from
 *------------------------------------------------------------------------
 */
status	net_ready(void)
{
	return (NetData.up && NetData.ipvalid) ? OK : SYSERR;
}
