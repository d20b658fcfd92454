/* memcpy.c - memcpy */

#include <kernel.h>
#include <string.h>

/* Areas at least this long, with both ends equally aligned, move their
   aligned middle with `rep movsl` (a word per iteration) */
#define	MEMCPY_REP_MIN	32

/*------------------------------------------------------------------------
 *  memcpy  -  Copy n bytes from src to dst (the areas must not overlap;
 *		use memmove when they may) and return dst.  When both
 *		pointers have the same alignment a large area's middle
 *		moves a word at a time by `rep movsl`, the route
 *		paging/pagecopy.c takes for whole pages.
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
	uint32		nw;

	if (n >= MEMCPY_REP_MIN
	    && (((uint32)d ^ (uint32)s) & (sizeof(uint32) - 1)) == 0) {
		while (((uint32)d & (sizeof(uint32) - 1)) != 0) {
			*d++ = *s++;
			n--;
		}
		nw = n / sizeof(uint32);
		n &= sizeof(uint32) - 1;
		asm volatile("cld; rep movsl"
			: "+D" (d), "+S" (s), "+c" (nw)
			:
			: "memory", "cc");
	}
	while (n > 0) {
		*d++ = *s++;
		n--;
	}
	return dst;
}
