/* vmcheck.c - vmcheck */

#include <xinu.h>
#include "vmint.h"

/*
 * vmcheck walks every address space and the frame tables with interrupts
 * off and verifies the invariants the VM code relies on:
 *  - every resident heap PTE (present, or hidden by PROT_NONE) points at
 *    an FFS frame in use whose reverse map names that process and page,
 *    and every swapped PTE at a slot in use whose reverse map does;
 *  - each frame's and slot's count of mappings (nmaps) equals the number
 *    of PTEs that hold it, its rmap chain is that long, every rmap node
 *    in use is on exactly one chain, and the pool's free count is right;
 *  - a PTE is writable only if its protection allows writing, its frame
 *    holds no clean copy in swap, and no other PTE maps the frame
 *    copy-on-write (a MAP_SHARED mapping may share it writable); a
 *    PROT_NONE page is never present, any other resident page is;
 *  - a clean copy is a slot no PTE holds, claimed by exactly one frame
 *    and named after that frame's first mapping;
 *  - a process's areas (mmap, mprotect) are sorted, apart, of a valid
 *    protection and kind, and cover allocated heap pages only;
 *  - no page table is referenced twice;
 *  - user-accessible (PTE_US) are exactly the heap's tables and present
 *    heap pages: never the kernel region, the device table or a stack;
 *  - the kernel-region entries, and the device table's at MMIO_BASE,
 *    are the same in every directory;
 *  - a stack's tables are exactly those covering [stkbase -
 *    VSTACK_BELOW, VM_USER_TOP) (guard page and emergency room
 *    included), and they map exactly its pages and emergency pages;
 *  - the per-process counters agree with the tables, and each heap
 *    table's count of used entries (pttab[].nused) with its allocated
 *    entries: never zero (an empty table is given back), and zero for
 *    directories and the stack's tables;
 *  - each pool's free count equals the number of unowned entries, and
 *    every owned entry is referenced by its owner;
 *  - the free bitmaps of the FFS and swap (allocation takes their lowest
 *    set bit) mark exactly the free entries, and their summary levels
 *    agree with the bits.
 * Each violation is printed; the result is SYSERR if there was one.
 */

#define	VMC_MAXPRINT	20
#define	BIT_SET(m, i)	((m)[(i) >> 5] |= 1u << ((i) & 31))
#define	BIT_ISSET(m, i)	((m)[(i) >> 5] & (1u << ((i) & 31)))

static	uint32	ffsmaps[MAX_FFS_SIZE];	/* PTEs seen holding each frame	*/
static	uint32	slotmaps[MAX_SWAP_SIZE];	/* ... each slot	*/
static	uint32	slotseen[MAX_SWAP_SIZE / 32 + 1];	/* clean copies	*/
static	uint32	ptseen[MAX_PT_SIZE / 32 + 1];
static	uint32	rmapseen[RMAP_NODES / 32 + 1];
static	int32	nerr;

static	void	vmc_err(const char *fmt, ...)
{
	va_list	ap;
	char	buf[160];

	if (nerr++ < VMC_MAXPRINT) {
		va_start(ap, fmt);
		vsnprintf(buf, sizeof(buf), fmt, ap);
		va_end(ap);
		kprintf("vmcheck: %s\n", buf);
	}
}

/* A resident heap PTE of (pid, vpn), vm's: its frame, and the access the
   PTE gives against what the page's state allows */
