/* printf.c - printf */

#include <ulib.h>

/*------------------------------------------------------------------------
 * printf - format onto stdout
 *------------------------------------------------------------------------
 */
int	printf(const char *fmt, ...)
{
	va_list	ap;
	int	count;

	va_start(ap, fmt);
	count = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return count;
}
