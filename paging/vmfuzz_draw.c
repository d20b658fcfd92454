/* vmfuzz_draw.c - vmfz_draw */

#include <xinu.h>
#include "vmint.h"

/*
 * The mix of operations, in draws per VFZ_SCALE.  Page reads and writes
 * dominate (they drive faults, evictions and swap-ins); every other kind
 * is there often enough that 10^4 operations meet each many times.
 */
#define	VFZ_SCALE	1000
static	const	uint16	fz_mix[VFO_NKINDS] = {
	[VFO_ALLOC]	= 110,	[VFO_FREE]	= 90,
	[VFO_WRITE]	= 241,	[VFO_READ]	= 183,
	[VFO_VERIFY]	= 60,	[VFO_BADCALL]	= 25,
	[VFO_YIELD]	= 25,	[VFO_SLEEP]	= 15,
	[VFO_PARK]	= 80,	[VFO_POLICY]	= 15,
	[VFO_EXIT]	= 3,	[VFO_OVERFLOW]	= 3,
	[VFO_SEGV]	= 10,	[VFO_WORKLOAD]	= 2,
	[VFO_TRACE]	= 8,	[VFO_LOWWATER]	= 5,
	[VFO_KILL]	= 30,	[VFO_KILLIN]	= 10,
	[VFO_FORK]	= 10,	[VFO_MMAP]	= 30,
	[VFO_MUNMAP]	= 20,	[VFO_MPROTECT]	= 20,
};

#define	FZ_SMALLPAGES	8		/* sizes of a vmalloc, in pages	*/
#define	FZ_MIDPAGES	256
#define	FZ_BIGPAGES	4096
#define	FZ_RUN		16		/* pages one write/read covers	*/
#define	FZ_SAMPLE	64		/* pages one verify checks	*/
#define	FZ_MAXSLEEP	3		/* ms				*/
#define	FZ_MAXWATER	(2 * MAX_FFS_SIZE)	/* past sane: bug 3 */
#define	FZ_KILLDELAY	4		/* ms before a KILLIN lands	*/
#define	FZ_WORDS_PAGE	(PAGE_SIZE / sizeof(uint32))
#define	FZ_FIXEDSPAN	4096		/* pages a MAP_FIXED address is
					   drawn from (4 page tables)	*/

/* A number in [0, n) */
#define	FZ_R(s, n)	(vmfz_rand(s) % (n))

/* Pages of the longest free range of the worker's heap */
static	uint32	fz_largest(struct vmfzw *w)
{
	uint32	cur = VPN(VHEAP_START), best = 0;
	int32	i;

	for (i = 0; i < w->nreg; i++) {
		if (w->reg[i].vpn - cur > best) {
			best = w->reg[i].vpn - cur;
		}
		cur = w->reg[i].vpn + w->reg[i].npages;
	}
	return VPN(VHEAP_END) - cur > best ? VPN(VHEAP_END) - cur : best;
}

/* Size (bytes) of a vmalloc: zero, small, middling, big, one page more
   than the largest free range (must fail), or huge */
static	uint32	fz_size(struct vmfzw *w, uint32 *s, uint32 flags)
{
	uint32	r = FZ_R(s, 100), pages;

	if (r < 5) {
		return 0;
	} else if (r < 50) {
		pages = 1 + FZ_R(s, FZ_SMALLPAGES);
	} else if (r < 80) {
		pages = 1 + FZ_R(s, FZ_MIDPAGES);
	} else if (r < 92) {
		pages = 1 + FZ_R(s, FZ_BIGPAGES);
	} else if (r < 97) {
		return (fz_largest(w) + 1) * PAGE_SIZE;
	} else if ((flags & VMFZ_HUGE) && r < 99) {
		return (VHEAP_END - VHEAP_START) / (1 + (r & 1));
					/* all or half the heap	*/
	} else {
		return 0xFFFFFFFF;		/* more than the heap	*/
	}
	return pages * PAGE_SIZE - FZ_R(s, PAGE_SIZE);	/* not whole	*/
}

/* A vfree: a whole range, part of one, an unaligned or a foreign one
   (not the worker's), a double free, one spanning ranges */
