/* strncpy.c - strncpy */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strncpy  -  Copy at most n characters of src to dst; if src is shorter
 *		the rest of dst is filled with NULs, and if it is not, dst
 *		is left unterminated (the standard semantics)
 *------------------------------------------------------------------------
 */
char	*strncpy(
	  char		*dst,		/* destination of n bytes	*/
	  const char	*src,		/* string to copy		*/
	  size_t	n		/* bytes of dst to write	*/
	)
{
	size_t	i;

	for (i = 0; i < n && src[i] != NULLCH; i++) {
		dst[i] = src[i];
	}
	for (; i < n; i++) {
		dst[i] = NULLCH;
	}
	return dst;
}
