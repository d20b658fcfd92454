/* ethinit.c - ethinit */

#include <xinu.h>
#include <pci.h>
#include <ether.h>

struct	ethcblk	ethertab[1];

/* The rings and buffers: static, so they sit in the kernel region where
   the physical address the NIC is given is the pointer's own value */
static	struct	e1k_rxd	rxring[ETH_NRXD] __attribute__((aligned(128)));
static	struct	e1k_txd	txring[ETH_NTXD] __attribute__((aligned(128)));
byte	eth_rxbufs[ETH_NRXD][ETH_BUFSIZ] __attribute__((aligned(16)));
byte	eth_txbufs[ETH_NTXD][ETH_BUFSIZ] __attribute__((aligned(16)));

/*------------------------------------------------------------------------
 * ethinit - find the 82545EM on the PCI bus, let it master the bus and
 *	     map its registers; the NIC itself is programmed by ethopen,
 *	     once paging is on (init runs before, when the mapping is not
 *	     yet in force).  No NIC: said once, and the device stays FREE,
 *	     so every later call on it fails with SYSERR.
 *------------------------------------------------------------------------
 */
devcall	ethinit(
	  struct dentry	*devptr		/* entry in device switch table	*/
	)
{
	struct	ethcblk	*ethptr;
	int32	bdf;
	uint32	bar, cmd;

	if (devptr->dvminor != 0) {
		return SYSERR;
	}
	ethptr = &ethertab[devptr->dvminor];
	memset(ethptr, 0, sizeof(*ethptr));
	ethptr->state = ETH_STATE_FREE;
	ethptr->rxsem = ethptr->txsem = ethptr->rxlock = SYSERR;

	bdf = pci_find(ETH_VENDOR, ETH_DEVICE);
	if (bdf == SYSERR) {
		kprintf("%s: no Intel 82545EM (%04x:%04x) on the PCI bus: "
			"no network\n", devptr->dvname, ETH_VENDOR, ETH_DEVICE);
		return SYSERR;
	}
	bar = pci_read(bdf, PCI_BAR0);
	ethptr->irq = pci_read(bdf, PCI_INTR) & 0xFF;
	if ((bar & PCI_BAR_IO) || (bar & PCI_BAR_MEMMASK) == 0
	    || ethptr->irq >= NIRQ) {
		kprintf("%s: 82545EM at %d:%d.%d not set up by the firmware "
			"(BAR0 0x%08x, IRQ %d): no network\n", devptr->dvname,
			PCI_BUS(bdf), PCI_DEV(bdf), PCI_FUNC(bdf), bar,
			ethptr->irq);
		return SYSERR;
	}
	ethptr->barphys = bar & PCI_BAR_MEMMASK;
	ethptr->regs = vm_mmiomap(ethptr->barphys, E1K_BARSIZE);
	if (ethptr->regs == NULL) {
		kprintf("%s: no room to map the registers\n", devptr->dvname);
		return SYSERR;
	}

	/* Memory decoding and DMA on; the legacy interrupt line used */
	cmd = pci_read(bdf, PCI_CMD);
	cmd = (cmd & 0xFFFF & ~PCI_CMD_INTXOFF) | PCI_CMD_MEM | PCI_CMD_MASTER;
	pci_write(bdf, PCI_CMD, cmd);

	ethptr->bdf = bdf;
	ethptr->rxring = rxring;
	ethptr->txring = txring;
	ethptr->rxsem = semcreate(0);
	ethptr->txsem = semcreate(ETH_NTXD - 1);
	ethptr->rxlock = semcreate(1);
	if (ethptr->rxsem == SYSERR || ethptr->txsem == SYSERR
	    || ethptr->rxlock == SYSERR) {
		return SYSERR;
	}
	ethptr->state = ETH_STATE_DOWN;
	return OK;
}
