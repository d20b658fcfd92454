/* lab_panic.c - main: a fault no process can be blamed for is a panic
 *
 * Installs a clock interrupt handler that dereferences NULL.  The page
 * fault comes from inside an interrupt handler, so the kernel must panic:
 * registers, a backtrace, and QEMU ends with the failure status.
 * tests/runner.py compares the output with lab_panic.expected.
 */

#include <xinu.h>

void	badtick(void)
{
	*(volatile int32 *)0 = 1;
}

process	main(void)
{
	kprintf("installing a faulting clock handler\n");
	set_irqhandler(0, badtick);
	sleepms(100);
	kprintf("still running: the panic did not happen\n");
	return OK;
}
