/* strcat.c - strcat */

#include <string.h>

/*------------------------------------------------------------------------
 * strcat - append src to dst; returns dst
 *------------------------------------------------------------------------
 */
char	*strcat(char *dst, const char *src)
{
	strcpy(dst + strlen(dst), src);
	return dst;
}
