/* rmap.c - rmap_init, rmap_add, rmap_del, rmap_delframe, rmap_has, rmap_each */

#include <xinu.h>
#include "vmint.h"

/*
 * The reverse map: for each page (its pgmap, in the frame or slot that
 * holds it), the PTEs that map it.  The first mapping is inline in the
 * pgmap; every other one is a node of rmaptab, chained from pg->more.
 * Nodes come from a fixed pool (RMAP_NODES): fork checks that enough are
 * free before it shares a table, so a mapping is never lost for want of a
 * node.  The pool is not threaded at boot (98304 nodes in the default
 * configuration would cost boot half a million instructions): nodes from
 * rmap_hiwater up have never been used, and the free list holds only
 * nodes given back.  All of it runs with interrupts off.
 */

struct	rmapent	rmaptab[RMAP_NODES];
static	int32	rmap_freehead;
int32	rmap_nfree;			/* nodes free (vmcheck, fork)	*/
int32	rmap_hiwater;			/* nodes never used: from here	*/

/*------------------------------------------------------------------------
 * rmap_init - every node free (at boot)
 *------------------------------------------------------------------------
 */
void	rmap_init(void)
{
	rmap_freehead = -1;
	rmap_hiwater = 0;
	rmap_nfree = RMAP_NODES;
}

/*------------------------------------------------------------------------
 * rmap_add - (pid, vpn) maps the page of pg too; SYSERR if no node is
 *	      free (nothing changed)
 *------------------------------------------------------------------------
 */
status	rmap_add(struct pgmap *pg, pid32 pid, uint32 vpn)
{
	int32	n;

	if (pg->nmaps == 0) {			/* the first mapping	*/
		pg->owner = pid;
		pg->vpn = vpn;
		pg->more = -1;
		pg->nmaps = 1;
		return OK;
	}
	if ((n = rmap_freehead) >= 0) {
		rmap_freehead = rmaptab[n].next;
	} else if (rmap_hiwater < RMAP_NODES) {
		n = rmap_hiwater++;
	} else {
		return SYSERR;
	}
	rmap_nfree--;
	rmaptab[n].pid = pid;
	rmaptab[n].vpn = vpn;
	rmaptab[n].next = pg->more;
	pg->more = n;
	pg->nmaps++;
	return OK;
}

/* Give node n back to the pool */
static	void	rmap_nodefree(int32 n)
{
	rmaptab[n].pid = OWN_FREE;
	rmaptab[n].next = rmap_freehead;
	rmap_freehead = n;
	rmap_nfree++;
}

/*------------------------------------------------------------------------
 * rmap_del - (pid, vpn) no longer maps pg's page.  When it was the inline
 *	mapping, the first chained one takes its place (so a page's owner
 *	is always one of its mappings).  The caller frees the frame or slot
 *	when nmaps reaches 0.
 *------------------------------------------------------------------------
 */
void	rmap_del(struct pgmap *pg, pid32 pid, uint32 vpn)
{
	int32	n, *pp;

	if (pg->nmaps == 0) {
		panic("rmap_del: pid %d page 0x%x: page has no mapping",
			pid, vpn);
	}
	if (pg->owner == pid && pg->vpn == vpn) {
		if ((n = pg->more) >= 0) {
			pg->owner = rmaptab[n].pid;
			pg->vpn = rmaptab[n].vpn;
			pg->more = rmaptab[n].next;
			rmap_nodefree(n);
		}
		pg->nmaps--;
		return;
	}
	for (pp = &pg->more; (n = *pp) >= 0; pp = &rmaptab[n].next) {
		if (rmaptab[n].pid == pid && rmaptab[n].vpn == vpn) {
			*pp = rmaptab[n].next;
			rmap_nodefree(n);
			pg->nmaps--;
			return;
		}
	}
	panic("rmap_del: pid %d page 0x%x is not a mapping of its page",
		pid, vpn);
}

/*------------------------------------------------------------------------
 * rmap_delframe - (pid, vpn) no longer maps frame f's page; a clean copy
 *	in swap stays named after the page's first mapping (vmcheck)
 *------------------------------------------------------------------------
 */
void	rmap_delframe(int32 f, pid32 pid, uint32 vpn)
{
	struct	pgmap	*pg = &ffstab[f].pg;

	rmap_del(pg, pid, vpn);
	if (ffstab[f].slot >= 0 && pg->nmaps > 0) {
		swaptab[ffstab[f].slot].pg.owner = pg->owner;
		swaptab[ffstab[f].slot].pg.vpn = pg->vpn;
	}
}

/*------------------------------------------------------------------------
 * rmap_has - is (pid, vpn) one of pg's mappings?  (vmcheck)
 *------------------------------------------------------------------------
 */
bool8	rmap_has(struct pgmap *pg, pid32 pid, uint32 vpn)
{
	int32	n;

	if (pg->nmaps == 0) {
		return FALSE;
	}
	if (pg->owner == pid && pg->vpn == vpn) {
		return TRUE;
	}
	for (n = pg->more; n >= 0; n = rmaptab[n].next) {
		if (rmaptab[n].pid == pid && rmaptab[n].vpn == vpn) {
			return TRUE;
		}
	}
	return FALSE;
}

/*------------------------------------------------------------------------
 * rmap_each - call fn for every PTE that maps pg's page, with the
 *	mapping process's vm and page.  The PTE is reached through window
 *	slots WS_VICTPD and WS_VICTPT: fn may use every other slot, and
 *	must not add or remove mappings of this page.
 *------------------------------------------------------------------------
 */
void	rmap_each(struct pgmap *pg, rmap_fn fn, void *arg)
{
	int32	n;
	struct	vmproc	*vm;

	if (pg->nmaps == 0) {
		return;
	}
	vm = proctab[pg->owner].prvm;
	fn(vm, pg->vpn, vm_pte(vm->pdframe, VADDR(pg->vpn), WS_VICTPD,
		WS_VICTPT), arg);
	for (n = pg->more; n >= 0; n = rmaptab[n].next) {
		vm = proctab[rmaptab[n].pid].prvm;
		fn(vm, rmaptab[n].vpn, vm_pte(vm->pdframe,
			VADDR(rmaptab[n].vpn), WS_VICTPD, WS_VICTPT), arg);
	}
}
