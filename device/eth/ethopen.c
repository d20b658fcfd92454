/* ethopen.c - ethopen */

#include <xinu.h>
#include <ether.h>

extern	byte	eth_rxbufs[ETH_NRXD][ETH_BUFSIZ];
extern	byte	eth_txbufs[ETH_NTXD][ETH_BUFSIZ];
extern	bool8	paging_on;		/* paging/vminit.c */

/*------------------------------------------------------------------------
 * ethopen - reset the NIC, read its MAC, give it the rings and start
 *	     receiving and transmitting with interrupts on (needs paging
 *	     on: the registers are reached through the device window)
 *------------------------------------------------------------------------
 */
devcall	ethopen(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  char		*name,		/* unused			*/
	  char		*mode		/* unused			*/
	)
{
	struct	ethcblk	*ethptr;
	intmask	mask;
	uint32	i, lo, hi, w;

	if (devptr->dvminor != 0) {
		return SYSERR;
	}
	ethptr = &ethertab[devptr->dvminor];
	mask = disable();
	if (ethptr->state == ETH_STATE_UP) {
		restore(mask);
		return OK;
	}
	if (ethptr->state != ETH_STATE_DOWN || !paging_on) {
		restore(mask);
		return SYSERR;
	}

	/* Reset; nothing may interrupt until the rings are in place */
	ETH_REG(ethptr, E1K_IMC) = E1K_ALLINTRS;
	ETH_REG(ethptr, E1K_CTRL) |= E1K_CTRL_RST;
	for (i = 0; i < E1K_RSTPOLL
	     && (ETH_REG(ethptr, E1K_CTRL) & E1K_CTRL_RST); i++) {
		;
	}
	ETH_REG(ethptr, E1K_IMC) = E1K_ALLINTRS;
	(void)ETH_REG(ethptr, E1K_ICR);
	ETH_REG(ethptr, E1K_CTRL) |= E1K_CTRL_SLU | E1K_CTRL_ASDE;

	/* The MAC: the reset loads receive address 0 from the EEPROM;
	   if it did not, the EEPROM's first three words hold it */
	lo = ETH_REG(ethptr, E1K_RAL0);
	hi = ETH_REG(ethptr, E1K_RAH0);
	if (!(hi & E1K_RAH_AV)) {
		for (i = 0; i < ETH_ADDRLEN / 2; i++) {
			ETH_REG(ethptr, E1K_EERD) = E1K_EERD_START
				| (i << E1K_EERD_ASHIFT);
			for (w = 0; w < E1K_RSTPOLL && !(ETH_REG(ethptr,
			     E1K_EERD) & E1K_EERD_DONE); w++) {
				;
			}
			w = ETH_REG(ethptr, E1K_EERD) >> E1K_EERD_DSHIFT;
			if (i < 2) {
				lo |= w << (16 * i);
			} else {
				hi = w;
			}
		}
		ETH_REG(ethptr, E1K_RAL0) = lo;
		ETH_REG(ethptr, E1K_RAH0) = (hi & 0xFFFF) | E1K_RAH_AV;
	}
	for (i = 0; i < 4; i++) {
		ethptr->mac[i] = (lo >> (8 * i)) & 0xFF;
	}
	ethptr->mac[4] = hi & 0xFF;
	ethptr->mac[5] = (hi >> 8) & 0xFF;
	for (i = 0; i < E1K_MTA_LEN; i++) {	/* no multicast	*/
		ETH_REG(ethptr, E1K_MTA + 4 * i) = 0;
	}

	/* Receive ring: every descriptor owned by the NIC but one (the
	   tail may not reach the head) */
	memset(ethptr->rxring, 0, ETH_NRXD * sizeof(struct e1k_rxd));
	for (i = 0; i < ETH_NRXD; i++) {
		ethptr->rxring[i].addrlo = (uint32)eth_rxbufs[i];
	}
	ethptr->rxnext = ethptr->rxscan = 0;
	ETH_REG(ethptr, E1K_RDBAL) = (uint32)ethptr->rxring;
	ETH_REG(ethptr, E1K_RDBAH) = 0;
	ETH_REG(ethptr, E1K_RDLEN) = ETH_NRXD * sizeof(struct e1k_rxd);
	ETH_REG(ethptr, E1K_RDH) = 0;
	ETH_REG(ethptr, E1K_RDT) = ETH_NRXD - 1;
	ETH_REG(ethptr, E1K_RDTR) = 0;
	ETH_REG(ethptr, E1K_RCTL) = E1K_RCTL_EN | E1K_RCTL_BAM
		| E1K_RCTL_SZ2048 | E1K_RCTL_SECRC;

	/* Transmit ring: empty */
	memset(ethptr->txring, 0, ETH_NTXD * sizeof(struct e1k_txd));
	for (i = 0; i < ETH_NTXD; i++) {
		ethptr->txring[i].addrlo = (uint32)eth_txbufs[i];
	}
	ethptr->txnext = ethptr->txclean = 0;
	ETH_REG(ethptr, E1K_TDBAL) = (uint32)ethptr->txring;
	ETH_REG(ethptr, E1K_TDBAH) = 0;
	ETH_REG(ethptr, E1K_TDLEN) = ETH_NTXD * sizeof(struct e1k_txd);
	ETH_REG(ethptr, E1K_TDH) = 0;
	ETH_REG(ethptr, E1K_TDT) = 0;
	ETH_REG(ethptr, E1K_TIPG) = E1K_TIPG_VAL;
	ETH_REG(ethptr, E1K_TCTL) = E1K_TCTL_EN | E1K_TCTL_PSP
		| E1K_TCTL_CT | E1K_TCTL_COLD;

	set_irqhandler(ethptr->irq, devptr->dvintr);
	ethptr->state = ETH_STATE_UP;
	ETH_REG(ethptr, E1K_IMS) = E1K_INTRS;
	irq_enable(ethptr->irq);
	restore(mask);
	return OK;
}
