/* sprintf.c - sprintf */

#include <ulib.h>

#define	SPRINTF_MAX	0x7FFFFFFF	/* no limit: the caller's buffer fits */

/*------------------------------------------------------------------------
 * sprintf - format into buf, which the caller made large enough
 *------------------------------------------------------------------------
 */
int	sprintf(char *buf, const char *fmt, ...)
{
	va_list	ap;
	int	count;

	va_start(ap, fmt);
	count = vsnprintf(buf, SPRINTF_MAX, fmt, ap);
	va_end(ap);
	return count;
}
