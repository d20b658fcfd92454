/* kprintf.c - kprintf */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  kputcfn  -  _fdoprnt output function: polled console output
 *------------------------------------------------------------------------
 */
local	int	kputcfn(
	  int		farg,		/* unused			*/
	  int		ch		/* character			*/
	)
{
	kputc((char)ch);		/* kputc itself turns \n into \r\n */
	return ch;
}

/*------------------------------------------------------------------------
 *  kprintf  -  Formatted output straight to the console by polling, for
 *		the kernel and for debugging.  It works anywhere (early
 *		boot, interrupt handlers, with interrupts off) because it
 *		neither blocks nor allocates.  Interrupts stay disabled for
 *		the whole message, so messages of different processes
 *		never mix mid-line.
 *------------------------------------------------------------------------
 */
int	kprintf(
	  const char	*fmt,		/* format			*/
	  ...				/* arguments			*/
	)
{
	va_list	ap;
	intmask	mask;
	int	n;

	mask = disable();
	va_start(ap, fmt);
	n = _fdoprnt(fmt, ap, kputcfn, 0);
	va_end(ap);
	restore(mask);
	return n;
}
