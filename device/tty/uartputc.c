/* uartputc.c - uart_putc */

#include <xinu.h>

/*------------------------------------------------------------------------
 * uart_putc - send one byte on the UART at port base by polling
 *
 * Waits for the transmit holding register to empty, but only for a
 * bounded time: a UART that never reports ready (absent, or wedged) must
 * not hang the kernel, so after UART_TX_SPIN polls the byte is written
 * regardless.  The caller disables interrupts when it must not be
 * interleaved with other output.
 *------------------------------------------------------------------------
 */
void	uart_putc(
	  uint16	base,		/* base I/O port of the UART	*/
	  char		ch		/* byte to send			*/
	)
{
	int32	spin;			/* polls left			*/

	for (spin = UART_TX_SPIN; spin > 0; spin--) {
		if (inb(base + UART_LSR) & UART_LSR_THRE) {
			break;
		}
	}
	outb(base + UART_THR, (uint8)ch);
}
