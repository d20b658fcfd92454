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

/*
 * Who maps a page.  A page (its data) lives in one FFS frame or in one
 * swap slot, and may be mapped by several PTEs: after fork, the same
 * virtual page of each process that shares it.  The first mapping is
 * kept inline (a private page, the common case, needs nothing more);
 * the others are a chain of rmap nodes (paging/rmap.c).  When a page
 * moves between a frame and a slot, its pgmap moves with it and every
 * PTE it names is rewritten: a page is resident for all its mappings
 * or swapped for all of them, never both, so nobody reads a stale or a
 * second copy.
 */
struct	pgmap {
	pid32	owner;			/* first mapping's process, or
					   OWN_FREE			*/
	uint32	vpn;			/* ... and its virtual page	*/
	uint32	nmaps;			/* PTEs that map it; 0 for a slot
					   that is a frame's clean copy	*/
	int32	more;			/* rmap chain of the others, -1	*/
};

struct	ffsframe {			/* one frame of the FFS		*/
	struct	pgmap pg;		/* the PTEs that map it		*/
	int32	slot;			/* clean copy in swap, or -1	*/
	uint32	fifoseq;		/* when it was filled (FIFO)	*/
	int32	uprev, unext;		/* frames in use, in fill order	*/
	byte	state;
};

struct	swapslot {			/* one slot of the swap region	*/
	struct	pgmap pg;		/* the PTEs that hold it (a swapped
					   page), or, for a clean copy of
					   a resident page (nmaps 0), that
					   frame's first mapping	*/
};

/* An rmap node: one more PTE that maps a page (pgmap.more chains them) */
struct	rmapent {
	pid32	pid;
	uint32	vpn;
	int32	next;			/* next node, or -1; free list	*/
};

/* Nodes for every page to be mapped twice, or one page by every process */
#define	RMAP_NODES	(2 * (MAX_FFS_SIZE + MAX_SWAP_SIZE))

extern	struct	ptframe	 pttab[];
extern	struct	ffsframe ffstab[];
extern	struct	swapslot swaptab[];
extern	int32	ptfree_head, ptfree_count;
extern	bool8	paging_on;

/* A heap table's directory entry, and the bits of every present heap
   PTE: heap pages are the user-accessible ones (a user program's code,
   data, heap and stack; ring-0 processes ignore the bit).  Nothing else
   in any directory is: the kernel region, the device table and the
   stacks stay supervisor-only (vmcheck). */
#define	PDE_HEAP	(PTE_P | PTE_RW | PTE_US)
#define	PTE_HEAP	(PTE_P | PTE_US | PTE_ALLOC)

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

extern	void	pagezero(void *);
extern	void	pagecopy(void *, const void *);
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
extern	void	ptframe_free(uint32, bool8);
extern	void	ptframe_init(void);
extern	bool8	ptframe_prezero(void);
extern	struct	bitmap	pt_stalemap;
extern	uint32	pt_path_zeroes;
extern	void	vm_ptdrop(struct vmproc *, uint32);
extern	void	vm_unmaprange(struct vmproc *, uint32, uint32, intmask);
extern	status	vm_freerange(struct vmproc *, uint32, uint32);
extern	status	vm_allocrange(struct vmproc *, uint32, uint32, intmask);
extern	void	vm_window(intmask);

/* The reverse map (rmap.c) */
typedef	void	(*rmap_fn)(struct vmproc *, uint32, pt_t *, void *);
extern	struct	rmapent	rmaptab[];
extern	int32	rmap_nfree, rmap_hiwater;
extern	void	rmap_init(void);
extern	status	rmap_add(struct pgmap *, pid32, uint32);
extern	void	rmap_del(struct pgmap *, pid32, uint32);
extern	void	rmap_delframe(int32, pid32, uint32);
extern	bool8	rmap_has(struct pgmap *, pid32, uint32);
extern	void	rmap_each(struct pgmap *, rmap_fn, void *);

/* Protection and sharing of heap pages (vmarea.c, vm_setpte.c) */
extern	int32	vm_areaprot(struct vmproc *, uint32, bool8 *);
extern	struct	vmarea	*vm_areanode(struct vmproc *, uint32, uint32);
extern	void	vm_areacut(struct vmproc *, uint32, uint32, struct vmarea *);
extern	int32	vm_areaneed(struct vmproc *, uint32, uint32);
extern	void	vm_areaset(struct vmproc *, uint32, uint32, int32,
			struct vmarea *);
