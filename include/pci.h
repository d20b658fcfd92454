/* pci.h - PCI configuration space (configuration mechanism #1)
 *
 * A function's 256-byte configuration space is read and written a dword
 * at a time: the address (bus, device, function, register) goes to
 * PCI_CONFIG_ADDR with the enable bit set, the data moves through
 * PCI_CONFIG_DATA.  The firmware (SeaBIOS, or the PXE ROM's BIOS) has
 * already assigned the BARs and the interrupt line before Xinu runs.
 */

#ifndef _PCI_H_
#define _PCI_H_

#define	PCI_CONFIG_ADDR	0xCF8
#define	PCI_CONFIG_DATA	0xCFC
#define	PCI_ENABLE	0x80000000	/* address register: enable bit	*/

#define	PCI_NBUS	256
#define	PCI_NDEV	32		/* devices on one bus		*/
#define	PCI_NFUNC	8		/* functions of one device	*/

/* Registers (byte offsets in configuration space) */
#define	PCI_ID		0x00		/* vendor (low 16) and device	*/
#define	PCI_CMD		0x04		/* command (low 16), status	*/
#define	PCI_HDRTYPE	0x0C		/* header type is bits 23..16	*/
#define	PCI_BAR0	0x10		/* first base address register	*/
#define	PCI_INTR	0x3C		/* interrupt line is bits 7..0	*/

#define	PCI_NOVENDOR	0xFFFF		/* no function at this address	*/
#define	PCI_MULTIFUNC	0x00800000	/* header type: several functions */

/* Command register bits */
#define	PCI_CMD_IO	0x0001		/* respond to I/O space		*/
#define	PCI_CMD_MEM	0x0002		/* respond to memory space	*/
#define	PCI_CMD_MASTER	0x0004		/* may master the bus (DMA)	*/
#define	PCI_CMD_INTXOFF	0x0400		/* INTx disabled		*/

/* BAR bits */
#define	PCI_BAR_IO	0x00000001	/* an I/O port BAR		*/
#define	PCI_BAR_MEMMASK	0xFFFFFFF0	/* a memory BAR's address	*/

/* A function's address packed as in the address register: bus 23..16,
   device 15..11, function 10..8 */
#define	PCI_BDF(b, d, f) (((uint32)(b) << 16) | ((uint32)(d) << 11) \
			  | ((uint32)(f) << 8))
#define	PCI_BUS(bdf)	(((bdf) >> 16) & 0xFF)
#define	PCI_DEV(bdf)	(((bdf) >> 11) & 0x1F)
#define	PCI_FUNC(bdf)	(((bdf) >> 8) & 0x7)

extern	uint32	pci_read(uint32, uint32);
extern	void	pci_write(uint32, uint32, uint32);
extern	int32	pci_find(uint16, uint16);

#endif /* _PCI_H_ */
