/* kputc.c - kputc, kputs_raw */

#include <xinu.h>

/*------------------------------------------------------------------------
 * kputc - write a character on the console's UART by polling, LF sent as
 *	   CR LF
 *
 * Usable anywhere: with interrupts disabled, in a trap handler, and
 * before ttyinit has run.  The port is CONSOLE's CSR from the device
 * table (static data, there from the start), so config/Configuration is
 * the one place it is set.  It needs no initialization of its own: QEMU's
 * UART transmits whatever its settings, and on a PC the firmware leaves
 * COM1 usable; ttyinit later programs the real line settings.
 *------------------------------------------------------------------------
 */
void	kputc(
	  char		ch		/* character to write		*/
	)
{
	intmask	mask;			/* saved interrupt mask		*/
	uint16	port = (uint16)(uint32)devtab[CONSOLE].dvcsr;

	if (port == 0) {
		port = UART_COM1_PORT;	/* as ttyinit does without a CSR */
	}
	/* CR and LF go out together, unbroken by other console output */
	mask = disable();
	if (ch == TY_NEWLINE) {
		uart_putc(port, TY_RETURN);
	}
	uart_putc(port, ch);
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