static	void	fz_freeop(struct vmfzw *w, uint32 *s, struct vmfzop *op)
{
	struct	vmfzreg	*r;
	uint32	x = FZ_R(s, 100), off, n;

	op->kind = VFO_FREE;
	if (w->nreg == 0 || (x >= 85 && x < 95)) {
		op->a = VHEAP_START + FZ_R(s, 1 << 16) * PAGE_SIZE;
		op->b = (1 + FZ_R(s, FZ_MIDPAGES)) * PAGE_SIZE;
		return;			/* foreign (or by chance ours)	*/
	}
	r = &w->reg[FZ_R(s, w->nreg)];
	if (x < 45 || w->nreg == VMFZ_MAXREG) {
		op->a = VADDR(r->vpn);	/* whole			*/
		op->b = r->npages * PAGE_SIZE - FZ_R(s, PAGE_SIZE);
	} else if (x < 75) {
		off = FZ_R(s, r->npages);
		n = 1 + FZ_R(s, r->npages - off);
		op->a = VADDR(r->vpn + off);
		op->b = n * PAGE_SIZE - FZ_R(s, PAGE_SIZE);
	} else if (x < 80) {
		op->a = VADDR(r->vpn) + 1 + FZ_R(s, PAGE_SIZE - 1);
		op->b = PAGE_SIZE;	/* unaligned			*/
	} else if (x < 85 && w->lastlen != 0) {
		op->a = w->lastva;	/* double (unless reallocated)	*/
		op->b = w->lastlen;
	} else {
		op->a = VADDR(r->vpn);	/* past its end: spans the next	*/
		op->b = (r->npages + 1 + FZ_R(s, FZ_SMALLPAGES)) * PAGE_SIZE;
	}
}

/* A protection mmap and mprotect give: read-write half the time */
static	int32	fz_prot(uint32 *s)
{
	static	const	int32	prots[] = { PROT_READ | PROT_WRITE,
		PROT_READ | PROT_WRITE, PROT_READ, PROT_NONE };

	return prots[FZ_R(s, 4)];
}

/* An mmap: private or shared (shared only while the worker's touch
   table keeps room for every MAP_SHARED page: a fork touches them all),
   first fit or MAP_FIXED at a free or a held address, or one bad
   argument.  op->c: prot | flags << 8 | bad fd (1) or offset (2) << 16. */
static	void	fz_mmapop(struct vmfzw *w, uint32 *s, struct vmfzop *op)
{
	uint32	x = FZ_R(s, 100), n, all, need, lim;
	int32	prot = fz_prot(s), flags = MAP_ANONYMOUS, bad = 0;
	struct	vmfzreg	*r;

	flags |= FZ_R(s, 3) ? MAP_SHARED : MAP_PRIVATE;	/* 2 in 3 */
	n = 1 + ((flags & MAP_SHARED) ? FZ_R(s, VMFZ_SHMAX / 4)
		: FZ_R(s, 2) ? FZ_R(s, FZ_SMALLPAGES) : FZ_R(s, FZ_MIDPAGES));
	need = vmfz_shneed(w, &all);
	lim = w->cap / 2 < VMFZ_SHMAX ? w->cap / 2 : VMFZ_SHMAX;
	if ((flags & MAP_SHARED) && (all + n > lim
	    || w->ntouch + need + n > w->cap)) {
		flags ^= MAP_SHARED | MAP_PRIVATE;
	}
	op->a = 0;
	op->b = n * PAGE_SIZE - FZ_R(s, PAGE_SIZE);
	if (x < 15) {			/* fixed: after a range, or anywhere */
		flags |= MAP_FIXED;
		r = w->nreg && FZ_R(s, 2) ? &w->reg[FZ_R(s, w->nreg)] : NULL;
		op->a = r ? VADDR(r->vpn + r->npages)
			: VHEAP_START + FZ_R(s, FZ_FIXEDSPAN) * PAGE_SIZE;
	} else if (x < 22 && w->nreg > 0) {	/* fixed, over a range	*/
		flags |= MAP_FIXED;
		r = &w->reg[FZ_R(s, w->nreg)];
		op->a = VADDR(r->vpn + FZ_R(s, r->npages));
	} else if (x < 35) {		/* one bad argument		*/
		switch (FZ_R(s, 12)) {
		case 0:	op->b = 0;					break;
		case 1:	bad = 1;					break;
		case 2:	bad = 2;					break;
		case 3:	flags &= ~MAP_ANONYMOUS;			break;
		case 4:	flags |= MAP_SHARED | MAP_PRIVATE;		break;
		case 5:	flags &= ~(MAP_SHARED | MAP_PRIVATE);		break;
		case 6:	flags |= 0x40;			/* unknown	*/	break;
		case 7:	prot = 0x4;		/* PROT_EXEC: none here	*/	break;
		case 8:	flags |= MAP_FIXED;
			op->a = VHEAP_START + 1 + FZ_R(s, PAGE_SIZE - 1);
			break;
		case 9:	flags |= MAP_FIXED;
			op->a = FZ_R(s, 2) ? PAGE_SIZE : VHEAP_END;
			break;
		case 10: flags |= MAP_FIXED;		/* runs past the heap */
			op->a = VHEAP_END - PAGE_SIZE;
			op->b = 2 * PAGE_SIZE;
			break;
		default: op->b = 0xFFFFFFFF;		/* no room	*/
			break;
		}
	}
	op->c = (uint32)prot | (uint32)flags << 8 | (uint32)bad << 16;
}

