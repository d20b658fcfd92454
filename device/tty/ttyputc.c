/* ttyputc.c - ttyputc */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyputc - write one character to a tty
 *------------------------------------------------------------------------
 */
devcall	ttyputc(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		ch		/* character to write		*/
	)
{
	ttyoutc(&ttytab[devptr->dvminor], ch);
	return OK;
}
