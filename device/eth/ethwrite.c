/* ethwrite.c - ethwrite */

#include <xinu.h>
#include <ether.h>

/*------------------------------------------------------------------------
 * ethwrite - queue one frame (destination, source, type, data; no CRC)
 *	      for transmission; len or SYSERR.  A full transmit ring
 *	      makes the caller wait for a descriptor: the queue is bounded.
 *------------------------------------------------------------------------
 */
devcall	ethwrite(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		*buf,		/* the frame			*/
	  int32		len		/* its length			*/
	)
{
	struct	ethcblk	*ethptr;
	struct	e1k_txd	*txd;
	intmask	mask;
	extern	byte	eth_txbufs[ETH_NTXD][ETH_BUFSIZ];

	if (devptr->dvminor != 0) {
		return SYSERR;
	}
	ethptr = &ethertab[devptr->dvminor];
	if (ethptr->state != ETH_STATE_UP) {
		return SYSERR;
	}
	if (buf == NULL || len < ETH_HDRLEN || len > ETH_MAXFRAME) {
		ethptr->stats.txerrs++;
		return SYSERR;
	}
	if (wait(ethptr->txsem) == SYSERR) {
		return SYSERR;
	}
	mask = disable();
	txd = &ethptr->txring[ethptr->txnext];
	memcpy(eth_txbufs[ethptr->txnext], buf, len);
	txd->length = len;		/* the NIC pads short frames	*/
	txd->cmd = E1K_TXD_EOP | E1K_TXD_IFCS | E1K_TXD_RS;
	txd->status = 0;
	ethptr->txnext = (ethptr->txnext + 1) % ETH_NTXD;
	ETH_REG(ethptr, E1K_TDT) = ethptr->txnext;
	ethptr->stats.txpkts++;
	ethptr->stats.txbytes += len;
	restore(mask);
	return len;
}
