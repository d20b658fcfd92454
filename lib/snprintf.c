/* snprintf.c - snprintf */

#include <kernel.h>
#include <stdarg.h>
#include <stdio.h>

/*------------------------------------------------------------------------
 *  snprintf  -  Format into buf of size bytes; see vsnprintf
 *------------------------------------------------------------------------
 */
int	snprintf(
	  char		*buf,		/* destination			*/
	  size_t	size,		/* bytes available at buf	*/
	  const char	*fmt,		/* format			*/
	  ...				/* arguments			*/
	)
{
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
