/* islower.c - islower */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  islower  -  Nonzero if c is a lower-case letter
 *------------------------------------------------------------------------
 */
int	islower(
	  int		c		/* character or EOF		*/
	)
{
	return c >= 'a' && c <= 'z';
}
