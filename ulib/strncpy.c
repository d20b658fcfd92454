/* strncpy.c - strncpy */

#include <string.h>

/*------------------------------------------------------------------------
 * strncpy - copy at most n characters of src, padding dst with NULs to
 *	n (C's rule: no NUL when src has n or more characters)
 *------------------------------------------------------------------------
 */
char	*strncpy(char *dst, const char *src, size_t n)
{
	size_t	i;

	for (i = 0; i < n && src[i] != '\0'; i++) {
		dst[i] = src[i];
	}
	for (; i < n; i++) {
		dst[i] = '\0';
	}
	return dst;
}
