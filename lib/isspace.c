/* isspace.c - isspace */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  isspace  -  Nonzero for blank, tab, newline, vertical tab, form
 *		feed and carriage return
 *------------------------------------------------------------------------
 */
int	isspace(
	  int		c		/* character or EOF		*/
	)
{
	/* '\t' '\n' '\v' '\f' '\r' are consecutive in ASCII */
	return c == ' ' || (c >= '\t' && c <= '\r');
}
