/* sysproc.c - sysproc, keeperpid */

#include <xinu.h>
#include <net.h>

pid32	keeperpid = -1;		/* the shell's keeper (system/main.c)	*/

/*------------------------------------------------------------------------
 * sysproc - what the system needs process pid for, or NULL if nothing
 *
 * Such a process is refused by kill (the null process runs when nothing
 * else can, the pager frees memory for everyone, the keeper restarts the
 * shell: without it an exit leaves the console dead; netin is the only
 * reader of the NIC), and the pager also
 * by chprio and suspend (page faults wait for it).  The shell names the
 * role in its refusal.
 *------------------------------------------------------------------------
 */
char	*sysproc(
	  pid32		pid		/* process to ask about		*/
	)
{
	if (pid == NULLPROC) {
		return "the null process";
	}
	if (pid == pagerpid && pid >= 0) {
		return "the pager";
	}
	if (pid == keeperpid && pid >= 0) {
		return "the shell's keeper (it restarts the shell)";
	}
	if (pid == NetData.netinpid && pid >= 0) {
		return "the network input process";
	}
	return NULL;
}
