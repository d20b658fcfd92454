/* printf.c - printf */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  printf  -  Format to the current process's standard output; return
 *		the number of characters
 *------------------------------------------------------------------------
 */
int	printf(
	  const char	*fmt,		/* format			*/
	  ...				/* arguments			*/
	)
{
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}
