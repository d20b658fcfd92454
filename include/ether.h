/* ether.h - the Intel 82545EM (e1000) Ethernet driver: registers,
 *	     descriptors and the device's control block
 *
 * Register offsets and bits are the 8254x family's (the driver reaches
 * them through the memory BAR, mapped by vm_mmiomap).  Receive and
 * transmit use descriptor rings in the kernel region, where a buffer's
 * physical address is its virtual one, so the NIC's DMA needs no
 * translation.
 */

#ifndef _ETHER_H_
#define _ETHER_H_

#define	ETH_VENDOR	0x8086		/* Intel			*/
#define	ETH_DEVICE	0x100F		/* 82545EM copper (QEMU's e1000-82545em) */

/* Frame sizes (no CRC: the NIC adds and strips it) */
#define	ETH_ADDRLEN	6
#define	ETH_HDRLEN	14
#define	ETH_MINFRAME	60		/* shorter frames are padded	*/
#define	ETH_MTU		1500
#define	ETH_MAXFRAME	(ETH_HDRLEN + ETH_MTU)

/* Registers (byte offsets from the BAR) */
#define	E1K_CTRL	0x00000
#define	E1K_STATUS	0x00008
#define	E1K_EERD	0x00014		/* EEPROM read			*/
#define	E1K_ICR		0x000C0		/* interrupt cause, clears on read */
#define	E1K_IMS		0x000D0		/* interrupt mask set		*/
#define	E1K_IMC		0x000D8		/* interrupt mask clear		*/
#define	E1K_RCTL	0x00100
#define	E1K_TCTL	0x00400
#define	E1K_TIPG	0x00410
#define	E1K_RDBAL	0x02800
#define	E1K_RDBAH	0x02804
#define	E1K_RDLEN	0x02808
#define	E1K_RDH		0x02810
#define	E1K_RDT		0x02818
#define	E1K_RDTR	0x02820		/* receive interrupt delay	*/
#define	E1K_TDBAL	0x03800
#define	E1K_TDBAH	0x03804
#define	E1K_TDLEN	0x03808
#define	E1K_TDH		0x03810
#define	E1K_TDT		0x03818
#define	E1K_CRCERRS	0x04000		/* statistics clear on read	*/
#define	E1K_MPC		0x04010		/* missed: no free descriptor	*/
#define	E1K_MTA		0x05200		/* multicast table, 128 dwords	*/
#define	E1K_MTA_LEN	128
#define	E1K_RAL0	0x05400		/* receive address 0, low	*/
#define	E1K_RAH0	0x05404		/* ... high, and its valid bit	*/
#define	E1K_BARSIZE	0x20000		/* 128 KiB of registers		*/

#define	E1K_CTRL_ASDE	0x00000020	/* auto speed detection		*/
#define	E1K_CTRL_SLU	0x00000040	/* set link up			*/
#define	E1K_CTRL_RST	0x04000000	/* reset; clears itself		*/
#define	E1K_STATUS_LU	0x00000002	/* link up			*/
#define	E1K_EERD_START	0x00000001
#define	E1K_EERD_DONE	0x00000010
#define	E1K_EERD_ASHIFT	8		/* word address			*/
#define	E1K_EERD_DSHIFT	16		/* data				*/
#define	E1K_RAH_AV	0x80000000	/* address valid		*/

#define	E1K_ICR_TXDW	0x00000001	/* a transmit descriptor done	*/
#define	E1K_ICR_LSC	0x00000004	/* link status changed		*/
#define	E1K_ICR_RXDMT0	0x00000010	/* few free receive descriptors	*/
#define	E1K_ICR_RXO	0x00000040	/* receive overrun		*/
#define	E1K_ICR_RXT0	0x00000080	/* frames received		*/
#define	E1K_INTRS	(E1K_ICR_TXDW | E1K_ICR_LSC | E1K_ICR_RXDMT0 \
			 | E1K_ICR_RXO | E1K_ICR_RXT0)
#define	E1K_ALLINTRS	0xFFFFFFFF

