/* memmove.c - memmove */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  memmove  -  Copy n bytes from src to dst even if the areas overlap:
 *		when dst lies inside the source the copy runs backwards so
 *		no source byte is overwritten before it is read
 *------------------------------------------------------------------------
 */
void	*memmove(
	  void		*dst,		/* destination area		*/
	  const void	*src,		/* source area			*/
	  size_t	n		/* number of bytes		*/
	)
{
	byte		*d = (byte *)dst;
	const byte	*s = (const byte *)src;

	if (d == s || n == 0) {
		return dst;
	}
	if ((uint32)d + n <= (uint32)s || (uint32)s + n <= (uint32)d) {
		return memcpy(dst, src, n);	/* disjoint: fast path	*/
	}
	if (d < s) {
		while (n > 0) {
			*d++ = *s++;
			n--;
		}
	} else {
		d += n;
		s += n;
		while (n > 0) {
			*--d = *--s;
			n--;
		}
	}
	return dst;
}
