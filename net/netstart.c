/* netstart.c - netstart */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * netstart - run DHCP, then start the main process (created suspended
 *	by nulluser): the shell's prompt, or a user's program, comes once
 *	the address is known.  It runs above main's priority, so it has
 *	ended before main looks at the process count.
 *------------------------------------------------------------------------
 */
process	netstart(
	  pid32		mainpid		/* the process to start after	*/
	)
{
	dhcp_client();
	resume(mainpid);
	return OK;
}
