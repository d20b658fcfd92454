/* strcpy.c - strcpy */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strcpy  -  Copy string src, NUL included, to dst and return dst
 *------------------------------------------------------------------------
 */
char	*strcpy(
	  char		*dst,		/* destination, large enough	*/
	  const char	*src		/* string to copy		*/
	)
{
	char	*d = dst;

	while ((*d++ = *src++) != NULLCH) {
		;
	}
	return dst;
}
