/* ethhandler.c - ethhandler */

#include <xinu.h>
#include <ether.h>

/*------------------------------------------------------------------------
 * ethhandler - the NIC's interrupt: count the frames the NIC has
 *	written into the receive ring (readers wait for them on rxsem) and
 *	reclaim transmit descriptors it has sent (writers wait on txsem).
 *	Reading ICR acknowledges the interrupt and lowers the PCI line.
 *------------------------------------------------------------------------
 */
void	ethhandler(void)
{
	struct	ethcblk	*ethptr = &ethertab[0];
	uint32	icr;
	int32	nrx = 0, ntx = 0;

	if (ethptr->state != ETH_STATE_UP) {
		return;
	}
	icr = ETH_REG(ethptr, E1K_ICR);
	if (icr == 0) {
		return;			/* another device's interrupt	*/
	}
	ethptr->stats.intrs++;

	/* Descriptors a reader has not been told about yet; the count
	   stops short of a full lap (the reader gives them back) */
	while ((ethptr->rxring[ethptr->rxscan].status & E1K_RXD_DD)
	       && nrx < ETH_NRXD) {
		ethptr->rxscan = (ethptr->rxscan + 1) % ETH_NRXD;
		nrx++;
	}
	while (ethptr->txclean != ethptr->txnext
	       && (ethptr->txring[ethptr->txclean].status & E1K_TXD_DD)) {
		ethptr->txclean = (ethptr->txclean + 1) % ETH_NTXD;
		ntx++;
	}
	ethptr->stats.rxdrops += ETH_REG(ethptr, E1K_MPC);	/* clears */
	if (ntx > 0) {
		signaln(ethptr->txsem, ntx);
	}
	if (nrx > 0) {
		signaln(ethptr->rxsem, nrx);
	}
}
