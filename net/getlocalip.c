/* getlocalip.c - getlocalip */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * getlocalip - this machine's IP address (host order), or SYSERR when
 *		there is no NIC or no address was obtained
 *------------------------------------------------------------------------
 */
uint32	getlocalip(void)
{
	if (net_ready() != OK) {
		return (uint32)SYSERR;
	}
	return NetData.ipaddr;
}
