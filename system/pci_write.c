/* pci_write.c - pci_write */

#include <xinu.h>
#include <pci.h>

/*------------------------------------------------------------------------
 * pci_write - write a dword of a function's configuration space
 *------------------------------------------------------------------------
 */
void	pci_write(
	  uint32	bdf,		/* function, as PCI_BDF makes it	*/
	  uint32	reg,		/* byte offset, a multiple of 4	*/
	  uint32	val
	)
{
	intmask	mask;

	mask = disable();
	outl(PCI_CONFIG_ADDR, PCI_ENABLE | bdf | (reg & 0xFC));
	outl(PCI_CONFIG_DATA, val);
	restore(mask);
}
