/* idt.c - idtinit */

#include <xinu.h>

/*
 * All 32 exception vectors and the 16 remapped IRQs enter through the
 * stubs of intr.S.  Interrupt gates (not trap gates) are used so that every
 * handler starts with interrupts off: trap() decides when they come back.
 */

struct	gate {
	uint16	off_lo;
	uint16	sel;
	uint8	zero;
	uint8	type;
	uint16	off_hi;
} __attribute__((packed));

#define	GATE_INTR	0x8e		/* present, ring 0, 32-bit interrupt gate */
#define	GATE_TASK	0x85		/* present, ring 0, task gate		  */
#define	GATE_UINTR	0xee		/* present, ring 3 may use it, interrupt gate */

static	struct	gate	idt[NIDT];
extern	uint32	vectors[];		/* the stubs, intr.S		*/
extern	void	vecsyscall(void);	/* the system call's stub	*/

struct	{
	uint16	limit;
	uint32	base;
} __attribute__((packed)) idtr;

/*------------------------------------------------------------------------
 * idtinit - fill and load the IDT
 *------------------------------------------------------------------------
 */
void	idtinit(void)
{
	int32	i;

	memset(idt, 0, sizeof(idt));
	for (i = 0; i < IRQBASE + NIRQ; i++) {
		idt[i].off_lo = vectors[i] & 0xffff;
		idt[i].off_hi = vectors[i] >> 16;
		idt[i].sel = KCODE_SEL;
		idt[i].type = GATE_INTR;
	}

	/* A double fault switches to a task with a stack of its own, so that
	   overflowing a stack cannot turn into a triple fault */
	idt[IDT_DF].off_lo = idt[IDT_DF].off_hi = 0;
	idt[IDT_DF].sel = DFTSS_SEL;
	idt[IDT_DF].type = GATE_TASK;

	/* The one gate ring 3 may use: system calls (trap() turns
	   interrupts back on for the call); ring 3 reaching any other
	   vector with int is a general protection fault */
	idt[SYSCALL_VEC].off_lo = (uint32)vecsyscall & 0xffff;
	idt[SYSCALL_VEC].off_hi = (uint32)vecsyscall >> 16;
	idt[SYSCALL_VEC].sel = KCODE_SEL;
	idt[SYSCALL_VEC].type = GATE_UINTR;

	idtr.limit = sizeof(idt) - 1;
	idtr.base = (uint32)idt;
	asm volatile("lidt idtr" : : : "memory");
}
