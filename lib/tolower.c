/* tolower.c - tolower */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  tolower  -  Return the lower-case form of an upper-case letter, else c
 *------------------------------------------------------------------------
 */
int	tolower(
	  int		c		/* character or EOF		*/
	)
{
	return isupper(c) ? c - 'A' + 'a' : c;
}
