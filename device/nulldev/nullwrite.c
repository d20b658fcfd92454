/* nullwrite.c - nullwrite */

#include <xinu.h>

/*
 * The null device is a sink: it accepts everything, so a writer sees the
 * whole count written (the caller, write(), has already refused counts
 * that are negative).
 */

/*------------------------------------------------------------------------
 *  nullwrite  -  write to the null device: discard the data
 *------------------------------------------------------------------------
 */
devcall	nullwrite(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		*buff,		/* data to discard		*/
	  int32		count		/* its length in bytes		*/
	)
{
	return count;
}
