/* fputc.c - fputc */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  fputc  -  Write character c to a device; return c, or EOF on error
 *------------------------------------------------------------------------
 */
int	fputc(
	  int		c,		/* character			*/
	  int		dev		/* device descriptor		*/
	)
{
	if (putc((did32)dev, (char)c) == SYSERR) {
		return EOF;
	}
	return (unsigned char)c;
}