#define	E1K_RCTL_EN	0x00000002
#define	E1K_RCTL_BAM	0x00008000	/* accept broadcasts		*/
#define	E1K_RCTL_SZ2048	0x00000000	/* 2048-byte receive buffers	*/
#define	E1K_RCTL_SECRC	0x04000000	/* strip the CRC		*/
#define	E1K_TCTL_EN	0x00000002
#define	E1K_TCTL_PSP	0x00000008	/* pad short frames		*/
#define	E1K_TCTL_CT	(0x10 << 4)	/* collision threshold		*/
#define	E1K_TCTL_COLD	(0x40 << 12)	/* collision distance, full duplex */
#define	E1K_TIPG_VAL	(10 | (8 << 10) | (6 << 20))	/* copper IPG	*/

#define	E1K_RXD_DD	0x01		/* descriptor done		*/
#define	E1K_RXD_EOP	0x02		/* last descriptor of a frame	*/
#define	E1K_TXD_EOP	0x01		/* cmd: end of packet		*/
#define	E1K_TXD_IFCS	0x02		/* cmd: insert the CRC		*/
#define	E1K_TXD_RS	0x08		/* cmd: report status (DD)	*/
#define	E1K_TXD_DD	0x01		/* status: done			*/

#define	E1K_RSTPOLL	100000		/* reads of CTRL a reset may take */

/* Ring sizes: lengths must be multiples of 128 bytes (8 descriptors).
   A full receive ring makes the NIC drop (E1K_MPC counts it); a full
   transmit ring makes a writer wait: that is the transmit queue bound. */
#define	ETH_NRXD	32
#define	ETH_NTXD	16
#define	ETH_BUFSIZ	2048		/* one frame per buffer		*/

struct	e1k_rxd {			/* receive descriptor		*/
	uint32	addrlo, addrhi;
	uint16	length;
	uint16	csum;
	volatile uint8	status;
	uint8	errors;
	uint16	special;
};

struct	e1k_txd {			/* transmit descriptor		*/
	uint32	addrlo, addrhi;
	uint16	length;
	uint8	cso;
	uint8	cmd;
	volatile uint8	status;
	uint8	css;
	uint16	special;
};

/* Counters control(ETH_CTL_STATS) copies out */
struct	ethstats {
	uint32	rxpkts, rxbytes;	/* frames handed to readers	*/
	uint32	txpkts, txbytes;	/* frames queued for the wire	*/
	uint32	rxerrs;			/* frames the NIC flagged bad	*/
	uint32	txerrs;			/* frames refused (bad length)	*/
	uint32	rxdrops;		/* missed: the ring was full	*/
	uint32	intrs;			/* interrupts taken		*/
};

#define	ETH_STATE_FREE	0		/* no NIC found			*/
#define	ETH_STATE_DOWN	1		/* found, not yet opened	*/
#define	ETH_STATE_UP	2		/* running			*/

struct	ethcblk	{
	int32	state;
	uint32	bdf;			/* its PCI address		*/
	uint32	barphys;		/* register BAR, physical	*/
	volatile byte	*regs;		/* ... and where it is mapped	*/
	uint32	irq;
	byte	mac[ETH_ADDRLEN];
	struct	e1k_rxd	*rxring;
	struct	e1k_txd	*txring;
	uint32	rxnext;			/* next descriptor a reader takes */
	uint32	rxscan;			/* next one the handler looks at */
	uint32	txnext;			/* next descriptor to fill	*/
	uint32	txclean;		/* oldest not yet reclaimed	*/
	sid32	rxsem;			/* frames ready to be read	*/
	sid32	txsem;			/* free transmit descriptors	*/
	sid32	rxlock;			/* one reader at a time		*/
	struct	ethstats stats;
};

extern	struct	ethcblk	ethertab[];

/* control() functions */
#define	ETH_CTL_MAC	1		/* arg1: byte[6] to fill	*/
#define	ETH_CTL_LINK	2		/* returns 1 up, 0 down		*/
#define	ETH_CTL_STATS	3		/* arg1: struct ethstats * 	*/
#define	ETH_CTL_PRESENT	4		/* returns 1 when a NIC is up	*/

#define	ETH_REG(e, r)	(*(volatile uint32 *)((e)->regs + (r)))

extern	devcall	ethinit(struct dentry *);
extern	devcall	ethopen(struct dentry *, char *, char *);
extern	devcall	ethread(struct dentry *, char *, int32);
extern	devcall	ethwrite(struct dentry *, char *, int32);
extern	devcall	ethcontrol(struct dentry *, int32, int32, int32);
extern	void	ethhandler(void);

#endif /* _ETHER_H_ */
