/* clkinit.c - clkinit */

#include <xinu.h>

/*
 * The 8254 PIT channel 0 is programmed as a rate generator at CLKFREQ Hz
 * (1 ms per tick); IRQ 0 drives clkhandler.
 */

#define	PIT_CH0		0x40
#define	PIT_CMD		0x43
#define	PIT_MODE2	0x34		/* channel 0, lo/hi byte, rate gen. */
#define	CLK_IRQ		0

uint32	clktime;		/* seconds since boot			*/
uint32	clkticks;		/* ms since boot			*/
uint32	count1000;		/* ms since last clktime increment	*/
qid16	sleepq;			/* queue of sleeping processes		*/
uint32	preempt;		/* ms left before preemption		*/

/*------------------------------------------------------------------------
 * clkinit - initialise the clock and sleep queue at startup
 *------------------------------------------------------------------------
 */
void	clkinit(void)
{
	uint16	divisor = PIT_HZ / CLKFREQ;

	sleepq = newqueue();
	preempt = QUANTUM;
	clktime = 0;
	clkticks = 0;
	count1000 = 0;

	outb(PIT_CMD, PIT_MODE2);
	outb(PIT_CH0, divisor & 0xff);
	outb(PIT_CH0, divisor >> 8);
	set_irqhandler(CLK_IRQ, clkhandler);
	irq_enable(CLK_IRQ);
}
