/* vprintf.c - vprintf */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  vprintf  -  Format to the current process's standard output
 *------------------------------------------------------------------------
 */
int	vprintf(
	  const char	*fmt,		/* format			*/
	  va_list	ap		/* its arguments		*/
	)
{
	return vfprintf(stdout, fmt, ap);
}
