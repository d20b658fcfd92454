/* pci_find.c - pci_find */

#include <xinu.h>
#include <pci.h>

/*------------------------------------------------------------------------
 * pci_find - scan every bus for a function with this vendor and device
 *	      ID; its address (PCI_BDF) or SYSERR if there is none
 *------------------------------------------------------------------------
 */
int32	pci_find(
	  uint16	vendor,
	  uint16	device
	)
{
	uint32	bus, dev, func, nfunc, id;

	for (bus = 0; bus < PCI_NBUS; bus++) {
		for (dev = 0; dev < PCI_NDEV; dev++) {
			id = pci_read(PCI_BDF(bus, dev, 0), PCI_ID);
			if ((id & 0xFFFF) == PCI_NOVENDOR) {
				continue;
			}
			/* Functions 1-7 exist only on a multi-function
			   device; elsewhere they may echo function 0 */
			nfunc = (pci_read(PCI_BDF(bus, dev, 0), PCI_HDRTYPE)
				 & PCI_MULTIFUNC) ? PCI_NFUNC : 1;
			for (func = 0; func < nfunc; func++) {
				id = pci_read(PCI_BDF(bus, dev, func), PCI_ID);
				if ((id & 0xFFFF) == vendor
				    && (id >> 16) == device) {
					return (int32)PCI_BDF(bus, dev, func);
				}
			}
		}
	}
	return SYSERR;
}
