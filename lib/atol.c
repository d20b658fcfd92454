/* atol.c - atol */

#include <kernel.h>
#include <stdlib.h>

/*------------------------------------------------------------------------
 *  atol  -  Convert the decimal number at the start of s to a long
 *------------------------------------------------------------------------
 */
long	atol(
	  const char	*s		/* string to convert		*/
	)
{
	return strtol(s, NULL, 10);
}
