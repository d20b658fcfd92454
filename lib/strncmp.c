/* strncmp.c - strncmp */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strncmp  -  Compare at most n characters of two strings, like strcmp
 *------------------------------------------------------------------------
 */
int	strncmp(
	  const char	*s1,		/* first string			*/
	  const char	*s2,		/* second string		*/
	  size_t	n		/* most characters to compare	*/
	)
{
	if (n == 0) {
		return 0;
	}
	while (--n > 0 && *s1 != NULLCH && *s1 == *s2) {
		s1++;
		s2++;
	}
	return (int)(unsigned char)*s1 - (int)(unsigned char)*s2;
}
