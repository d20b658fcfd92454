/* fprintf.c - fprintf */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  fprintf  -  Format to a device; return the number of characters
 *------------------------------------------------------------------------
 */
int	fprintf(
	  int		dev,		/* device descriptor		*/
	  const char	*fmt,		/* format			*/
	  ...				/* arguments			*/
	)
{
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vfprintf(dev, fmt, ap);
	va_end(ap);
	return n;
}
