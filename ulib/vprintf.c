/* vprintf.c - vprintf */

#include <ulib.h>

/*------------------------------------------------------------------------
 * vprintf - format onto stdout with a va_list
 *------------------------------------------------------------------------
 */
int	vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}
