/* atoi.c - atoi */

#include <kernel.h>
#include <stdlib.h>

/*------------------------------------------------------------------------
 *  atoi  -  Convert the decimal number at the start of s (after optional
 *		white space and sign) to an int; 0 if there is none
 *------------------------------------------------------------------------
 */
int	atoi(
	  const char	*s		/* string to convert		*/
	)
{
	return (int)strtol(s, NULL, 10);
}
