/* pci_read.c - pci_read */

#include <xinu.h>
#include <pci.h>

/*------------------------------------------------------------------------
 * pci_read - read a dword of a function's configuration space
 *------------------------------------------------------------------------
 */
uint32	pci_read(
	  uint32	bdf,		/* function, as PCI_BDF makes it	*/
	  uint32	reg		/* byte offset, a multiple of 4	*/
	)
{
	intmask	mask;
	uint32	v;

	/* The address/data pair is one shared register: keep it whole */
	mask = disable();
	outl(PCI_CONFIG_ADDR, PCI_ENABLE | bdf | (reg & 0xFC));
	v = inl(PCI_CONFIG_DATA);
	restore(mask);
	return v;
}