static	void	vmc_frame(pid32 pid, struct vmproc *vm, uint32 vpn, pt_t pte)
{
	uint32	f = FFS_IDX(pte & PTE_FRAME);
	bool8	shared;
	int32	prot = vm_pageprot(vm, vpn, &shared);

	if (ffstab[f].state != FS_USED || !rmap_has(&ffstab[f].pg, pid, vpn)) {
		vmc_err("pid %d page 0x%x: FFS frame %d (state %d, first "
			"mapping pid %d page 0x%x, %d maps) does not list it",
			pid, vpn, f, ffstab[f].state, ffstab[f].pg.owner,
			ffstab[f].pg.vpn, ffstab[f].pg.nmaps);
	}
	ffsmaps[f]++;
	if ((pte & PTE_HIDDEN) != (prot == PROT_NONE ? PTE_HIDDEN : 0)
	    || ((pte & PTE_P) != 0) == ((pte & PTE_HIDDEN) != 0)) {
		vmc_err("pid %d page 0x%x: PTE 0x%08x, protection %d", pid,
			vpn, pte, prot);
	}
	if ((pte & PTE_P) && !(pte & PTE_US)) {
		vmc_err("pid %d page 0x%x: heap PTE 0x%08x not user-accessible",
			pid, vpn, pte);
	}
	if ((pte & PTE_RW) && (!(prot & PROT_WRITE) || ffstab[f].slot >= 0
			       || (ffstab[f].pg.nmaps > 1 && !shared))) {
		vmc_err("pid %d page 0x%x: writable, but protection %d, clean "
			"copy %d, %d maps%s", pid, vpn, prot, ffstab[f].slot,
			ffstab[f].pg.nmaps, shared ? " (shared)" : "");
	}
}

/* A swapped heap PTE of (pid, vpn): its slot */
static	void	vmc_slot(pid32 pid, uint32 vpn, uint32 slot)
{
	if (slot >= MAX_SWAP_SIZE) {
		vmc_err("pid %d page 0x%x: bad slot %d", pid, vpn, slot);
		return;
	}
	if (swaptab[slot].pg.owner == OWN_FREE
	    || !rmap_has(&swaptab[slot].pg, pid, vpn)) {
		vmc_err("pid %d page 0x%x: slot %d (first mapping pid %d page "
			"0x%x, %d maps) does not list it", pid, vpn, slot,
			swaptab[slot].pg.owner, swaptab[slot].pg.vpn,
			swaptab[slot].pg.nmaps);
	}
	slotmaps[slot]++;
}

/* A page's rmap chain: as long as its count says, on no other chain */
static	void	vmc_chain(const char *what, int32 i, struct pgmap *pg)
{
	int32	n;
	uint32	len = 0;

	for (n = pg->more; n >= 0 && len <= RMAP_NODES; n = rmaptab[n].next) {
		if (n >= RMAP_NODES || BIT_ISSET(rmapseen, n)) {
			vmc_err("%s %d: rmap node %d bad or on two chains",
				what, i, n);
			return;
		}
		BIT_SET(rmapseen, n);
		len++;
	}
	if (pg->nmaps > 0 && len != pg->nmaps - 1) {
		vmc_err("%s %d: %d maps, rmap chain of %d", what, i, pg->nmaps,
			len);
	}
}

/* Walk one page table of a heap; returns the counts it found */
static	void	vmc_heappt(pid32 pid, struct vmproc *vm, uint32 pdx, pt_t *pt,
			uint32 *alloc, uint32 *res, uint32 *swapped,
			uint32 *slots)
{
	uint32	j, vpn;
	pt_t	pte;

	for (j = 0; j < NENTRIES; j++) {
		pte = pt[j];
		vpn = pdx * NENTRIES + j;
		if (pte == 0) {
			continue;
		}
		if (!(pte & PTE_ALLOC)) {
			vmc_err("pid %d page 0x%x: PTE 0x%08x not allocated",
				pid, vpn, pte);
			continue;
		}
		(*alloc)++;
		if (PTE_RESIDENT(pte)) {
			if (!IS_FFS_ADDR(pte & PTE_FRAME)) {
				vmc_err("pid %d page 0x%x: frame 0x%08x not in "
					"the FFS", pid, vpn, pte & PTE_FRAME);
				continue;
			}
			vmc_frame(pid, vm, vpn, pte);
			(*res)++;
			if (ffstab[FFS_IDX(pte & PTE_FRAME)].slot >= 0) {
				(*slots)++;
			}
		} else if (pte & PTE_SWAPPED) {
			vmc_slot(pid, vpn, PTE_SLOT(pte));
			(*swapped)++;
			(*slots)++;
		} else if (pte != PTE_ALLOC) {
			vmc_err("pid %d page 0x%x: odd PTE 0x%08x", pid, vpn, pte);
		}
	}
}

