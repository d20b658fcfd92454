/* putchar.c - putchar */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  putchar  -  Write one character to standard output; return it, or
 *		EOF on error
 *------------------------------------------------------------------------
 */
int	putchar(
	  int		c		/* character			*/
	)
{
	return fputc(c, stdout);
}
