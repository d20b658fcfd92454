/* fgetc.c - fgetc */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  fgetc  -  Read one character from a device; return it (0..255), or
 *		EOF at end of input or on error
 *------------------------------------------------------------------------
 */
int	fgetc(
	  int		dev		/* device descriptor		*/
	)
{
	int	c;

	c = getc((did32)dev);
	if (c == SYSERR || c == EOF) {
		return EOF;
	}
	return c;
}
