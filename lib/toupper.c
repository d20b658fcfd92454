/* toupper.c - toupper */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  toupper  -  Return the upper-case form of a lower-case letter, else c
 *------------------------------------------------------------------------
 */
int	toupper(
	  int		c		/* character or EOF		*/
	)
{
	return islower(c) ? c - 'a' + 'A' : c;
}
