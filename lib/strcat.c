/* strcat.c - strcat */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strcat  -  Append string src to the end of string dst; return dst
 *------------------------------------------------------------------------
 */
char	*strcat(
	  char		*dst,		/* string to extend		*/
	  const char	*src		/* string to append		*/
	)
{
	strcpy(dst + strlen(dst), src);
	return dst;
}
