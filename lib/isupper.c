/* isupper.c - isupper */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  isupper  -  Nonzero if c is an upper-case letter
 *------------------------------------------------------------------------
 */
int	isupper(
	  int		c		/* character or EOF		*/
	)
{
	return c >= 'A' && c <= 'Z';
}
