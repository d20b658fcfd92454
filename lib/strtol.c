/* strtol.c - strtol */

#include <kernel.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>

/*------------------------------------------------------------------------
 *  strtol  -  Convert the number at the start of nptr to a long, with the
 *		same white space, prefix, base and endptr rules as strtoul;
 *		values out of range give LONG_MAX or LONG_MIN
 *------------------------------------------------------------------------
 */
long	strtol(
	  const char	*nptr,		/* string to convert		*/
	  char		**endptr,	/* where to store the end, or NULL */
	  int		base		/* 0 or 2..36			*/
	)
{
	const char	*s = nptr;
	char		*end;
	bool8		neg = FALSE;
	unsigned long	mag;		/* magnitude of the result	*/

	while (isspace((unsigned char)*s)) {
		s++;
	}
	if (*s == '+' || *s == '-') {
		neg = (*s == '-');
		s++;
	}

	/* strtoul would accept a second sign or more blanks: refuse them */
	if (*s == '+' || *s == '-' || isspace((unsigned char)*s)) {
		if (endptr != NULL) {
			*endptr = (char *)nptr;
		}
		return 0;
	}

	mag = strtoul(s, &end, base);
	if (end == s) {			/* no digits at all		*/
		end = (char *)nptr;
	}
	if (endptr != NULL) {
		*endptr = end;
	}
	if (neg) {
		if (mag > (unsigned long)LONG_MAX + 1) {
			return LONG_MIN;
		}
		return (long)(0UL - mag);
	}
	if (mag > (unsigned long)LONG_MAX) {
		return LONG_MAX;
	}
	return (long)mag;
}
