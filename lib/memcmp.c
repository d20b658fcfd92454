/* memcmp.c - memcmp */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  memcmp  -  Compare n bytes as unsigned char: <0, 0 or >0 as the first
 *		differing byte of s1 is below, (none) or above that of s2
 *------------------------------------------------------------------------
 */
int	memcmp(
	  const void	*s1,		/* first area			*/
	  const void	*s2,		/* second area			*/
	  size_t	n		/* number of bytes		*/
	)
{
	const byte	*p1 = (const byte *)s1;
	const byte	*p2 = (const byte *)s2;

	for (; n > 0; n--, p1++, p2++) {
		if (*p1 != *p2) {
			return (int)*p1 - (int)*p2;
		}
	}
	return 0;
}
