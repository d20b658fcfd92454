/* memmove.c - memmove */

#include <string.h>

/*------------------------------------------------------------------------
 * memmove - copy n bytes, the areas may overlap: copied backwards when
 *	dst is above src, so no byte is overwritten before it is read
 *------------------------------------------------------------------------
 */
void	*memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s) {
		while (n-- > 0) {
			*d++ = *s++;
		}
	} else {
		while (n-- > 0) {
			d[n] = s[n];
		}
	}
	return dst;
}
