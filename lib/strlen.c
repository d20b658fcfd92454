/* strlen.c - strlen */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strlen  -  Return the number of characters before the terminating NUL
 *------------------------------------------------------------------------
 */
size_t	strlen(
	  const char	*s		/* NUL-terminated string	*/
	)
{
	const char	*p;

	for (p = s; *p != NULLCH; p++) {
		;
	}
	return (size_t)(p - s);
}
