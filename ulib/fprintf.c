/* fprintf.c - fprintf */

#include <ulib.h>

/*------------------------------------------------------------------------
 * fprintf - format onto descriptor fd (stdout, stderr)
 *------------------------------------------------------------------------
 */
int	fprintf(int fd, const char *fmt, ...)
{
	va_list	ap;
	int	count;

	va_start(ap, fmt);
	count = vfprintf(fd, fmt, ap);
	va_end(ap);
	return count;
}
