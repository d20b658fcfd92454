/* fputs.c - fputs */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  fputs  -  Write string s (no newline added) to a device; return OK,
 *		or EOF if a write fails
 *------------------------------------------------------------------------
 */
int	fputs(
	  const char	*s,		/* string			*/
	  int		dev		/* device descriptor		*/
	)
{
	for (; *s != NULLCH; s++) {
		if (putc((did32)dev, *s) == SYSERR) {
			return EOF;
		}
	}
	return OK;
}
