/* netin.c - netin */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * netin - the network input process: read each frame from ETHER0 and
 *	   hand it to net_input, forever
 *------------------------------------------------------------------------
 */
process	netin(void)
{
	static	byte	frame[ETH_BUFSIZ];	/* only netin uses it	*/
	int32	len;

	for (;;) {
		len = read(ETHER0, (char *)frame, sizeof(frame));
		if (len == SYSERR) {
			sleepms(ARP_RETRYMS);	/* device gone: do not spin */
			continue;
		}
		net_input(frame, len);
	}
	return OK;
}