extern	void	vm_areaadd(struct vmproc *, struct vmarea *);
extern	void	vm_areaunlink(struct vmproc *, struct vmarea *);
extern	status	vm_sharedtouch(void);
extern	void	vm_setpte(struct vmproc *, uint32, pt_t *, int32);
extern	void	vm_dropcopy(int32);
extern	struct	vmproc	*vm_newspace(pid32, uint32);
extern	pt_t	vm_sharepte(struct vmproc *, pt_t *, struct vmproc *, uint32);

/* Work on a range goes a page table at a time: the end of vpn's table,
   or end if that comes first */
static	inline	uint32	vm_tblend(uint32 vpn, uint32 end)
{
	uint32	tend = (vpn | (NENTRIES - 1)) + 1;

	return tend < end ? tend : end;
}
extern	bool8	vmtrace_rec;		/* vmtrace is recording		*/
extern	void	(*vm_winhook)(void);
extern	void	vm_invalidate(uint32, uint32);
extern	int32	vm_getframe(pid32, uint32, bool8, int32, bool8 *);
extern	void	vm_release_page(struct vmproc *, uint32, pt_t *);
extern	status	vm_evict(int32);
extern	int32	vm_victim(bool8);
extern	bool8	vm_teardown(struct vmproc *);
extern	void	vm_reap_pending(void);
extern	void	pager_kick(void);
extern	void	pager_refill_kick(void);
extern	uint32	pager_lowwater;
extern	bool8	vm_owner_live(pid32);
extern	void	vm_oomkill(pid32);
extern	int32	vm_policy;
extern	uint32	ffs_fifoseq;
extern	int32	clock_hand;

/*
 * A replacement policy: one file paging/pol_<name>.c defines its hooks,
 * paging/vmpolicies.c lists it at its number (RANDOM ... in paging.h).
 * Every hook runs with interrupts off and only the policy in force is
 * called, so a policy that keeps state of its own rebuilds it in start,
 * which vmpolicy calls each time it chooses that policy.  Any hook may be
 * NULL.  No policy needs a periodic tick: the accessed bits are read when
 * a victim is sought.  State a policy keeps per page is kept per frame
 * (resident pages) or per swap slot (evicted ones), never per PTE, so a
 * frame or slot shared by several PTEs (copy on write) is one entry.
 */
struct	vmpolops {
	char	*name;			/* as vmpolicy's shell command takes it */
	void	(*start)(void);		/* chosen (frames may be in use)	*/
	void	(*fault)(int32);	/* a fault for the page in slot s (-1:
					   a first touch) seeks a frame	*/
	void	(*filled)(int32);	/* ... and got frame f, mapped next	*/
	int32	(*victim)(bool8);	/* the frame to evict, or SYSERR;
					   TRUE: spare the newest fill	*/
	void	(*evicted)(int32, int32); /* frame f's page went to slot s;
					   f is freed or refilled next	*/
	void	(*freed)(int32);	/* frame f is free (also after evicted) */
	void	(*slotfreed)(int32);	/* swap slot s is free		*/
	void	(*print)(did32);	/* one line of its state (vmstat) */
};
extern	const	struct	vmpolops *vm_policies[NPOLICIES];
extern	const	struct	vmpolops pol_random, pol_fifo, pol_clock, pol_clockpro;
#define	VM_POL		(vm_policies[vm_policy])

/* For the policies (paging/vm_getframe.c) */
extern	bool8	vm_evictable(int32, bool8);
extern	bool8	vm_frame_referenced(int32);
extern	void	vm_pol_freed(int32);
extern	void	vm_pol_slotfreed(int32);
extern	int32	cp_nhot, cp_ncold, cp_ntest, cp_mc;	/* CLOCK-Pro's counts */
extern	uint32	vm_zombies;

/* Slot numbers and frame indices as they are printed and kept in PTEs */
#define	PTE_SLOT(pte)	((uint32)(pte) >> PAGE_SHIFT)
#define	SLOT_PTE(s)	(((uint32)(s) << PAGE_SHIFT) | PTE_SWAPPED | PTE_ALLOC)

/* Which directory entries hold heap tables: a bit per entry in
   vm->ptmap, and a bit per non-zero ptmap word in vm->ptsum, so the
   lowest is two bsf's away (teardown visits only those entries) */
_Static_assert(NENTRIES / 32 <= 32, "vmproc.ptsum has a bit per ptmap word");