/* Walk one page table of a stack: the pages from the lowest emergency
   page up are mapped stack pages, the rest (guard page included) empty */
static	void	vmc_stackpt(pid32 pid, struct vmproc *vm, uint32 pdx,
			pt_t *pt)
{
	uint32	j, va, low = vm->stkbase - vm->nemerg * PAGE_SIZE;
	pt_t	pte;

	for (j = 0; j < NENTRIES; j++) {
		pte = pt[j];
		va = VADDR(pdx * NENTRIES + j);
		if (va >= low && va < VM_USER_TOP) {
			if ((pte & (PTE_P | PTE_RW | PTE_US | PTE_STACK
			    | PTE_ALLOC | PTE_SWAPPED))
			    != (PTE_P | PTE_RW | PTE_STACK)) {
				vmc_err("pid %d stack page 0x%08x: PTE 0x%08x",
					pid, va, pte);
			}
		} else if (pte != 0) {
			vmc_err("pid %d: PTE 0x%08x at 0x%08x below its stack",
				pid, pte, va);
		}
	}
}

/* Its areas: sorted, apart, each a valid protection and kind over
   allocated heap pages */
static	void	vmc_areas(pid32 pid, struct vmproc *vm)
{
	struct	vmarea	*a;
	uint32	prevend = VPN(VHEAP_START), vpn;
	pt_t	*pte;

	for (a = vm->areas; a != NULL; a = a->next) {
		if (a->npages == 0 || a->start < prevend
		    || a->npages > VPN(VHEAP_END) - a->start
		    || (a->prot != PROT_NONE && a->prot != PROT_READ
			&& a->prot != (PROT_READ | PROT_WRITE))
		    || (a->flags != MAP_SHARED && a->flags != MAP_PRIVATE)) {
			vmc_err("pid %d: area 0x%x+%d prot %d flags 0x%x out "
				"of order, overlapping or odd", pid, a->start,
				a->npages, a->prot, a->flags);
			return;
		}
		for (vpn = a->start; vpn < a->start + a->npages; vpn++) {
			pte = vm_pte(vm->pdframe, VADDR(vpn), WS_CHECK,
				WS_CHECKPT);
			if (pte == NULL || !(*pte & PTE_ALLOC)) {
				vmc_err("pid %d: area 0x%x+%d covers page 0x%x, "
					"not allocated", pid, a->start,
					a->npages, vpn);
				break;
			}
		}
		prevend = a->start + a->npages;
	}
}

