/* kputc.c - kputc, kputs_raw */

#include <xinu.h>

/*------------------------------------------------------------------------
 * kputc - write a character on COM1 by polling, LF sent as CR LF
 *
 * Usable anywhere: with interrupts disabled, in a trap handler, and
 * before ttyinit has run.  It needs no initialization of its own: QEMU's
 * UART transmits whatever its settings, and on a PC the firmware leaves
 * COM1 usable; ttyinit later programs the real line settings.
 *------------------------------------------------------------------------
 */
void	kputc(
	  char		ch		/* character to write		*/
	)
{
	intmask	mask;			/* saved interrupt mask		*/

	/* CR and LF go out together, unbroken by other console output */
	mask = disable();
	if (ch == TY_NEWLINE) {
		uart_putc(UART_COM1_PORT, TY_RETURN);
	}
	uart_putc(UART_COM1_PORT, ch);
	restore(mask);
}

/*------------------------------------------------------------------------
 * kputs_raw - write a string with kputc, without any formatting
 *------------------------------------------------------------------------
 */
void	kputs_raw(
	  const char	*s		/* NUL-terminated string	*/
	)
{
	while (*s != NULLCH) {
		kputc(*s++);
	}
}
