/* strlen.c - strlen */

#include <string.h>

/*------------------------------------------------------------------------
 * strlen - the number of characters before the NUL
 *------------------------------------------------------------------------
 */
size_t	strlen(const char *s)
{
	const char *p = s;

	while (*p != '\0') {
		p++;
	}
	return p - s;
}
