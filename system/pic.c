/* pic.c - picinit, irq_enable, irq_disable, pic_eoi, pic_eoi_inservice */

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
#define	PIC_EOI		0x20		/* non-specific end of interrupt	*/
#define	PIC_READ_IRR	0x0a		/* OCW3: next read gives the IRR	*/
#define	PIC_READ_ISR	0x0b		/* OCW3: next read gives the ISR	*/

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
		outb(PIC2_CMD, PIC_EOI);
	}
	outb(PIC1_CMD, PIC_EOI);
}

/*------------------------------------------------------------------------
 * pic_eoi_inservice - acknowledge every IRQ the PICs consider in service
 *	(used when a process dies in the middle of taking an interrupt:
 *	trap() acknowledges on entry, so an in-service line is one whose
 *	handler will now never run)
 *------------------------------------------------------------------------
 */
void	pic_eoi_inservice(void)
{
	uint8	isr1, isr2;

	outb(PIC1_CMD, PIC_READ_ISR);
	outb(PIC2_CMD, PIC_READ_ISR);
	isr1 = inb(PIC1_CMD);
	isr2 = inb(PIC2_CMD);
	for (; isr2 != 0; isr2 &= isr2 - 1) {
		outb(PIC2_CMD, PIC_EOI);
	}
	for (; isr1 != 0; isr1 &= isr1 - 1) {
		outb(PIC1_CMD, PIC_EOI);
	}
	outb(PIC1_CMD, PIC_READ_IRR);
	outb(PIC2_CMD, PIC_READ_IRR);
}
