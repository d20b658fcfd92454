/* qemu_exit.c - qemu_exit */

#include <xinu.h>

/*------------------------------------------------------------------------
 * qemu_exit - end QEMU through isa-debug-exit with status (code<<1)|1;
 *	       on a machine without that device, just halt
 *------------------------------------------------------------------------
 */
void	qemu_exit(uint32 code)
{
	disable();
	outl(QEMU_EXIT_PORT, code);
	halt();
}
