/* isxdigit.c - isxdigit */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  isxdigit  -  Nonzero if c is a hexadecimal digit (either case)
 *------------------------------------------------------------------------
 */
int	isxdigit(
	  int		c		/* character or EOF		*/
	)
{
	return isdigit(c) || (c >= 'a' && c <= 'f')
			  || (c >= 'A' && c <= 'F');
}