/* An munmap: a whole range, its head, its tail, its middle, a span
   from inside one range to inside a later one (holes included), a
   range the worker does not hold, or bad arguments */
static	void	fz_munmapop(struct vmfzw *w, uint32 *s, struct vmfzop *op)
{
	uint32	x = FZ_R(s, 100), k, off, n;
	struct	vmfzreg	*r, *q;

	op->kind = VFO_MUNMAP;
	if (w->nreg == 0 || (x >= 80 && x < 88)) {
		op->a = VHEAP_START + FZ_R(s, FZ_FIXEDSPAN) * PAGE_SIZE;
		op->b = (1 + FZ_R(s, FZ_SMALLPAGES)) * PAGE_SIZE;
		return;			/* foreign (or by chance ours)	*/
	}
	k = FZ_R(s, w->nreg);
	r = &w->reg[k];
	off = FZ_R(s, r->npages);
	if (x < 30 || r->npages == 1) {
		op->a = VADDR(r->vpn);	/* whole			*/
		op->b = r->npages * PAGE_SIZE - FZ_R(s, PAGE_SIZE);
	} else if (x < 40) {		/* its head			*/
		op->a = VADDR(r->vpn);
		op->b = (1 + FZ_R(s, r->npages - 1)) * PAGE_SIZE;
	} else if (x < 50) {		/* its tail			*/
		op->a = VADDR(r->vpn + 1 + FZ_R(s, r->npages - 1));
		op->b = VADDR(r->vpn + r->npages) - op->a;
	} else if (x < 65 && w->nreg < VMFZ_MAXREG && r->npages > 2) {
		off = 1 + FZ_R(s, r->npages - 2);	/* its middle	*/
		n = 1 + FZ_R(s, r->npages - off - 1);
		op->a = VADDR(r->vpn + off);
		op->b = n * PAGE_SIZE;
	} else if (x < 80 && k + 1 < (uint32)w->nreg) {
		q = &w->reg[k + 1 + FZ_R(s, w->nreg - k - 1)];
		op->a = VADDR(r->vpn + off);	/* into a later range	*/
		op->b = VADDR(q->vpn + FZ_R(s, q->npages) + 1) - op->a;
	} else if (x < 80) {		/* no later range: whole	*/
		op->a = VADDR(r->vpn);
		op->b = r->npages * PAGE_SIZE;
	} else {			/* bad				*/
		switch (FZ_R(s, 4)) {
		case 0:	op->a = VADDR(r->vpn) + 1 + FZ_R(s, PAGE_SIZE - 1);
			op->b = PAGE_SIZE;
			break;
		case 1:	op->a = VADDR(r->vpn);
			op->b = 0;
			break;
		case 2:	op->a = FZ_R(s, 2) ? PAGE_SIZE : VHEAP_END;
			op->b = PAGE_SIZE;
			break;
		default: op->a = VADDR(r->vpn);		/* past the heap */
			op->b = VHEAP_END - op->a + PAGE_SIZE;
			break;
		}
	}
}

/* An mprotect: of a whole range, part of one (cut in three: only with
   room for two more ranges), from one range into a later one (fails if
   a hole lies between), or bad arguments */
