/* memcmp.c - memcmp */

#include <string.h>

/*------------------------------------------------------------------------
 * memcmp - <0, 0 or >0 as the first differing byte (unsigned) of a is
 *	below, equal to or above b's
 *------------------------------------------------------------------------
 */
int	memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n > 0; n--, p++, q++) {
		if (*p != *q) {
			return *p - *q;
		}
	}
	return 0;
}
