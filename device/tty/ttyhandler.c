/* ttyhandler.c - ttyhandler */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyhandler - take every byte the UARTs hold, on a receive interrupt
 *
 * The IRQ is edge-triggered at the PIC, so one interrupt must empty the
 * receive FIFO completely: a byte left behind keeps the UART's interrupt
 * line high and no further edge (and so no further interrupt) would come.
 * Handing a byte to the line discipline may signal a reader; rescheduling
 * is deferred until all bytes are in, so a woken reader of higher priority
 * cannot run in the middle of the drain.  The handler has no argument,
 * so it serves every initialized tty (each checks its own UART).
 *------------------------------------------------------------------------
 */
void	ttyhandler(void)
{
	struct	ttycblk	*typtr;		/* tty control block		*/
	int32	minor;			/* tty index in ttytab		*/
	int32	budget;			/* bytes we may still take	*/
	uint16	port;			/* base I/O port of the UART	*/

	resched_cntl(DEFER_START);
	for (minor = 0; minor < Ntty; minor++) {
		typtr = &ttytab[minor];
		if (!typtr->tyinited) {
			continue;
		}
		port = typtr->typort;
		for (budget = UART_RX_DRAIN; budget > 0; budget--) {
			if (!(inb(port + UART_LSR) & UART_LSR_DR)) {
				break;
			}
			ttyhandle_in(typtr, (char)inb(port + UART_RBR));
		}
	}
	resched_cntl(DEFER_STOP);
}