static	void	fz_mprotectop(struct vmfzw *w, uint32 *s, struct vmfzop *op)
{
	uint32	x = FZ_R(s, 100), k, off;
	struct	vmfzreg	*r, *q;

	op->kind = VFO_MPROTECT;
	op->c = (uint32)fz_prot(s);
	if (w->nreg == 0) {		/* nothing held: must fail	*/
		op->a = VHEAP_START + FZ_R(s, FZ_FIXEDSPAN) * PAGE_SIZE;
		op->b = PAGE_SIZE;
		return;
	}
	k = FZ_R(s, w->nreg);
	r = &w->reg[k];
	off = FZ_R(s, r->npages);
	if (x < 40 || w->nreg + 2 > VMFZ_MAXREG) {
		op->a = VADDR(r->vpn);	/* whole			*/
		op->b = r->npages * PAGE_SIZE - FZ_R(s, PAGE_SIZE);
	} else if (x < 70) {		/* part				*/
		op->a = VADDR(r->vpn + off);
		op->b = (1 + FZ_R(s, r->npages - off)) * PAGE_SIZE
			- FZ_R(s, PAGE_SIZE);
	} else if (x < 85) {		/* into a later range		*/
		q = &w->reg[k + FZ_R(s, w->nreg - k)];
		op->a = VADDR(r->vpn + off);
		op->b = VADDR(q->vpn + FZ_R(s, q->npages) + 1) - op->a;
	} else {			/* bad				*/
		switch (FZ_R(s, 4)) {
		case 0:	op->a = VADDR(r->vpn) + 1 + FZ_R(s, PAGE_SIZE - 1);
			op->b = PAGE_SIZE;
			break;
		case 1:	op->a = VADDR(r->vpn);
			op->b = 0;
			break;
		case 2:	op->a = VADDR(r->vpn);
			op->b = PAGE_SIZE;
			op->c = FZ_R(s, 2) ? PROT_WRITE : 0x4;	/* taken
						   as RW; unknown	*/
			break;
		default: op->a = VADDR(r->vpn);		/* past the heap */
			op->b = VHEAP_END - op->a + PAGE_SIZE;
			break;
		}
	}
}

/* A touch its protection forbids (VMFZ_MMAP): a page of a PROT_NONE
   range read or written, or of a PROT_READ range written; FALSE if the
   worker has no such range */
static	bool8	fz_protsegv(struct vmfzw *w, uint32 *s, struct vmfzop *op)
{
	uint32	k, i;
	struct	vmfzreg	*r;

	k = FZ_R(s, VMFZ_MAXREG);
	for (i = 0; i < (uint32)w->nreg; i++) {
		r = &w->reg[(k + i) % w->nreg];
		if (r->prot != (PROT_READ | PROT_WRITE)) {
			op->a = VADDR(r->vpn + FZ_R(s, r->npages))
				+ FZ_R(s, FZ_WORDS_PAGE) * sizeof(uint32);
			op->c = r->prot == PROT_NONE ? FZ_R(s, 2) : 1;
			return TRUE;
		}
	}
	return FALSE;
}

/*------------------------------------------------------------------------
 * vmfz_draw - draw worker w's next operation from the stream s.  Only
 *	the stream and what w holds decide it, so a seed gives the same
 *	sequence every time.  Flags leave out what must not be drawn.
 *------------------------------------------------------------------------
 */
