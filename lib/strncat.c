/* strncat.c - strncat */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strncat  -  Append at most n characters of src to dst; unlike strncpy
 *		the result is always NUL-terminated (so dst needs room
 *		for strlen(dst) + n + 1 bytes)
 *------------------------------------------------------------------------
 */
char	*strncat(
	  char		*dst,		/* string to extend		*/
	  const char	*src,		/* string to append		*/
	  size_t	n		/* most characters to append	*/
	)
{
	char	*d = dst + strlen(dst);

	while (n > 0 && *src != NULLCH) {
		*d++ = *src++;
		n--;
	}
	*d = NULLCH;
	return dst;
}
