/* ethread.c - ethread */

#include <xinu.h>
#include <ether.h>

/*------------------------------------------------------------------------
 * ethread - wait for a frame and copy it (at most len bytes) to buf;
 *	     its length, or SYSERR.  Frames the NIC marked bad are
 *	     counted and skipped.  The descriptor goes back to the NIC.
 *------------------------------------------------------------------------
 */
devcall	ethread(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		*buf,		/* where the frame goes		*/
	  int32		len		/* room in buf			*/
	)
{
	struct	ethcblk	*ethptr;
	struct	e1k_rxd	*rxd;
	intmask	mask;
	int32	flen, ret;
	extern	byte	eth_rxbufs[ETH_NRXD][ETH_BUFSIZ];

	if (devptr->dvminor != 0 || buf == NULL || len <= 0) {
		return SYSERR;
	}
	ethptr = &ethertab[devptr->dvminor];
	if (ethptr->state != ETH_STATE_UP) {
		return SYSERR;
	}
	wait(ethptr->rxlock);		/* descriptors are taken in order */
	for (;;) {
		if (wait(ethptr->rxsem) == SYSERR) {
			signal(ethptr->rxlock);
			return SYSERR;
		}
		mask = disable();
		rxd = &ethptr->rxring[ethptr->rxnext];
		flen = rxd->length;
		ret = SYSERR;
		if (rxd->errors != 0 || !(rxd->status & E1K_RXD_EOP)
		    || flen < ETH_HDRLEN || flen > ETH_BUFSIZ) {
			ethptr->stats.rxerrs++;	/* bad or spans buffers	*/
		} else {
			ret = flen < len ? flen : len;
			memcpy(buf, eth_rxbufs[ethptr->rxnext], ret);
			ethptr->stats.rxpkts++;
			ethptr->stats.rxbytes += flen;
		}
		rxd->status = 0;
		rxd->errors = 0;
		ETH_REG(ethptr, E1K_RDT) = ethptr->rxnext;
		ethptr->rxnext = (ethptr->rxnext + 1) % ETH_NRXD;
		restore(mask);
		if (ret != SYSERR) {
			signal(ethptr->rxlock);
			return ret;
		}
	}
}
