/* strcpy.c - strcpy */

#include <string.h>

/*------------------------------------------------------------------------
 * strcpy - copy src and its NUL to dst; returns dst
 *------------------------------------------------------------------------
 */
char	*strcpy(char *dst, const char *src)
{
	char	*d = dst;

	while ((*d++ = *src++) != '\0') {
		;
	}
	return dst;
}
