/* trap.c - trap, set_irqhandler */

#include <xinu.h>

/*
 * trap() is the one C entry point for every exception and IRQ (intr.S).
 * IRQs are acknowledged before their handler runs because a handler may
 * reschedule, and the next process must not find its line blocked.
 * A page fault goes to the paging subsystem first; what it cannot resolve,
 * and every other exception, is charged to the running process: it is
 * reported and killed, and the system goes on.  Only faults that no
 * process can be blamed for (the null process, boot code, or an exception
 * taken while an interrupt handler runs) end in a panic.
 *
 * User programs (ring 3) make the boundary exact: whatever a program does
 * in ring 3 kills that program only (a page or protection fault prints
 * the one-line SEGMENTATION_FAULT), while a fault in ring 0 on behalf of
 * a user program, inside a system call, is the kernel's own (every
 * pointer a call takes is checked first, usercheck.c) and panics.
 * System calls (vector SYSCALL_VEC) go to syscall_dispatch.
 */


#define	IN_IRQ	(proctab[currpid].prindepth)

static	void	(*irqhandlers[NIRQ])(void);
bool8	kernel_running = FALSE;		/* processes exist (sysinit done) */

/* Off by default: SEGMENTATION_FAULT, STACK_OVERFLOW and OUT_OF_MEMORY
   print exactly the lab's one line, which students diff against the
   reference; a program or the shell (debugfaults on) asks for more */
volatile uint32 debug_faults = 0;

char	*exc_names[NEXC] = {
	"divide error", "debug", "NMI", "breakpoint", "overflow",
	"bound range exceeded", "invalid opcode", "device not available",
	"double fault", "coprocessor segment overrun", "invalid TSS",
	"segment not present", "stack-segment fault",
	"general protection fault", "page fault", "reserved (15)",
	"x87 floating-point error", "alignment check", "machine check",
	"SIMD floating-point error", "virtualization exception",
	"control protection exception", "reserved (22)", "reserved (23)",
	"reserved (24)", "reserved (25)", "reserved (26)", "reserved (27)",
	"hypervisor injection", "VMM communication", "security exception",
	"reserved (31)"
};

/*------------------------------------------------------------------------
 * set_irqhandler - install the handler that runs when an IRQ line fires
 *------------------------------------------------------------------------
 */
void	set_irqhandler(uint32 irq, void (*handler)(void))
{
	intmask	mask = disable();

	if (irq < NIRQ) {
		irqhandlers[irq] = handler;
	}
	restore(mask);
}

/*------------------------------------------------------------------------
 * trap - dispatch one interrupt or exception (interrupts are off)
 *------------------------------------------------------------------------
 */
void	trap(struct trapframe *tf)
{
	uint32	vec = tf->vector;

	/* Page faults first: their path is the one measured (make bench) */
	if (vec == IDT_PF && kernel_running && vm_pagefault(tf) == OK) {
		return;
	}
	if (vec >= IRQBASE && vec < IRQBASE + NIRQ) {
		uint32	irq = vec - IRQBASE;

		pic_eoi(irq);
		/* Counted per process: a handler may reschedule, and the
		   count must follow the process it interrupted */
		if (irqhandlers[irq] != NULL) {
			proctab[currpid].prindepth++;
			irqhandlers[irq]();
			proctab[currpid].prindepth--;
		}
		return;
	}

	if (vec == SYSCALL_VEC) {
		syscall_dispatch(tf);
		return;
	}
	if (vec == IDT_NM) {		/* the FPU is another's: switch it */
		fpu_trap();
		return;
	}

	if (TF_USER(tf) && vec < NEXC) {	/* the program's doing	*/
		/* One line, as for the lab's faults: a protection fault (cli,
		   in, out, a privileged instruction) is a segmentation fault,
		   a page fault said so already (vm_pagefault); any other
		   exception is named.  debug_faults adds the full report. */
		if (vec == IDT_GP) {
			kprintf("P%d:: SEGMENTATION_FAULT\n", currpid);
		} else if (vec != IDT_PF) {
			kprintf("P%d:: EXCEPTION (%s)\n", currpid,
				exc_names[vec]);
		}
		if (!debug_faults) {
			kill(currpid);
		}
		killproc_fault(exc_names[vec], tf);
	}
	if (vec >= NEXC || currpid == NULLPROC || !kernel_running
			|| IN_IRQ > 0 || proctab[currpid].pruser) {
		panic_frame(tf, "unhandled %s (vector %d) %s",
			vec < NEXC ? exc_names[vec] : "interrupt", vec,
			IN_IRQ > 0 ? "in an interrupt handler"
			: proctab[currpid].pruser ? "in a system call"
			: (kernel_running ? "in the null process" : "during boot"));
	}
	killproc_fault(exc_names[vec], tf);
}