/* Check one address space */
static	void	vmc_proc(pid32 pid, struct vmproc *vm, pt_t *kpde)
{
	pt_t	*pd, *pt, pde;
	uint32	i, t, alloc = 0, res = 0, swapped = 0, slots = 0, npt = 0;
	uint32	nstkpt = 0, before;

	t = PTFRAME_IDX(vm->pdframe);
	if (t >= MAX_PT_SIZE || pttab[t].owner != pid || !pttab[t].isdir
	    || pttab[t].nused != 0) {
		vmc_err("pid %d: directory 0x%08x not recorded as its own",
			pid, vm->pdframe);
	} else {
		BIT_SET(ptseen, t);
	}
	for (i = 0; i < NENTRIES; i++) {
		pd = (pt_t *)vwin_map(WS_CHECK, vm->pdframe);
		pde = pd[i];
		if (i < KERNEL_PTS) {
			if ((pde ^ kpde[i]) & ~(pt_t)PTE_A) {	/* A: set by the MMU */
				vmc_err("pid %d: kernel PDE %d is 0x%08x, system "
					"has 0x%08x", pid, i, pde, kpde[i]);
			}
			continue;
		}
		if (i == PDX(MMIO_BASE)) {
			if ((pde ^ kpde[KERNEL_PTS]) & ~(pt_t)PTE_A) {
				vmc_err("pid %d: device PDE %d is 0x%08x, "
					"system has 0x%08x", pid, i, pde,
					kpde[KERNEL_PTS]);
			}
			continue;
		}
		if (!(pde & PTE_P)) {
			if (pde != 0) {
				vmc_err("pid %d: odd PDE %d 0x%08x", pid, i, pde);
			}
			continue;
		}
		t = PTFRAME_IDX(pde & PTE_FRAME);
		if ((pde & PTE_FRAME) < PT_REGION_BASE || t >= MAX_PT_SIZE
		    || pttab[t].owner != pid || pttab[t].isdir
		    || (pde & ~(pt_t)(PTE_FRAME | PTE_A))
			!= (i >= PDX(VSTACK_LOW) ? (PTE_P | PTE_RW) : PDE_HEAP)) {
			vmc_err("pid %d: table of PDE %d (0x%08x) not its own",
				pid, i, pde);
			continue;
		}
		if (BIT_ISSET(ptseen, t)) {
			vmc_err("page table frame %d referenced twice", t);
		}
		BIT_SET(ptseen, t);
		pt = (pt_t *)vwin_map(WS_CHECKPT, pde & PTE_FRAME);
		if (i >= PDX(VSTACK_LOW)) {		/* the stack's tables	*/
			if (i < PDX(vm->stkbase - VSTACK_BELOW)) {
				vmc_err("pid %d: PDE %d below its stack's tables",
					pid, i);
			}
			if (pttab[t].nused != 0) {
				vmc_err("pid %d: stack table %d counts %d "
					"entries", pid, i, pttab[t].nused);
			}
			nstkpt++;
			vmc_stackpt(pid, vm, i, pt);
			continue;
		}
		npt++;
		if (!(vm->ptmap[i >> 5] & (1u << (i & 31)))
		    || !(vm->ptsum & (1u << (i >> 5)))) {
			vmc_err("pid %d: heap table %d not in its map", pid, i);
		}
		before = alloc;
		vmc_heappt(pid, vm, i, pt, &alloc, &res, &swapped, &slots);
		if (pttab[t].nused != alloc - before || pttab[t].nused == 0) {
			vmc_err("pid %d: heap table %d counts %d entries, holds "
				"%d", pid, i, pttab[t].nused, alloc - before);
		}
	}
	if (nstkpt != vm->stkpts || vm->stkpts != PDX(VM_USER_TOP - 1)
	    - PDX(vm->stkbase - VSTACK_BELOW) + 1) {
		vmc_err("pid %d: %d stack tables, %d recorded, below 0x%08x",
			pid, nstkpt, vm->stkpts, vm->stkbase);
	}
	for (i = 0, t = 0; i < NENTRIES / 32; i++) {	/* no stray bits */
		for (pde = vm->ptmap[i]; pde != 0; pde &= pde - 1) {
			t++;
		}
		if ((vm->ptmap[i] != 0) != ((vm->ptsum >> i) & 1)) {
			vmc_err("pid %d: heap table map word %d and its "
				"summary bit disagree", pid, i);
		}
	}
	if (t != npt) {
		vmc_err("pid %d: heap table map holds %d, %d tables", pid, t,
			npt);
	}
	vmc_areas(pid, vm);
	if (alloc != vm->nalloc || res != vm->nresident
	    || swapped != vm->nswapped || slots != vm->nslots
	    || npt != vm->npt) {
		vmc_err("pid %d: counters alloc %d res %d swapped %d slots %d "
			"tables %d, tables show %d %d %d %d %d", pid, vm->nalloc,
			vm->nresident, vm->nswapped, vm->nslots, vm->npt, alloc,
			res, swapped, slots, npt);
	}
}

/*------------------------------------------------------------------------
 * vmcheck - verify the VM invariants; SYSERR if any is violated
 *------------------------------------------------------------------------
 */
