/* panic.c - panic, panic_frame, backtrace */

#include <xinu.h>

/*
 * A panic prints what it knows, halts the CPU and (under QEMU with the
 * isa-debug-exit device) ends the emulator with a failure status, so a
 * host-side test sees a kernel panic at once instead of a time-out.
 */

#define	BT_MAXFRAMES	16

/* A frame pointer can be followed if it is in the kernel's image or heap
   (where stacks of create processes live), or in the current process's
   virtual stack */
static	bool8	bt_addr_ok(uint32 a)
{
	if (a >= (uint32)&text && a + 8 <= KHEAP_END) {
		return TRUE;
	}
	return vm_stack_contains(currpid, a, 8);
}

/*------------------------------------------------------------------------
 * backtrace - follow the saved-EBP chain, printing return addresses
 *------------------------------------------------------------------------
 */
void	backtrace(uint32 ebp)
{
	int32	i;
	uint32	*fp = (uint32 *)ebp;

	kprintf("Backtrace:\n");
	for (i = 0; i < BT_MAXFRAMES && fp != NULL; i++) {
		/* Only follow frames that lie in mapped stack memory */
		if (((uint32)fp & 3) || !bt_addr_ok((uint32)fp)) {
			break;
		}
		kprintf("  #%d  0x%08x\n", i, fp[1]);
		fp = (uint32 *)fp[0];
	}
}

static	void	panic_stop(void)
{
	outl(QEMU_EXIT_PORT, QEMU_EXIT_FAIL);
	halt();
}

/*------------------------------------------------------------------------
 * panic - print a message and stop the system
 *------------------------------------------------------------------------
 */
void	panic(char *fmt, ...)
{
	va_list	ap;
	uint32	ebp;
	char	buf[256];

	disable();
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	kprintf("\n\nPANIC: %s\n", buf);
	asm volatile("movl %%ebp, %0" : "=r"(ebp));
	backtrace(ebp);
	panic_stop();
}

/*------------------------------------------------------------------------
 * panic_frame - panic for an exception, with the registers of the frame
 *------------------------------------------------------------------------
 */
void	panic_frame(struct trapframe *tf, char *fmt, ...)
{
	va_list	ap;
	char	buf[256];

	disable();
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	kprintf("\n\nPANIC: %s\n", buf);
	kprintf("  vector %d  error code 0x%08x  EIP 0x%08x  CR2 0x%08x\n",
		tf->vector, tf->errcode, tf->eip, read_cr2());
	kprintf("  EAX 0x%08x EBX 0x%08x ECX 0x%08x EDX 0x%08x\n",
		tf->eax, tf->ebx, tf->ecx, tf->edx);
	kprintf("  ESI 0x%08x EDI 0x%08x EBP 0x%08x ESP 0x%08x\n",
		tf->esi, tf->edi, tf->ebp, tf->esp);
	kprintf("  EFLAGS 0x%08x CS 0x%04x CR3 0x%08x pid %d\n",
		tf->eflags, tf->cs, read_cr3(), currpid);
	backtrace(tf->ebp);
	panic_stop();
}
