/* isprint.c - isprint */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  isprint  -  Nonzero if c is printable ASCII, the blank included
 *------------------------------------------------------------------------
 */
int	isprint(
	  int		c		/* character or EOF		*/
	)
{
	return c >= ' ' && c <= '~';
}
