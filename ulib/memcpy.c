/* memcpy.c - memcpy */

#include <string.h>

/*------------------------------------------------------------------------
 * memcpy - copy n bytes between areas that do not overlap; returns dst
 *------------------------------------------------------------------------
 */
void	*memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n-- > 0) {
		*d++ = *s++;
	}
	return dst;
}
