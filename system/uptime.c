/* uptime.c - uptime */

#include <xinu.h>

/*------------------------------------------------------------------------
 * uptime - milliseconds since the clock started
 *------------------------------------------------------------------------
 */
uint32	uptime(void)
{
	return clkticks;
}
