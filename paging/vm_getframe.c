/* vm_getframe.c - vm_getframe, vm_evict, vm_victim, vmpolicy, vm_owner_live,
 *		   vm_frame_referenced, vm_evictable, vm_dropcopy,
 *		   vm_pol_freed, vm_pol_slotfreed */

#include <xinu.h>
#include "vmint.h"

/*
 * Getting a frame when the FFS is full: evict a victim chosen by the
 * current policy to swap.  When swap is full too, slots that only hold
 * clean copies of resident pages are released; if that frees nothing and
 * the faulting page itself sits in swap, the victim and the faulting page
 * trade places (the victim's data goes into the faulting page's slot).
 * Only when none of that works does the caller kill the faulting process.
 *
 * The victim is the policy's choice (struct vmpolops in vmint.h, one file
 * per policy, the table in vmpolicies.c); this file tells the policy in
 * force what happens to frames and slots.
 */

int32	vm_policy = RANDOM;		/* replacement policy		*/
static	byte	xbuf[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

/*------------------------------------------------------------------------
 * vm_owner_live - does the owner of a frame still run (not a process
 *		   whose address space awaits teardown)?
 *------------------------------------------------------------------------
 */
bool8	vm_owner_live(pid32 pid)
{
	return pid >= 0 && pid < NPROC && proctab[pid].prstate != PR_FREE
		&& proctab[pid].prvm != NULL;
}

/* rmap_each callback: test and clear one mapping's accessed bit */
static	void	referenced_one(struct vmproc *vm, uint32 vpn, pt_t *pte,
			void *arg)
{
	if (*pte & PTE_A) {
		*pte &= ~PTE_A;
		vm_invalidate(vm->pdframe, VADDR(vpn));
		*(bool8 *)arg = TRUE;
	}
}

/*------------------------------------------------------------------------
 * vm_frame_referenced - was frame f's page accessed since the last call
 *	(the accessed bit of any PTE that maps it)?  The bits are cleared,
 *	and the translations dropped so that the next access sets them
 *	again.
 *------------------------------------------------------------------------
 */
bool8	vm_frame_referenced(int32 f)
{
	bool8	ref = FALSE;

	rmap_each(&ffstab[f].pg, referenced_one, &ref);
	return ref;
}

/*------------------------------------------------------------------------
 * vm_newest - is frame f the one filled last?  That frame was mapped by
 *	the latest fault, whose instruction may not have retried yet: the
 *	pager's eviction ahead of demand runs between the two (it is woken
 *	at the end of the fault), and evicting that frame would send the
 *	fault round for ever.
 *------------------------------------------------------------------------
 */
static	bool8	vm_newest(int32 f)
{
	return ffstab[f].fifoseq + 1 == ffs_fifoseq;
}

/*------------------------------------------------------------------------
 * vm_evictable - may frame f be a victim?  In use by a live process and,
 *	with sparenewest (the pager's low-water evictions; a fault's own
 *	eviction needs no such care, its page is not mapped yet), not the
 *	frame filled last.  Every policy's victim passes this test.
 *------------------------------------------------------------------------
 */
bool8	vm_evictable(int32 f, bool8 sparenewest)
{
	return ffstab[f].state == FS_USED && vm_owner_live(ffstab[f].pg.owner)
		&& !(sparenewest && vm_newest(f));
}

/*------------------------------------------------------------------------
 * vm_victim - the frame to evict under the policy in force, or SYSERR
 *------------------------------------------------------------------------
 */
int32	vm_victim(bool8 sparenewest)
{
	return VM_POL->victim(sparenewest);
}

/*------------------------------------------------------------------------
 * vm_pol_freed, vm_pol_slotfreed - tell the policy in force that a frame
 *	or a swap slot is free (ffs_free, swap_free: every path that frees
 *	one, so no policy keeps an entry for a page that is gone)
 *------------------------------------------------------------------------
 */
void	vm_pol_freed(int32 f)
{
	if (VM_POL->freed != NULL) {
		VM_POL->freed(f);
	}
}

void	vm_pol_slotfreed(int32 slot)
{
	if (VM_POL->slotfreed != NULL) {
		VM_POL->slotfreed(slot);
	}
}

/* The policy learns that frame f's page went to slot */
static	void	pol_evicted(int32 f, int32 slot)
{
	if (VM_POL->evicted != NULL) {
		VM_POL->evicted(f, slot);
	}
}

/* Count an eviction, print it when debug_swapping asks */
static	void	evict_done(struct vmproc *vm, int32 f, int32 slot, bool8 copy)
{
	if (copy) {
		vm->cnt.swapouts++;
		vmtotals.swapouts++;
	} else {
		vm->cnt.cleanevicts++;
		vmtotals.cleanevicts++;
	}
	if (debug_swapping) {
		debug_swapping--;
		kprintf("eviction:: FFS frame 0x%x, swap frame 0x%x%s\n",
			f, slot, copy ? " copy" : "");
	}
}

/* rmap_each callback: one mapping of a page that leaves its frame for
   so->slot; newslot: the slot was not its clean copy, so each mapping
   counts one slot more */
struct	swapout	{
	int32	slot;
	bool8	newslot;		/* the slot is new to the mappings */
};

static	void	swapout_one(struct vmproc *vm, uint32 vpn, pt_t *pte,
			void *arg)
{
	struct	swapout	*so = (struct swapout *)arg;

	if (*pte & PTE_P) {		/* a PROT_NONE mapping is not	*/
		vm_invalidate(vm->pdframe, VADDR(vpn));
	}
	*pte = SLOT_PTE(so->slot);
	vm->nresident--;
	vm->nswapped++;
	if (so->newslot) {
		vm->nslots++;
	}
}

/*------------------------------------------------------------------------
 * vm_evict - move frame f's page to swap: every PTE that maps it then
 *	holds the slot.  Data is copied only if the slot holds no valid
 *	copy (a frame with a clean copy is mapped read-only everywhere, so
 *	it cannot be dirty).  SYSERR if a slot was needed and none is free
 *	(nothing changed then).
 *------------------------------------------------------------------------
 */
status	vm_evict(int32 f)
{
	struct	ffsframe *fr = &ffstab[f];
	struct	vmproc	*vm = proctab[fr->pg.owner].prvm;
	struct	swapout	so;
	bool8	copy;

	so.slot = fr->slot;
	so.newslot = copy = (so.slot < 0);
	if (copy) {
		if ((so.slot = swap_alloc(fr->pg.owner, fr->pg.vpn)) == SYSERR) {
			return SYSERR;
		}
		pagecopy(vwin_map(WS_DST, SWAP_ADDR(so.slot)),
			vwin_map(WS_SRC, FFS_ADDR(f)));
	}
	swaptab[so.slot].pg = fr->pg;		/* the page moves	*/
	rmap_each(&swaptab[so.slot].pg, swapout_one, &so);
	fr->pg.nmaps = 0;
	pol_evicted(f, so.slot);
	ffs_free(f);
	evict_done(vm, f, so.slot, copy);
	return OK;
}

/* rmap_each callback: a frame's clean copy is gone; its mapping loses
   the slot and may be writable again */
static	void	copygone_one(struct vmproc *vm, uint32 vpn, pt_t *pte,
			void *arg)
{
	vm->nslots--;
	vm_setpte(vm, vpn, pte, *(int32 *)arg);
}

/*------------------------------------------------------------------------
 * vm_dropcopy - frame f's clean copy in swap is no longer wanted (its
 *	page is written, or swap is short): free the slot; every mapping
 *	gets the access its protection and sharing allow
 *------------------------------------------------------------------------
 */
void	vm_dropcopy(int32 f)
{
	swap_free(ffstab[f].slot);
	ffstab[f].slot = -1;
	rmap_each(&ffstab[f].pg, copygone_one, &f);
}

/*------------------------------------------------------------------------
 * drop_clean_copies - release every slot that only holds a clean copy of
 *		       a resident page; returns how many were released
 *------------------------------------------------------------------------
 */
static	int32	drop_clean_copies(void)
{
	int32	i, n = 0;

	for (i = 0; i < MAX_FFS_SIZE; i++) {
		if (ffstab[i].state == FS_USED && ffstab[i].slot >= 0) {
			/* Now the only copy: a later eviction writes it out */
			vm_dropcopy(i);
			n++;
		}
	}
	return n;
}

/*------------------------------------------------------------------------
 * exchange - frame f (the victim) and slot (the faulting page's) trade
 *	contents and mappings: the victim's page goes to slot, every PTE
 *	of it holding the slot; f then holds the faulting page, whose
 *	mappings the caller (vm_swapin) points at f.  The victim has no
 *	clean copy: its eviction failed for want of a slot.
 *------------------------------------------------------------------------
 */
static	void	exchange(int32 f, int32 slot)
{
	struct	vmproc	*vm = proctab[ffstab[f].pg.owner].prvm;
	byte	*fp = (byte *)vwin_map(WS_DST, FFS_ADDR(f));
	byte	*sp = (byte *)vwin_map(WS_SRC, SWAP_ADDR(slot));
	struct	pgmap	in = swaptab[slot].pg;
	struct	swapout	so;

	pagecopy(xbuf, fp);
	pagecopy(fp, sp);
	pagecopy(sp, xbuf);
	so.slot = slot;
	so.newslot = TRUE;
	swaptab[slot].pg = ffstab[f].pg;
	rmap_each(&swaptab[slot].pg, swapout_one, &so);
	pol_evicted(f, slot);
	ffstab[f].pg = in;
	ffs_refill_order(f);
	evict_done(vm, f, slot, TRUE);
}

/* vm_getframe's work, between the policy's fault and filled hooks */
static	int32	getframe(pid32 pid, uint32 vpn, bool8 zero, int32 inslot,
			bool8 *exchanged)
{
	int32	f, victim;

	*exchanged = FALSE;
	if ((f = ffs_alloc(pid, vpn, zero)) != SYSERR) {
		return f;
	}
	if (vm_zombies > 0) {		/* frames of the dead come first */
		vm_reap_pending();
		if ((f = ffs_alloc(pid, vpn, zero)) != SYSERR) {
			return f;
		}
	}
	if ((victim = vm_victim(FALSE)) == SYSERR) {
		return SYSERR;
	}
	if (vm_evict(victim) == SYSERR) {
		if (drop_clean_copies() == 0 || vm_evict(victim) == SYSERR) {
			if (inslot < 0) {
				return SYSERR;
			}
			exchange(victim, inslot);
			*exchanged = TRUE;
			return victim;
		}
	}
	return ffs_alloc(pid, vpn, zero);
}

/*------------------------------------------------------------------------
 * vm_getframe - a frame for page vpn of pid, zero-filled if zero.  inslot
 *	is the slot the page sits in (-1 for a first touch); *exchanged
 *	tells that the page's data was exchanged into the frame in place.
 *	SYSERR: memory is exhausted.
 *------------------------------------------------------------------------
 */
int32	vm_getframe(pid32 pid, uint32 vpn, bool8 zero, int32 inslot,
			bool8 *exchanged)
{
	const	struct	vmpolops *pol = VM_POL;	/* one lookup: the fault
						   path counts instructions */
	int32	f;

	if (pol->fault != NULL) {
		pol->fault(inslot);
	}
	f = getframe(pid, vpn, zero, inslot, exchanged);
	if (f != SYSERR && pol->filled != NULL) {
		pol->filled(f);
	}
	return f;
}

/*------------------------------------------------------------------------
 * vmpolicy - choose the replacement policy (RANDOM, FIFO, CLOCK,
 *	      CLOCKPRO); a policy with state of its own starts it afresh
 *------------------------------------------------------------------------
 */
syscall	vmpolicy(int32 policy)
{
	intmask	mask;

	if (policy < 0 || policy >= NPOLICIES) {
		return SYSERR;
	}
	mask = disable();
	vm_policy = policy;
	if (VM_POL->start != NULL) {
		VM_POL->start();
	}
	restore(mask);
	return OK;
}
