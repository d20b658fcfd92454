/* strtoul.c - strtoul */

#include <kernel.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>

#define	MAXBASE		36	/* digits 0-9 then letters a-z		*/

/*------------------------------------------------------------------------
 *  digitval  -  Value of c as a digit in bases up to 36, or MAXBASE
 *		(too big for any base) if it is not a digit at all
 *------------------------------------------------------------------------
 */
local	int	digitval(
	  int		c		/* character			*/
	)
{
	if (isdigit(c)) {
		return c - '0';
	}
	if (isalpha(c)) {
		return tolower(c) - 'a' + 10;
	}
	return MAXBASE;
}

/*------------------------------------------------------------------------
 *  strtoul  -  Convert the number at the start of nptr to unsigned long.
 *		Leading white space and one sign are skipped (a '-' negates
 *		the result modulo 2^32, as C requires).  Base 0 chooses
 *		from the prefix: "0x"/"0X" hex, "0" octal, else decimal;
 *		base 16 also accepts the "0x" prefix.  *endptr (if endptr
 *		is not NULL) is set after the last digit used, or to nptr
 *		when there is no number.  A value too large gives ULONG_MAX
 *		(there is no errno in this kernel).
 *------------------------------------------------------------------------
 */
unsigned long strtoul(
	  const char	*nptr,		/* string to convert		*/
	  char		**endptr,	/* where to store the end, or NULL */
	  int		base		/* 0 or 2..36			*/
	)
{
	const char	*s = nptr;
	bool8		neg = FALSE;
	bool8		overflow = FALSE;
	bool8		any = FALSE;	/* any digit consumed?		*/
	unsigned long	val = 0;
	unsigned long	limit;		/* largest val that may be scaled */
	int		d;

	if (base < 0 || base == 1 || base > MAXBASE) {
		if (endptr != NULL) {
			*endptr = (char *)nptr;
		}
		return 0;
	}
	while (isspace((unsigned char)*s)) {
		s++;
	}
	if (*s == '+' || *s == '-') {
		neg = (*s == '-');
		s++;
	}

	/* Take a hex prefix only if a hex digit follows it: in "0x" or
	   "0xg" the number is the lone 0 */
	if ((base == 0 || base == 16) && s[0] == '0'
			&& (s[1] == 'x' || s[1] == 'X')
			&& isxdigit((unsigned char)s[2])) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = (s[0] == '0') ? 8 : 10;
	}

	limit = ULONG_MAX / (unsigned long)base;
	for (;; s++) {
		d = digitval((unsigned char)*s);
		if (d >= base) {
			break;
		}
		any = TRUE;
		if (val > limit || val * base > ULONG_MAX - d) {
			overflow = TRUE;	/* keep consuming digits */
		} else {
			val = val * base + d;
		}
	}

	if (endptr != NULL) {
		*endptr = (char *)(any ? s : nptr);
	}
	if (overflow) {
		return ULONG_MAX;
	}
	return neg ? -val : val;
}
