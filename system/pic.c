/* pic.c - picinit, irq_enable, irq_disable */

#include <xinu.h>

/*
 * The two 8259s are remapped so IRQ 0-15 arrive on vectors IRQBASE..+15,
 * clear of the CPU exceptions.  Every line starts masked; a driver unmasks
 * its own line once its handler is installed.
 */

#define	PIC1_CMD	0x20
#define	PIC1_DATA	0x21
#define	PIC2_CMD	0xa0
#define	PIC2_DATA	0xa1
#define	PIC_ICW1	0x11		/* edge triggered, cascade, ICW4	*/
#define	PIC_ICW4	0x01		/* 8086 mode				*/
#define	PIC_CASCADE_IRQ	2

static	uint16	irqmask = 0xffff;	/* 1 bit per masked line	*/

static	void	setmask(void)
{
	outb(PIC1_DATA, irqmask & 0xff);
	outb(PIC2_DATA, irqmask >> 8);
}

/*------------------------------------------------------------------------
 * picinit - remap and mask both PICs
 *------------------------------------------------------------------------
 */
void	picinit(void)
{
	outb(PIC1_CMD, PIC_ICW1);
	outb(PIC2_CMD, PIC_ICW1);
	outb(PIC1_DATA, IRQBASE);
	outb(PIC2_DATA, IRQBASE + 8);
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);
	outb(PIC2_DATA, PIC_CASCADE_IRQ);
	outb(PIC1_DATA, PIC_ICW4);
	outb(PIC2_DATA, PIC_ICW4);
	irqmask = 0xffff & ~(1 << PIC_CASCADE_IRQ);
	setmask();
}

/*------------------------------------------------------------------------
 * irq_enable - unmask one IRQ line
 *------------------------------------------------------------------------
 */
void	irq_enable(uint32 irq)
{
	intmask	mask = disable();

	if (irq < NIRQ) {
		irqmask &= ~(1 << irq);
		setmask();
	}
	restore(mask);
}

/*------------------------------------------------------------------------
 * irq_disable - mask one IRQ line
 *------------------------------------------------------------------------
 */
void	irq_disable(uint32 irq)
{
	intmask	mask = disable();

	if (irq < NIRQ) {
		irqmask |= (1 << irq);
		setmask();
	}
	restore(mask);
}

/*------------------------------------------------------------------------
 * pic_eoi - acknowledge an IRQ (both PICs for lines 8-15)
 *------------------------------------------------------------------------
 */
void	pic_eoi(uint32 irq)
{
	if (irq >= 8) {
		outb(PIC2_CMD, 0x20);
	}
	outb(PIC1_CMD, 0x20);
}