void	vmfz_draw(struct vmfzw *w, uint32 *s, uint32 flags, struct vmfzop *op)
{
	uint32	x = FZ_R(s, VFZ_SCALE), k;
	bool8	small = MAX_FFS_SIZE <= VMFZ_WLFFS;

	for (k = 0; k < VFO_NKINDS - 1 && x >= fz_mix[k]; k++) {
		x -= fz_mix[k];
	}
	op->kind = k;
	op->a = vmfz_rand(s);
	op->b = vmfz_rand(s);
	op->c = 1 + FZ_R(s, FZ_RUN);

	/* What is left out becomes a page write */
	if ((k == VFO_POLICY && (flags & VMFZ_PIN))
	    || (k == VFO_WORKLOAD && !small)
	    || (k == VFO_LOWWATER && !(flags & VMFZ_LOWWATER))
	    || (k == VFO_FORK && !(flags & VMFZ_FORK))
	    || ((k == VFO_MMAP || k == VFO_MUNMAP || k == VFO_MPROTECT)
		&& !(flags & VMFZ_MMAP))
	    || ((k == VFO_ALLOC || k == VFO_MMAP)
		&& w->nreg == VMFZ_MAXREG)) {
		op->kind = k = VFO_WRITE;
	}

	switch (k) {
	case VFO_ALLOC:
		op->a = fz_size(w, s, flags);
		break;
	case VFO_FREE:
		fz_freeop(w, s, op);
		break;
	case VFO_VERIFY:
		op->c = FZ_SAMPLE;
		break;
	case VFO_SLEEP:
		op->a = FZ_R(s, FZ_MAXSLEEP + 1);
		break;
	case VFO_PARK:
		op->a = 1 + FZ_R(s, VFP_NSTATES - 1);
		break;
	case VFO_POLICY:
		op->a = FZ_R(s, 3);		/* RANDOM, FIFO, CLOCK	*/
		break;
	case VFO_SEGV:
		/* A page it does not hold; with VMFZ_GAPTOUCH also the gap
		   above the heap and the area below the stack (bug 6); with
		   VMFZ_MMAP also a page it unmapped last, or a touch its
		   protection forbids */
		op->a = (flags & VMFZ_GAPTOUCH) && (op->b & 1)
			? VHEAP_END + FZ_R(s, 2) * (VSTACK_LOW - VHEAP_END)
			: VHEAP_END - PAGE_SIZE;
		if ((flags & VMFZ_MMAP) && (op->b & 6) == 2
		    && w->lastlen != 0) {
			op->a = (w->lastva & ~(PAGE_SIZE - 1)) + PAGE_SIZE
				* FZ_R(s, (w->lastlen + PAGE_SIZE - 1)
				/ PAGE_SIZE);
			op->c = FZ_R(s, 2);	/* read or write	*/
		} else if ((flags & VMFZ_MMAP) && (op->b & 6) != 0
		    && fz_protsegv(w, s, op)) {
			break;
		}
		if (vmfz_covered(w, VPN(op->a), 1)) {
			op->kind = VFO_WRITE;	/* it holds that page	*/
		}
		break;
	case VFO_MMAP:
		fz_mmapop(w, s, op);
		break;
	case VFO_MUNMAP:
		fz_munmapop(w, s, op);
		break;
	case VFO_MPROTECT:
		fz_mprotectop(w, s, op);
		break;
	case VFO_FORK:
		/* Its MAP_SHARED pages must fit in the table (see fz_mmapop);
		   what vfree or munmap made of them may not */
		if (w->ntouch + vmfz_shneed(w, NULL) > w->cap) {
			op->kind = VFO_WRITE;
		}
		break;
	case VFO_WORKLOAD:
		op->a = FZ_R(s, WL_NKINDS);
		op->c = (flags & VMFZ_WLBUF) != 0;
		break;
	case VFO_TRACE:
		op->a = NULLDEV;
		break;
	case VFO_LOWWATER:
		op->a = FZ_R(s, 2) ? 0 : FZ_R(s, FZ_MAXWATER);
		break;
	case VFO_KILLIN:
		/* A long operation, killed after a few ms wherever it is:
		   between page faults, in sleep, (VMFZ_KILLSVC) inside
		   vmworkload or a dump on the console (bug 7), or
		   (VMFZ_HUGE) in an interrupt window of a huge vmalloc
		   (bug 2), or (VMFZ_FORK) in one of fork's windows, or
		   (VMFZ_MMAP) in one of munmap's */
		op->a = FZ_R(s, FZ_KILLDELAY + 1);
		op->b = FZ_R(s, 4);
		if ((flags & VMFZ_FORK) && op->b == 2 && (op->c & 1)) {
			op->b = VFO_FORK;	/* killed in its windows */
		} else if ((flags & VMFZ_MMAP) && op->b == 1 && (op->c & 1)) {
			op->b = VFO_MUNMAP;	/* ditto: the whole heap */
		} else if ((flags & VMFZ_HUGE) && op->b == 3
		    && w->nreg < VMFZ_MAXREG) {
			op->b = VFO_ALLOC;
		} else if ((flags & VMFZ_KILLSVC) && small) {
			op->b = op->b == 0 ? VFO_WORKLOAD
				: op->b == 1 ? VFO_TRACE : VFO_WRITE;
		} else {
			op->b = op->b == 0 ? VFO_SLEEP : VFO_WRITE;
		}
		break;
	default:
		break;
	}
}
