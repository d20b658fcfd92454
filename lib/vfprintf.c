/* vfprintf.c - vfprintf */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  devput  -  _fdoprnt output function: write ch to device farg
 *------------------------------------------------------------------------
 */
local	int	devput(
	  int		farg,		/* device descriptor		*/
	  int		ch		/* character			*/
	)
{
	return putc((did32)farg, (char)ch);
}

/*------------------------------------------------------------------------
 *  vfprintf  -  Format to a device, one putc per character; return the
 *		number of characters produced
 *------------------------------------------------------------------------
 */
int	vfprintf(
	  int		dev,		/* device descriptor		*/
	  const char	*fmt,		/* format			*/
	  va_list	ap		/* its arguments		*/
	)
{
	return _fdoprnt(fmt, ap, devput, dev);
}
