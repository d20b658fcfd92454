/* strcmp.c - strcmp */

#include <string.h>

/*------------------------------------------------------------------------
 * strcmp - <0, 0 or >0 as a sorts before, equal to or after b (bytes
 *	compared unsigned, as C requires)
 *------------------------------------------------------------------------
 */
int	strcmp(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b) {
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}
