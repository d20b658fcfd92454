/* nullgetc.c - nullgetc */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  nullgetc  -  read a character from the null device: always end of file
 *------------------------------------------------------------------------
 */
devcall	nullgetc(
	  struct dentry	*devptr		/* entry in device switch table	*/
	)
{
	return EOF;
}
