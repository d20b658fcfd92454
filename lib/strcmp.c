/* strcmp.c - strcmp */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strcmp  -  Compare two strings: <0, 0 or >0 as s1 sorts before, equal
 *		to or after s2 (characters compare as unsigned char)
 *------------------------------------------------------------------------
 */
int	strcmp(
	  const char	*s1,		/* first string			*/
	  const char	*s2		/* second string		*/
	)
{
	while (*s1 != NULLCH && *s1 == *s2) {
		s1++;
		s2++;
	}
	return (int)(unsigned char)*s1 - (int)(unsigned char)*s2;
}
