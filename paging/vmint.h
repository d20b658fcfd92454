/* vmint.h - state shared inside the paging subsystem only */

#ifndef _VMINT_H_
#define _VMINT_H_

#include "bitmap.h"

/* Window slots: each user of the mapping window has its own slot, so
   that, e.g., a page table and the frame it points at can be mapped at
   the same time.  All window use happens with interrupts disabled. */
#define	WS_PD		0		/* a page directory		*/
#define	WS_PT		1		/* a page table			*/
#define	WS_SRC		2		/* source frame of a copy	*/
#define	WS_DST		3		/* destination frame		*/
#define	WS_VICTPT	4		/* victim's page table (evict)	*/
#define	WS_CHECK	5		/* vmcheck's table walk		*/
#define	WS_CHECKPT	6
#define	WS_VICTPD	7		/* victim's page directory	*/
#define	WS_TEMP		8		/* scratch			*/
#define	WS_DFPD		9		/* double-fault task's own	*/
#define	WS_DFPT		10

/* Owners of PD/PT frames, FFS frames and swap slots */
#define	OWN_FREE	(-1)		/* in the free pool		*/
#define	OWN_KERNEL	(-2)		/* kernel tables (PD/PT region)	*/

/* State of an FFS frame */
#define	FS_FREE		0		/* free, contents unknown	*/
#define	FS_ZERO		1		/* free and already zeroed	*/
#define	FS_USED		2		/* backs a heap page		*/

struct	ptframe {			/* one frame of the PD/PT region */
	pid32	owner;
	int32	next;			/* free list link: an index of up
					   to MAX_PT_SIZE - 1, any size	*/
	bool8	isdir;
	uint16	nused;			/* heap table: entries not zero	*/
};

struct	ffsframe {			/* one frame of the FFS		*/
	pid32	owner;
	uint32	vpn;			/* virtual page it backs	*/
	int32	slot;			/* clean copy in swap, or -1	*/
	uint32	fifoseq;		/* when it was filled (FIFO)	*/
	int32	uprev, unext;		/* frames in use, in fill order	*/
	byte	state;
};

struct	swapslot {			/* one slot of the swap region	*/
	pid32	owner;
	uint32	vpn;
};

extern	struct	ptframe	 pttab[];
extern	struct	ffsframe ffstab[];
extern	struct	swapslot swaptab[];
extern	int32	ptfree_head, ptfree_count;
extern	bool8	paging_on;

/* The count of used entries of the heap table a PDE points at */
#define	PT_NUSED(pde)	(pttab[PTFRAME_IDX((pde) & PTE_FRAME)].nused)

/* Frame and slot numbers <-> physical addresses */
#define	PTFRAME_ADDR(i)	(PT_REGION_BASE + (uint32)(i) * PAGE_SIZE)
#define	PTFRAME_IDX(a)	(((uint32)(a) - PT_REGION_BASE) >> PAGE_SHIFT)
#define	FFS_ADDR(i)	(FFS_REGION_BASE + (uint32)(i) * PAGE_SIZE)
#define	FFS_IDX(a)	(((uint32)(a) - FFS_REGION_BASE) >> PAGE_SHIFT)
#define	SWAP_ADDR(i)	(SWAP_REGION_BASE + (uint32)(i) * PAGE_SIZE)
#define	IS_FFS_ADDR(a)	((uint32)(a) >= FFS_REGION_BASE && \
			 (uint32)(a) < SWAP_REGION_BASE)

#define	PDX(va)		((uint32)(va) >> 22)
#define	PTX(va)		(((uint32)(va) >> PAGE_SHIFT) & (NENTRIES - 1))
#define	VPN(va)		((uint32)(va) >> PAGE_SHIFT)
#define	VADDR(vpn)	((uint32)(vpn) << PAGE_SHIFT)

extern	void	*vwin_map(int32, uint32);
extern	void	ffs_init(void);
extern	int32	ffs_alloc(pid32, uint32, bool8);
extern	void	ffs_free(int32);
extern	void	ffs_refill_order(int32);
extern	int32	ffs_oldest(void);
extern	int32	ffs_newer(int32);
extern	bool8	ffs_prezero(void);
extern	void	swap_init(void);
extern	int32	swap_alloc(pid32, uint32);
extern	void	swap_free(int32);
extern	int32	ffs_zero_count;
extern	struct	bitmap	ffs_freemap, ffs_stalemap, swap_freemap;
extern	uint32	vmtotals_pool_hits, vmtotals_path_zeroes;
extern	uint32	kernel_pts[];
extern	pt_t	mmio_pt[];
extern	int32	ptframe_alloc(pid32, bool8);
extern	bool8	ptframe_have(uint32);
extern	void	ptframe_free(uint32);
extern	pt_t	*vm_pte(uint32, uint32, int32, int32);
extern	void	vm_ptdrop(struct vmproc *, uint32);
extern	void	vm_unmaprange(struct vmproc *, uint32, uint32, intmask);
extern	void	vm_invalidate(uint32, uint32);
extern	int32	vm_getframe(pid32, uint32, bool8, int32, bool8 *);
extern	void	vm_release_page(struct vmproc *, pt_t *);
extern	status	vm_evict(int32);
extern	int32	vm_victim(bool8);
extern	bool8	vm_teardown(struct vmproc *);
extern	void	vm_reap_pending(void);
extern	void	pager_kick(void);
extern	void	pager_refill(void);
extern	bool8	vm_owner_live(pid32);
extern	void	vm_oomkill(pid32);
extern	int32	vm_policy;
extern	uint32	ffs_fifoseq;
extern	int32	clock_hand;
extern	uint32	vm_zombies;

/* Slot numbers and frame indices as they are printed and kept in PTEs */
#define	PTE_SLOT(pte)	((uint32)(pte) >> PAGE_SHIFT)
#define	SLOT_PTE(s)	(((uint32)(s) << PAGE_SHIFT) | PTE_SWAPPED | PTE_ALLOC)

#endif /* _VMINT_H_ */
