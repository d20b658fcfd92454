/* ttyoutc.c - ttyoutc */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyoutc - send one character to a tty, mapping LF to CR LF
 *
 * Interrupts are disabled for one byte at a time only, so the clock
 * keeps ticking during long writes, yet a byte from an interrupt-time
 * echo or kprintf cannot slip between the LSR poll and the THR write.
 *------------------------------------------------------------------------
 */
void	ttyoutc(
	  struct ttycblk *typtr,	/* tty control block		*/
	  char		ch		/* character to send		*/
	)
{
	intmask	mask;			/* saved interrupt mask		*/

	if (ch == TY_NEWLINE && typtr->tyocrlf) {
		mask = disable();
		uart_putc(typtr->typort, TY_RETURN);
		restore(mask);
	}
	mask = disable();
	uart_putc(typtr->typort, ch);
	restore(mask);
}
