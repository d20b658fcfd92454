/* ethcontrol.c - ethcontrol */

#include <xinu.h>
#include <ether.h>

/*------------------------------------------------------------------------
 * ethcontrol - the NIC's MAC address, link state and counters
 *------------------------------------------------------------------------
 */
devcall	ethcontrol(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  int32		func,		/* ETH_CTL_...			*/
	  int32		arg1,
	  int32		arg2
	)
{
	struct	ethcblk	*ethptr;
	intmask	mask;

	if (devptr->dvminor != 0) {
		return SYSERR;
	}
	ethptr = &ethertab[devptr->dvminor];
	if (func == ETH_CTL_PRESENT) {
		return ethptr->state == ETH_STATE_UP;
	}
	if (ethptr->state != ETH_STATE_UP) {
		return SYSERR;
	}
	switch (func) {
	case ETH_CTL_MAC:
		if (arg1 == 0) {
			return SYSERR;
		}
		memcpy((void *)arg1, ethptr->mac, ETH_ADDRLEN);
		return OK;
	case ETH_CTL_LINK:
		return (ETH_REG(ethptr, E1K_STATUS) & E1K_STATUS_LU) != 0;
	case ETH_CTL_STATS:
		if (arg1 == 0) {
			return SYSERR;
		}
		mask = disable();
		ethptr->stats.rxdrops += ETH_REG(ethptr, E1K_MPC);
		memcpy((void *)arg1, &ethptr->stats, sizeof(struct ethstats));
		restore(mask);
		return OK;
	default:
		return SYSERR;
	}
}
