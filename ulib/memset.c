/* memset.c - memset */

#include <string.h>

/*------------------------------------------------------------------------
 * memset - fill n bytes with c; returns p
 *------------------------------------------------------------------------
 */
void	*memset(void *p, int c, size_t n)
{
	unsigned char *d = p;

	while (n-- > 0) {
		*d++ = (unsigned char)c;
	}
	return p;
}