syscall	vmcheck(void)
{
	intmask	mask;
	pt_t	kpde[KERNEL_PTS + 1], *pd, *pt;	/* + the device table's */
	pid32	pid;
	int32	i, j, used, zero, owned;

	mask = disable();
	nerr = 0;
	memset(ffsmaps, 0, sizeof(ffsmaps));
	memset(slotmaps, 0, sizeof(slotmaps));
	memset(slotseen, 0, sizeof(slotseen));
	memset(rmapseen, 0, sizeof(rmapseen));
	memset(ptseen, 0, sizeof(ptseen));

	pd = (pt_t *)vwin_map(WS_CHECK, sys_pdbr);
	for (i = 0; i < KERNEL_PTS; i++) {
		kpde[i] = pd[i];
	}
	kpde[KERNEL_PTS] = pd[PDX(MMIO_BASE)];
	if ((kpde[KERNEL_PTS] & ~(pt_t)PTE_A) != ((uint32)mmio_pt | PTE_P
						  | PTE_RW)) {
		vmc_err("system device PDE is 0x%08x", kpde[KERNEL_PTS]);
	}
	/* Ring 3 reaches heap pages only: nothing of the kernel region or
	   the device table is user-accessible (each directory's copies of
	   these entries are compared with the system's below) */
	for (i = 0; i < KERNEL_PTS + 1; i++) {
		pt = (pt_t *)vwin_map(WS_CHECKPT, i < KERNEL_PTS ? kernel_pts[i]
			: (uint32)mmio_pt);
		for (j = 0; j < NENTRIES; j++) {
			if ((pt[j] & PTE_US) || (kpde[i] & PTE_US)) {
				vmc_err("kernel table %d entry %d (0x%08x) is "
					"user-accessible", i, j, pt[j]);
				break;
			}
		}
	}
	for (pid = 0; pid < NPROC; pid++) {
		if (proctab[pid].prvm != NULL) {	/* live or dying */
			vmc_proc(pid, proctab[pid].prvm, kpde);
		}
	}

	/* FFS: every frame in use is mapped; free count is right */
	used = zero = 0;
	for (i = 0; i < MAX_FFS_SIZE; i++) {
		if (bm_isset(&ffs_freemap, i) != (ffstab[i].state != FS_USED)
		    || bm_isset(&ffs_stalemap, i)
				!= (ffstab[i].state == FS_FREE)) {
			vmc_err("FFS frame %d: state %d, free bit %d, stale "
				"bit %d", i, ffstab[i].state,
				bm_isset(&ffs_freemap, i),
				bm_isset(&ffs_stalemap, i));
		}
		if (ffstab[i].state == FS_USED) {
			used++;
			if (ffsmaps[i] != ffstab[i].pg.nmaps || ffsmaps[i] == 0) {
				vmc_err("FFS frame %d (pid %d page 0x%x) counts %d "
					"maps, %d PTEs hold it", i,
					ffstab[i].pg.owner, ffstab[i].pg.vpn,
					ffstab[i].pg.nmaps, ffsmaps[i]);
			}
			vmc_chain("FFS frame", i, &ffstab[i].pg);
			j = ffstab[i].slot;
			if (j >= 0 && (j >= MAX_SWAP_SIZE
			    || swaptab[j].pg.nmaps != 0 || BIT_ISSET(slotseen, j)
			    || swaptab[j].pg.owner != ffstab[i].pg.owner
			    || swaptab[j].pg.vpn != ffstab[i].pg.vpn)) {
				vmc_err("FFS frame %d: clean copy %d is not its "
					"own", i, j);
			} else if (j >= 0) {
				BIT_SET(slotseen, j);
			}
		} else {
			zero += (ffstab[i].state == FS_ZERO);
			if (ffstab[i].pg.owner != OWN_FREE) {
				vmc_err("free FFS frame %d has owner %d", i,
					ffstab[i].pg.owner);
			}
		}
	}
	owned = 0;
	for (i = ffs_oldest(); i >= 0 && owned <= MAX_FFS_SIZE; i = ffs_newer(i)) {
		if (ffstab[i].state != FS_USED) {
			vmc_err("FFS frame %d on the in-use list but free", i);
		}
		owned++;
	}
	if (owned != used) {
		vmc_err("FFS: in-use list holds %d frames, %d in use", owned,
			used);
	}
	if ((uint32)(MAX_FFS_SIZE - used) != free_ffs_pages()
	    || zero != ffs_zero_count) {
		vmc_err("FFS: %d frames in use, %d free counted, %d zeroed "
			"(pool says %d)", used, free_ffs_pages(), zero,
			ffs_zero_count);
	}

	/* Swap: every owned slot is referenced; free count is right */
	owned = 0;
	for (i = 0; i < MAX_SWAP_SIZE; i++) {
		if (bm_isset(&swap_freemap, i) != (swaptab[i].pg.owner == OWN_FREE)) {
			vmc_err("slot %d: owner %d, free bit %d", i,
				swaptab[i].pg.owner, bm_isset(&swap_freemap, i));
		}
		if (swaptab[i].pg.owner != OWN_FREE) {
			owned++;
			if (swaptab[i].pg.nmaps == 0 ? !BIT_ISSET(slotseen, i)
			    : slotmaps[i] != swaptab[i].pg.nmaps) {
				vmc_err("slot %d (pid %d page 0x%x) counts %d "
					"maps, %d PTEs hold it%s", i,
					swaptab[i].pg.owner, swaptab[i].pg.vpn,
					swaptab[i].pg.nmaps, slotmaps[i],
					swaptab[i].pg.nmaps ? "" :
					", and no frame's clean copy");
			}
			vmc_chain("slot", i, &swaptab[i].pg);
		} else if (slotmaps[i] != 0) {
			vmc_err("free slot %d held by %d PTEs", i, slotmaps[i]);
		}
	}
	for (i = 0, j = 0; i < RMAP_NODES; i++) {
		j += BIT_ISSET(rmapseen, i) != 0;
		if (i >= rmap_hiwater ? BIT_ISSET(rmapseen, i) != 0	/* unused */
		    : (rmaptab[i].pid != OWN_FREE)
			!= (BIT_ISSET(rmapseen, i) != 0)) {
			vmc_err("rmap node %d: pid %d, %s a chain", i,
				rmaptab[i].pid, BIT_ISSET(rmapseen, i) ? "on"
				: "not on");
		}
	}
	if (j + rmap_nfree != RMAP_NODES) {
		vmc_err("rmap: %d nodes in use, %d free counted", j, rmap_nfree);
	}
	if ((uint32)(MAX_SWAP_SIZE - owned) != free_swap_pages()) {
		vmc_err("swap: %d slots owned, %d free counted", owned,
			free_swap_pages());
	}
	if (bm_check(&ffs_freemap) + bm_check(&ffs_stalemap)
	    + bm_check(&swap_freemap) + bm_check(&pt_stalemap) != 0) {
		vmc_err("free bitmaps: %d, %d and %d inconsistencies (FFS "
			"free, FFS stale, swap)", bm_check(&ffs_freemap),
			bm_check(&ffs_stalemap), bm_check(&swap_freemap));
	}

	/* PD/PT: kernel tables plus what the address spaces reference */
	owned = 0;
	for (i = 0; i < MAX_PT_SIZE; i++) {
		if (pttab[i].owner == OWN_FREE) {
			/* A free frame not marked stale is handed out as it
			   is, so it must be all zeros (ptframe.c) */
			if (!bm_isset(&pt_stalemap, i)) {
				pt = (pt_t *)vwin_map(WS_CHECK, PTFRAME_ADDR(i));
				for (j = 0; j < NENTRIES && pt[j] == 0; j++) {
					;
				}
				if (j < NENTRIES) {
					vmc_err("free PD/PT frame %d: entry %d is "
						"0x%08x, not zeroed", i, j, pt[j]);
				}
			}
			continue;
		}
		if (bm_isset(&pt_stalemap, i)) {
			vmc_err("PD/PT frame %d in use but marked stale", i);
		}
		owned++;
		if (pttab[i].owner != OWN_KERNEL && !BIT_ISSET(ptseen, i)) {
			vmc_err("PD/PT frame %d owned by pid %d but not in use",
				i, pttab[i].owner);
		}
	}
	if (MAX_PT_SIZE - owned != ptfree_count) {
		vmc_err("PD/PT: %d frames owned, %d free counted", owned,
			ptfree_count);
	}
	restore(mask);
	if (nerr > VMC_MAXPRINT) {
		kprintf("vmcheck: ... %d violations in all\n", nerr);
	}
	return nerr == 0 ? OK : SYSERR;
}
