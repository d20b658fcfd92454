/* isdigit.c - isdigit */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  isdigit  -  Nonzero if c is a decimal digit
 *------------------------------------------------------------------------
 */
int	isdigit(
	  int		c		/* character or EOF		*/
	)
{
	return c >= '0' && c <= '9';
}
