/* snprintf.c - snprintf */

#include <ulib.h>

/*------------------------------------------------------------------------
 * snprintf - format into buf of size bytes (see vsnprintf)
 *------------------------------------------------------------------------
 */
int	snprintf(char *buf, unsigned int size, const char *fmt, ...)
{
	va_list	ap;
	int	count;

	va_start(ap, fmt);
	count = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return count;
}
