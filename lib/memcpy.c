/* memcpy.c - memcpy */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  memcpy  -  Copy n bytes from src to dst (the areas must not overlap;
 *		use memmove when they may) and return dst.  When both
 *		pointers have the same alignment the bulk moves a word at a
 *		time, since the kernel copies whole pages and stacks.
 *------------------------------------------------------------------------
 */
void	*memcpy(
	  void		*dst,		/* destination area		*/
	  const void	*src,		/* source area			*/
	  size_t	n		/* number of bytes		*/
	)
{
	byte		*d = (byte *)dst;
	const byte	*s = (const byte *)src;
	uint32		*dw;
	const uint32	*sw;

	if ((((uint32)d ^ (uint32)s) & (sizeof(uint32) - 1)) == 0) {
		while (n > 0 && ((uint32)d & (sizeof(uint32) - 1)) != 0) {
			*d++ = *s++;
			n--;
		}
		dw = (uint32 *)d;
		sw = (const uint32 *)s;
		for (; n >= sizeof(uint32); n -= sizeof(uint32)) {
			*dw++ = *sw++;
		}
		d = (byte *)dw;
		s = (const byte *)sw;
	}
	while (n > 0) {
		*d++ = *s++;
		n--;
	}
	return dst;
}
