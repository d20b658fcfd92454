/* uart.h - 16550 UART registers and the polled output primitive */

#ifndef _UART_H_
#define _UART_H_

/*
 * The PC's serial ports are 16550-compatible UARTs reached through eight
 * consecutive I/O ports.  The console is COM1; QEMU's -serial stdio is
 * connected to it.
 */
#define	UART_COM1_PORT	0x3f8		/* base I/O port of COM1	*/
#define	UART_COM1_IRQ	4		/* its PIC line			*/

/* The divisor latch divides a 1.8432 MHz clock by 16 * divisor */
#define	UART_DIVBASE	115200		/* baud rate with divisor 1	*/
#define	UART_BAUD	115200		/* console speed		*/

/* Register offsets from the base port (DLAB is bit 7 of the LCR) */
#define	UART_RBR	0	/* receive buffer (read, DLAB = 0)	*/
#define	UART_THR	0	/* transmit holding (write, DLAB = 0)	*/
#define	UART_DLL	0	/* divisor latch low byte (DLAB = 1)	*/
#define	UART_IER	1	/* interrupt enable (DLAB = 0)		*/
#define	UART_DLM	1	/* divisor latch high byte (DLAB = 1)	*/
#define	UART_IIR	2	/* interrupt identification (read)	*/
#define	UART_FCR	2	/* FIFO control (write)			*/
#define	UART_LCR	3	/* line control				*/
#define	UART_MCR	4	/* modem control			*/
#define	UART_LSR	5	/* line status				*/
#define	UART_MSR	6	/* modem status				*/
#define	UART_SCR	7	/* scratch				*/

/* IER bits */
#define	UART_IER_ERBFI	0x01	/* interrupt when received data ready	*/
#define	UART_IER_ETBEI	0x02	/* interrupt when THR empty		*/
#define	UART_IER_ELSI	0x04	/* interrupt on line status change	*/
#define	UART_IER_EDSSI	0x08	/* interrupt on modem status change	*/

/* IIR bits */
#define	UART_IIR_NOINT	0x01	/* no interrupt pending			*/

/* FCR bits */
#define	UART_FCR_EFIFO	0x01	/* enable both FIFOs			*/
#define	UART_FCR_RRESET	0x02	/* discard receive FIFO contents	*/
#define	UART_FCR_TRESET	0x04	/* discard transmit FIFO contents	*/
#define	UART_FCR_TRIG1	0x00	/* receive interrupt at 1 byte		*/
#define	UART_FCR_TRIG4	0x40	/* ... at 4 bytes			*/
#define	UART_FCR_TRIG8	0x80	/* ... at 8 bytes			*/
#define	UART_FCR_TRIG14	0xc0	/* ... at 14 bytes			*/

/* LCR bits */
#define	UART_LCR_8N1	0x03	/* 8 data bits, no parity, 1 stop bit	*/
#define	UART_LCR_DLAB	0x80	/* expose the divisor latch		*/

/* MCR bits */
#define	UART_MCR_DTR	0x01	/* data terminal ready			*/
#define	UART_MCR_RTS	0x02	/* request to send			*/
#define	UART_MCR_OUT2	0x08	/* gates the UART's IRQ onto the bus	*/

/* LSR bits */
#define	UART_LSR_DR	0x01	/* a received byte is waiting		*/
#define	UART_LSR_OE	0x02	/* overrun: a byte was lost		*/
#define	UART_LSR_THRE	0x20	/* transmitter can take a byte		*/
#define	UART_LSR_TEMT	0x40	/* transmitter completely idle		*/

/*
 * Bounds on busy loops, so that a missing or wedged UART slows the kernel
 * down instead of hanging it (an absent port reads as 0xff).
 */
#define	UART_TX_SPIN	100000	/* LSR polls before writing anyway	*/
#define	UART_RX_DRAIN	4096	/* bytes taken in one interrupt at most	*/

/* Send one byte by polling; the caller decides about interrupts */
extern	void	uart_putc(uint16, char);

#endif /* _UART_H_ */
