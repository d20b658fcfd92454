/* ttyinit.c - ttyinit */

#include <xinu.h>

struct	ttycblk	ttytab[Ntty];

/*------------------------------------------------------------------------
 * ttyinit - set up a tty's line discipline and program its 16550 UART
 *
 * A second call (init() on an open console) resets the modes and the
 * hardware but keeps buffered input and the semaphore, so that readers
 * already blocked on it are not stranded.
 *------------------------------------------------------------------------
 */
devcall	ttyinit(
	  struct dentry	*devptr		/* entry in device switch table	*/
	)
{
	struct	ttycblk	*typtr;		/* tty control block		*/
	uint16	port;			/* base I/O port of the UART	*/
	uint32	divisor;		/* baud rate divisor		*/
	int32	drain;			/* stale bytes left to discard	*/
	intmask	mask;			/* saved interrupt mask		*/

	if (devptr->dvminor < 0 || devptr->dvminor >= Ntty) {
		return SYSERR;
	}
	typtr = &ttytab[devptr->dvminor];

	/* A configuration without a CSR address means the standard COM1 */
	port = (uint16)(uint32)devptr->dvcsr;
	if (port == 0) {
		port = UART_COM1_PORT;
	}

	mask = disable();

	if (!typtr->tyinited) {
		typtr->tyisem = semcreate(0);
		if (typtr->tyisem == SYSERR) {
			restore(mask);
			return SYSERR;
		}
		typtr->tyihead = typtr->tyitail = 0;
		typtr->tyicnt = 0;
		typtr->tyicursor = 0;
		typtr->tyintrpid = TY_NOPID;
		typtr->tyintr = FALSE;
	}
	typtr->tyintrc = TY_INTRCH;
	typtr->typort = port;
	typtr->tyimode = TY_IMCOOKED;
	typtr->tyiecho = TRUE;
	typtr->tyevis = TRUE;
	typtr->tyicrlf = TRUE;
	typtr->tyocrlf = TRUE;
	typtr->tyeof = TRUE;
	typtr->tyeofch = TY_EOFCH;
	typtr->tyikillc = TY_KILLCH;
	typtr->tyierasec = TY_BACKSP;
	typtr->tyierasec2 = TY_BACKSP2;

	/* No UART interrupts while the line is being reprogrammed */
	outb(port + UART_IER, 0);

	divisor = UART_DIVBASE / UART_BAUD;
	outb(port + UART_LCR, UART_LCR_DLAB);
	outb(port + UART_DLL, divisor & 0xff);
	outb(port + UART_DLM, (divisor >> 8) & 0xff);
	outb(port + UART_LCR, UART_LCR_8N1);	/* also clears DLAB	*/

	/* Interrupt at the first received byte: a typist wants it now */
	outb(port + UART_FCR, UART_FCR_EFIFO | UART_FCR_RRESET |
			UART_FCR_TRESET | UART_FCR_TRIG1);

	/* Without OUT2 the UART's interrupt never reaches the PIC */
	outb(port + UART_MCR, UART_MCR_DTR | UART_MCR_RTS | UART_MCR_OUT2);

	/* Clear conditions left over from before: reading each of these
	   registers acknowledges its interrupt source */
	for (drain = UART_RX_DRAIN; drain > 0; drain--) {
		if (!(inb(port + UART_LSR) & UART_LSR_DR)) {
			break;
		}
		(void)inb(port + UART_RBR);
	}
	(void)inb(port + UART_MSR);
	(void)inb(port + UART_IIR);

	typtr->tyinited = TRUE;

	set_irqhandler(devptr->dvirq, devptr->dvintr);
	outb(port + UART_IER, UART_IER_ERBFI);
	irq_enable(devptr->dvirq);

	restore(mask);
	return OK;
}
