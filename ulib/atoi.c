/* atoi.c - atoi */

#include <ctype.h>
#include <stdlib.h>

/*------------------------------------------------------------------------
 * atoi - the decimal number at the start of s, after blanks and an
 *	optional sign; 0 when there is none
 *------------------------------------------------------------------------
 */
int	atoi(const char *s)
{
	unsigned int v = 0;		/* unsigned: no overflow trap	*/
	int	neg = 0;

	while (isspace((unsigned char)*s)) {
		s++;
	}
	if (*s == '-' || *s == '+') {
		neg = *s++ == '-';
	}
	while (isdigit((unsigned char)*s)) {
		v = v * 10 + (*s++ - '0');
	}
	return neg ? (int)(0u - v) : (int)v;	/* no overflow at INT_MIN */
}