static	inline	void	vm_ptmark(struct vmproc *vm, uint32 pdx)
{
	vm->ptmap[pdx >> 5] |= 1u << (pdx & 31);
	vm->ptsum |= 1u << (pdx >> 5);
}

static	inline	void	vm_ptunmark(struct vmproc *vm, uint32 pdx)
{
	vm->ptmap[pdx >> 5] &= ~(1u << (pdx & 31));
	if (vm->ptmap[pdx >> 5] == 0) {
		vm->ptsum &= ~(1u << (pdx >> 5));
	}
}

/* The lowest directory entry that holds a heap table, or SYSERR */
static	inline	int32	vm_ptlowest(struct vmproc *vm)
{
	uint32	w;

	if (vm->ptsum == 0) {
		return SYSERR;
	}
	w = __builtin_ctz(vm->ptsum);
	return (int32)(w * 32 + __builtin_ctz(vm->ptmap[w]));
}

/*------------------------------------------------------------------------
 * vm_pageprot - the protection of heap page vpn (and whether it is
 *	MAP_SHARED): inline, as every fault asks and a process with no
 *	mmap'd or mprotect'ed range needs no search
 *------------------------------------------------------------------------
 */
static	inline	int32	vm_pageprot(struct vmproc *vm, uint32 vpn,
				bool8 *shared)
{
	if (vm->areas == NULL) {
		*shared = FALSE;
		return PROT_READ | PROT_WRITE;
	}
	return vm_areaprot(vm, vpn, shared);
}

/* The zeroed pool the pager keeps (pager.c) */
#define	PAGER_ZPOOL	(MAX_FFS_SIZE < 512 ? MAX_FFS_SIZE : 512)

/*------------------------------------------------------------------------
 * pager_refill - after a fault: wake the pager if the zeroed pool is
 *	running low, or if a low-water mark is set (pager_refill_kick says
 *	whether to).  Inline, as every fault asks and most need nothing.
 *------------------------------------------------------------------------
 */
static	inline	void	pager_refill(void)
{
	if (ffs_zero_count < PAGER_ZPOOL / 2 || pager_lowwater > 0) {
		pager_refill_kick();
	}
}

/* The window and the PTE lookup are on every fault's path, several
   times over: inline, so a constant slot costs no check and no call */

/*------------------------------------------------------------------------
 * vwin_map - make physical frame phys reachable through window slot and
 *	return its virtual address.  The window's page table is mapped at
 *	VWIN_SELF, so this is one PTE write and one invlpg (skipped when the
 *	slot already shows that frame).  Before paging is on, physical
 *	addresses are used as they are.  Callers hold interrupts off.
 *------------------------------------------------------------------------
 */
static	inline	void	*vwin_map(int32 slot, uint32 phys)
{
	pt_t	*winpt = (pt_t *)VWIN_SELF;
	uint32	va = VWIN_BASE + (uint32)slot * PAGE_SIZE;
	pt_t	*pte = &winpt[PTX(va)];
	pt_t	want = (phys & PTE_FRAME) | PTE_P | PTE_RW;

	if (!paging_on) {
		return (void *)(phys & PTE_FRAME);
	}
	if (slot < 0 || slot >= VWIN_SLOTS) {
		panic("vwin_map: bad window slot %d", slot);
	}
	if ((*pte & (PTE_FRAME | PTE_P)) != (want & (PTE_FRAME | PTE_P))) {
		*pte = want;
		invlpg((void *)va);
	}
	return (void *)va;
}

/*------------------------------------------------------------------------
 * vm_pte - find the PTE of virtual address va in the directory at pdphys.
 *	The directory is reached through window slot pdslot and the table
 *	through ptslot; the pointer stays valid until either slot is
 *	remapped.  NULL if the table is not present.  Interrupts off.
 *------------------------------------------------------------------------
 */
static	inline	pt_t	*vm_pte(uint32 pdphys, uint32 va, int32 pdslot,
				int32 ptslot)
{
	pt_t	*pd = (pt_t *)vwin_map(pdslot, pdphys);
	pt_t	pde = pd[PDX(va)];
	pt_t	*pt;

	if (!(pde & PTE_P)) {
		return NULL;
	}
	pt = (pt_t *)vwin_map(ptslot, pde & PTE_FRAME);
	return &pt[PTX(va)];
}

#endif /* _VMINT_H_ */
