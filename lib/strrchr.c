/* strrchr.c - strrchr */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strrchr  -  Return a pointer to the last c in s (the terminator
 *		included, as for strchr), or NULL
 *------------------------------------------------------------------------
 */
char	*strrchr(
	  const char	*s,		/* string to search		*/
	  int		c		/* character (as unsigned char)	*/
	)
{
	char	ch = (char)c;
	const char *last = NULL;

	for (;; s++) {
		if (*s == ch) {
			last = s;
		}
		if (*s == NULLCH) {
			return (char *)last;
		}
	}
}
