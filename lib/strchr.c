/* strchr.c - strchr */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strchr  -  Return a pointer to the first c in s, or NULL; the NUL
 *		terminator counts as part of s, so strchr(s, 0) finds it
 *------------------------------------------------------------------------
 */
char	*strchr(
	  const char	*s,		/* string to search		*/
	  int		c		/* character (as unsigned char)	*/
	)
{
	char	ch = (char)c;

	for (;; s++) {
		if (*s == ch) {
			return (char *)s;
		}
		if (*s == NULLCH) {
			return NULL;
		}
	}
}
