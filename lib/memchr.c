/* memchr.c - memchr */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  memchr  -  Return a pointer to the first byte equal to c (as unsigned
 *		char) among the first n bytes of s, or NULL
 *------------------------------------------------------------------------
 */
void	*memchr(
	  const void	*s,		/* area to search		*/
	  int		c,		/* byte value to find		*/
	  size_t	n		/* number of bytes		*/
	)
{
	const byte	*p = (const byte *)s;
	byte		b = (byte)c;

	for (; n > 0; n--, p++) {
		if (*p == b) {
			return (void *)p;
		}
	}
	return NULL;
}
