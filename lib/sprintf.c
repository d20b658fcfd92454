/* sprintf.c - sprintf */

#include <kernel.h>
#include <stdarg.h>
#include <stdio.h>

/*------------------------------------------------------------------------
 *  sprintf  -  Format into buf (NUL-terminated); return the length
 *------------------------------------------------------------------------
 */
int	sprintf(
	  char		*buf,		/* destination, large enough	*/
	  const char	*fmt,		/* format			*/
	  ...				/* arguments			*/
	)
{
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsprintf(buf, fmt, ap);
	va_end(ap);
	return n;
}
