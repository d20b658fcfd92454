/* strchr.c - strchr */

#include <string.h>

/*------------------------------------------------------------------------
 * strchr - the first c in s (the NUL counts), or NULL
 *------------------------------------------------------------------------
 */
char	*strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c) {
			return (char *)s;
		}
		if (*s == '\0') {
			return (char *)0;
		}
	}
}
