/* nullread.c - nullread */

#include <xinu.h>

/*
 * The null device is a source with nothing in it, so every read is at
 * end of file and the buffer is left as it was.
 */

/*------------------------------------------------------------------------
 *  nullread  -  read from the null device: always end of file
 *------------------------------------------------------------------------
 */
devcall	nullread(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		*buff,		/* buffer (not touched)		*/
	  int32		count		/* bytes wanted			*/
	)
{
	return EOF;
}
