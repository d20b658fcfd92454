/* strncmp.c - strncmp */

#include <string.h>

/*------------------------------------------------------------------------
 * strncmp - strcmp of at most n characters
 *------------------------------------------------------------------------
 */
int	strncmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; n--, a++, b++) {
		if (*a != *b || *a == '\0') {
			return (unsigned char)*a - (unsigned char)*b;
		}
	}
	return 0;
}
