/* getpid.c - getpid */

#include <xinu.h>

/*------------------------------------------------------------------------
 * getpid - return the ID of the currently executing process
 *------------------------------------------------------------------------
 */
pid32	getpid(void)
{
	return currpid;
}
