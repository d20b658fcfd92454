/* vsprintf.c - vsprintf */

#include <kernel.h>
#include <stdarg.h>
#include <stdio.h>

/* No bound: the caller promises buf is large enough */
#define	UNBOUNDED	((size_t)-1)

/*------------------------------------------------------------------------
 *  vsprintf  -  Format into buf (NUL-terminated); return the length
 *------------------------------------------------------------------------
 */
int	vsprintf(
	  char		*buf,		/* destination			*/
	  const char	*fmt,		/* format			*/
	  va_list	ap		/* its arguments		*/
	)
{
	return vsnprintf(buf, UNBOUNDED, fmt, ap);
}
