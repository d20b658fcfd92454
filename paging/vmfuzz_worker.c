/* vmfuzz_worker.c - vmfz_worker */

#include <xinu.h>
#include "vmint.h"

/*
 * A fuzz worker: a vcreate process that runs the operations its
 * controller hands it one at a time (w->op, then w->go) and reports each
 * (VMFZ_ACK | pid) before the controller draws the next.  It keeps its
 * own picture of what it holds (w->reg, w->touch) and checks the kernel
 * against it: where vmalloc and mmap must put a range (first fit), which
 * vfree, mmap, munmap and mprotect calls must fail, and what every page
 * it reads must contain.  A page it wrote holds a pattern of (pid,
 * incarnation, page, generation); a page it never wrote reads as zeros.
 * Each range has the protection and kind (vmalloc'd, MAP_PRIVATE,
 * MAP_SHARED) the worker gave it: reads and writes skip the pages whose
 * protection forbids them (VFO_SEGV makes those touches, and the
 * controller expects the death).  A MAP_SHARED page shared by fork has
 * one record (w->shrec) that every worker mapping it points at, so a
 * write by one is what the others must read.
 */

extern	uint32	pager_lowwater;

#define	FZ_GOLDEN	0x9E3779B9	/* spreads the pattern's words	*/
#define	FZ_WORDS	(PAGE_SIZE / sizeof(uint32))
#define	FZ_OVFCHUNK	512		/* bytes per frame when overflowing */

/* Failure: say why (the controller prints it with the seed and step) */
static	void	fz_why(struct vmfzw *w, const char *fmt, ...)
{
	va_list	ap;

	if (w->rc == SYSERR) {
		return;			/* the first failure explains	*/
	}
	va_start(ap, fmt);
	vsnprintf(w->why, VMFZ_WHYLEN, fmt, ap);
	va_end(ap);
	w->rc = SYSERR;
}

/*------------------------------------------------------------------------
 * fz_setregs - the worker's ranges become the nk of keep (a cut or a
 *		split may leave more than the table holds: the
 *		controller's bug, said and cut short)
 *------------------------------------------------------------------------
 */
static	void	fz_setregs(struct vmfzw *w, struct vmfzreg *keep, int32 nk)
{
	if (nk > VMFZ_MAXREG) {
		fz_why(w, "range table overflow");	/* controller's bug */
		nk = VMFZ_MAXREG;
	}
	memcpy(w->reg, keep, nk * sizeof(keep[0]));
	w->nreg = nk;
}

/* The first word of a page's pattern, as the worker of key wrote it */
static	uint32	fz_seed(uint32 key, uint32 vpn, uint32 gen)
{
	uint32	x = key ^ vpn;

	x ^= gen * 0x85EBCA6B;
	return x ? x : 1;
}

/* Entry of page vpn in the touch table, or -1 */
static	int32	fz_find(struct vmfzw *w, uint32 vpn)
{
	uint32	i;

	for (i = 0; i < w->ntouch; i++) {
		if (w->touch[i].vpn == vpn) {
			return i;
		}
	}
	return -1;
}

/* Where a touched page's generation and writer are kept: its own entry,
   or the shared record of a MAP_SHARED page shared by fork */
static	struct	vmfztouch *fz_state(struct vmfzw *w, struct vmfztouch *t)
{
	return t->sh != 0 ? &w->shrec[t->sh - 1] : t;
}

/* Check one page against what was last written there.  A page whose
   last write a kill cut (VMFZ_TORN: only a shared page outlives such a
   writer) holds words of two generations: it is not checked until the
   next whole write. */
static	void	fz_checkpage(struct vmfzw *w, struct vmfztouch *t)
{
	volatile uint32	*p = (volatile uint32 *)VADDR(t->vpn);
	struct	vmfztouch *st = fz_state(w, t);
	uint32	i, want, x = fz_seed(st->key, t->vpn, st->gen);

	if (st->gen & VMFZ_TORN) {
		return;
	}
	for (i = 0; i < FZ_WORDS; i++) {
		want = st->gen == 0 ? 0 : x ^ (i * FZ_GOLDEN);
		if (p[i] != want) {
			fz_why(w, "page 0x%x word %d is 0x%x, not 0x%x (gen %d%s)",
				t->vpn, i, p[i], want, st->gen,
				t->sh ? ", shared" : "");
			return;
		}
	}
	if (t->sh != 0 && st->gen != 0 && st->key != w->key) {
		w->st->shreads++;	/* another worker's write	*/
	}
}

/* Write a page's next generation; torn until the last word is in (a
   kill in the middle leaves it so) */
static	void	fz_writepage(struct vmfzw *w, struct vmfztouch *t)
{
	uint32	*p = (uint32 *)VADDR(t->vpn);
	struct	vmfztouch *st = fz_state(w, t);
	uint32	i, x, gen = (st->gen & ~VMFZ_TORN) + 1;

	st->gen = gen | VMFZ_TORN;
	st->key = w->key;		/* whoever wrote it before	*/
	x = fz_seed(st->key, t->vpn, gen);
	for (i = 0; i < FZ_WORDS; i++) {
		p[i] = x ^ (i * FZ_GOLDEN);
	}
	st->gen = gen;			/* p may alias st: stays after	*/
}

/* May page vpn be read (write FALSE) or written?  Its range's protection
   says; a page the worker does not hold may not be touched at all */
static	bool8	fz_allowed(struct vmfzw *w, uint32 vpn, bool8 write)
{
	struct	vmfzreg	*r = vmfz_region(w, vpn);

	if (r == NULL) {
		return FALSE;
	}
	return write ? (r->prot & PROT_WRITE) != 0 : r->prot != PROT_NONE;
}

/* Pages [a page of region r, + c): read (check) or write each, as far
   as the range's protection allows (a page it forbids is skipped).  A
   page the table cannot take any more is replaced by one already in
   it.  The table keeps room for the MAP_SHARED pages never touched,
   which a fork would add (vmfz_shneed). */
static	void	fz_pages(struct vmfzw *w, uint32 r, uint32 b, uint32 c,
			 bool8 write)
{
	struct	vmfzreg	*reg;
	struct	vmfztouch *t;
	uint32	k, vpn, shneed;
	int32	e;

	if (w->nreg == 0) {
		return;
	}
	reg = &w->reg[r % w->nreg];
	shneed = vmfz_shneed(w, NULL);
	for (k = 0; k < c && w->rc == OK; k++) {
		vpn = reg->vpn + (b + k) % reg->npages;
		if (!fz_allowed(w, vpn, FALSE)) {
			continue;
		}
		e = fz_find(w, vpn);
		if (e < 0 && (reg->kind == MAP_SHARED
		    ? w->ntouch < w->cap : w->ntouch + shneed < w->cap)) {
			t = &w->touch[w->ntouch++];
			t->vpn = vpn;
			t->gen = 0;	/* first touch: must read zeros	*/
			t->key = w->key;
			t->sh = 0;
			if (reg->kind == MAP_SHARED) {
				shneed--;
			}
		} else if (e < 0) {
			if (w->ntouch == 0) {
				return;
			}
			t = &w->touch[(b + k) % w->ntouch];
			if (!fz_allowed(w, t->vpn, FALSE)) {
				continue;
			}
		} else {
			t = &w->touch[e];
		}
		fz_checkpage(w, t);
		if (write && fz_allowed(w, t->vpn, TRUE)) {
			fz_writepage(w, t);
		}
	}
}

/* Check c touched pages from the a-th, those the protection lets it read */
static	void	fz_verify(struct vmfzw *w, uint32 a, uint32 c)
{
	struct	vmfztouch *t;
	uint32	k;

	for (k = 0; k < c && w->ntouch > 0 && w->rc == OK; k++) {
		t = &w->touch[(a + k) % w->ntouch];
		if (fz_allowed(w, t->vpn, FALSE)) {
			fz_checkpage(w, t);
		}
	}
}

/* A fingerprint of the worker's areas (the kernel's list): a call that
   fails must leave it as it was */
static	uint32	fz_areasum(void)
{
	intmask	mask = disable();
	struct	vmarea	*a;
	uint32	sum = 0;

	for (a = proctab[currpid].prvm->areas; a != NULL; a = a->next) {
		sum = sum * 31 + a->start;
		sum = sum * 31 + a->npages;
		sum = sum * 31 + (uint32)(a->prot << 8 | a->flags);
	}
	restore(mask);
	return sum;
}

/* The worker's counters now: pages vmalloc'd, pages it backs */
static	void	fz_counts(uint32 *nalloc, uint32 *nbacked)
{
	struct	vmproc	*vm = proctab[currpid].prvm;

	*nalloc = vm->nalloc;
	*nbacked = vm->nresident + vm->nswapped;
}

/* Where first fit must put n pages, or 0 if no free range is that long */
static	uint32	fz_firstfit(struct vmfzw *w, uint32 n)
{
	uint32	cur = VPN(VHEAP_START), hi = VPN(VHEAP_END);
	int32	i;

	for (i = 0; i < w->nreg; i++) {
		if (w->reg[i].vpn - cur >= n) {
			return cur;
		}
		cur = w->reg[i].vpn + w->reg[i].npages;
	}
	return hi - cur >= n ? cur : 0;
}

/* Page tables [vpn, vpn + n) needs that the worker's ranges do not have */
static	uint32	fz_ptneed(struct vmfzw *w, uint32 vpn, uint32 n)
{
	uint32	t, need = 0;
	int32	i;

	for (t = vpn / NENTRIES; t <= (vpn + n - 1) / NENTRIES; t++) {
		for (i = 0; i < w->nreg; i++) {
			if (w->reg[i].vpn / NENTRIES <= t && t <=
			    (w->reg[i].vpn + w->reg[i].npages - 1) / NENTRIES) {
				break;
			}
		}
		need += (i == w->nreg);
	}
	return need;
}

/* A new range [vpn, vpn + n) of prot and kind.  The ranges stay sorted;
   the controller leaves room for one. */
static	void	fz_insert(struct vmfzw *w, uint32 vpn, uint32 n, int32 prot,
			  int32 kind)
{
	int32	i;

	if (w->nreg >= VMFZ_MAXREG) {
		fz_why(w, "range table overflow");	/* controller's bug */
		return;
	}
	for (i = w->nreg; i > 0 && w->reg[i - 1].vpn > vpn; i--) {
		w->reg[i] = w->reg[i - 1];
	}
	w->reg[i].vpn = vpn;
	w->reg[i].npages = n;
	w->reg[i].prot = prot;
	w->reg[i].kind = kind;
	w->nreg++;
}

/* vmalloc(nbytes), checked against first fit */
static	void	fz_alloc(struct vmfzw *w, uint32 nbytes)
{
	uint32	n = nbytes / PAGE_SIZE + (nbytes % PAGE_SIZE != 0);
	uint32	want = nbytes ? fz_firstfit(w, n) : 0, need, va, c0, c1;
	char	*p;

	fz_counts(&c0, &need);
	p = vmalloc(nbytes);
	if (p == (char *)SYSERR) {
		need = want ? fz_ptneed(w, want, n) : 0;
		if (want != 0 && need <= free_pt_frames()) {
			fz_why(w, "vmalloc(%u) failed: first fit 0x%x, %d of"
				" %d tables free", nbytes, VADDR(want), need,
				free_pt_frames());
		}
		fz_counts(&c1, &need);
		if (c1 != c0) {
			fz_why(w, "failed vmalloc changed nalloc %d->%d",
				c0, c1);
		}
		return;
	}
	va = (uint32)p;
	if (want == 0 || va != VADDR(want)) {
		fz_why(w, "vmalloc(%u) = 0x%x, first fit says 0x%x", nbytes,
			va, VADDR(want));
		return;
	}
	fz_insert(w, want, n, PROT_READ | PROT_WRITE, 0);
}

/* Forget [vpn, vpn + n): ranges are cut, touched pages dropped */
static	void	fz_forget(struct vmfzw *w, uint32 vpn, uint32 n)
{
	struct	vmfzreg	keep[VMFZ_MAXREG + 1];
	uint32	end = vpn + n, i, j, rend;
	int32	k, nk = 0;

	for (k = 0; k < w->nreg; k++) {
		rend = w->reg[k].vpn + w->reg[k].npages;
		if (rend <= vpn || w->reg[k].vpn >= end) {
			keep[nk++] = w->reg[k];
			continue;
		}
		if (w->reg[k].vpn < vpn) {
			keep[nk] = w->reg[k];
			keep[nk++].npages = vpn - w->reg[k].vpn;
		}
		if (rend > end) {
			keep[nk] = w->reg[k];
			keep[nk].vpn = end;
			keep[nk++].npages = rend - end;
		}
	}
	fz_setregs(w, keep, nk);
	for (i = j = 0; i < w->ntouch; i++) {
		if (w->touch[i].vpn < vpn || w->touch[i].vpn >= end) {
			w->touch[j++] = w->touch[i];
		}
	}
	w->ntouch = j;
}

/* vfree(va, nbytes): it must succeed exactly when the worker holds
   every page and va is page-aligned; a failure changes nothing */
static	void	fz_free(struct vmfzw *w, uint32 va, uint32 nbytes)
{
	uint32	n = nbytes / PAGE_SIZE + (nbytes % PAGE_SIZE != 0);
	uint32	a0, b0, a1, b1;
	bool8	ok;
	status	rc;

	ok = nbytes != 0 && (va & (PAGE_SIZE - 1)) == 0 && va >= VHEAP_START
		&& va < VHEAP_END && n <= VPN(VHEAP_END) - VPN(va)
		&& vmfz_covered(w, VPN(va), n);
	fz_counts(&a0, &b0);
	rc = vfree((char *)va, nbytes);
	fz_counts(&a1, &b1);
	if (rc != (ok ? OK : SYSERR)) {
		fz_why(w, "vfree(0x%x, %u) = %d, expected %d", va, nbytes, rc,
			ok ? OK : SYSERR);
		return;
	}
	if (!ok) {
		if (a0 != a1 || b0 != b1) {
			fz_why(w, "failed vfree(0x%x, %u) changed counts", va,
				nbytes);
		}
		return;
	}
	w->lastva = va;
	w->lastlen = nbytes;
	fz_forget(w, VPN(va), n);
}

/* Give [vpn, vpn + n) (all held) protection prot: ranges are cut at
   its ends, so one range may become three */
static	void	fz_setprot(struct vmfzw *w, uint32 vpn, uint32 n, int32 prot)
{
	struct	vmfzreg	keep[VMFZ_MAXREG + 2];
	uint32	end = vpn + n, rend, lo, hi;
	int32	k, nk = 0;

	for (k = 0; k < w->nreg; k++) {
		rend = w->reg[k].vpn + w->reg[k].npages;
		if (rend <= vpn || w->reg[k].vpn >= end) {
			keep[nk++] = w->reg[k];
			continue;
		}
		lo = w->reg[k].vpn > vpn ? w->reg[k].vpn : vpn;
		hi = rend < end ? rend : end;
		if (w->reg[k].vpn < lo) {
			keep[nk] = w->reg[k];
			keep[nk++].npages = lo - w->reg[k].vpn;
		}
		keep[nk] = w->reg[k];
		keep[nk].vpn = lo;
		keep[nk].npages = hi - lo;
		keep[nk++].prot = prot;
		if (rend > hi) {
			keep[nk] = w->reg[k];
			keep[nk].vpn = hi;
			keep[nk++].npages = rend - hi;
		}
	}
	fz_setregs(w, keep, nk);
}

/* Pages of a length, without overflow */
#define	FZ_NPAGES(len)	((len) / PAGE_SIZE + ((len) % PAGE_SIZE != 0))

/* mmap(addr, len, prot, flags, fd, off), checked against the worker's
   model: it must succeed exactly when the arguments are good and there
   is room (first fit, or addr with MAP_FIXED: free, aligned, inside the
   heap); a refusal with room is legal only when the PD/PT pool is
   short, and a failed call changes no count and no area */
static	void	fz_mmap(struct vmfzw *w, uint32 addr, uint32 len, int32 prot,
			int32 flags, int32 fd, uint32 off)
{
	int32	kind = flags & (MAP_SHARED | MAP_PRIVATE);
	uint32	n = FZ_NPAGES(len), want = 0, a0, b0, a1, b1, s0, need;
	bool8	ok;
	char	*p;

	ok = len != 0 && fd == -1 && off == 0 && (flags & MAP_ANONYMOUS)
		&& (flags & ~(MAP_SHARED | MAP_PRIVATE | MAP_FIXED
		    | MAP_ANONYMOUS)) == 0
		&& (kind == MAP_SHARED || kind == MAP_PRIVATE)
		&& (prot & ~(PROT_READ | PROT_WRITE)) == 0;
	if (ok && (flags & MAP_FIXED)) {
		ok = (addr & (PAGE_SIZE - 1)) == 0 && addr >= VHEAP_START
			&& addr < VHEAP_END && n <= VPN(VHEAP_END) - VPN(addr)
			&& !vmfz_overlaps(w, VPN(addr), n);
		want = ok ? VPN(addr) : 0;
	} else if (ok) {
		want = fz_firstfit(w, n);
	}
	fz_counts(&a0, &b0);
	s0 = fz_areasum();
	p = mmap((char *)addr, len, prot, flags, fd, off);
	if (prot & PROT_WRITE) {
		prot = PROT_READ | PROT_WRITE;	/* as mmap takes it	*/
	}
	if (p == MAP_FAILED) {
		need = ok && want ? fz_ptneed(w, want, n) : 0;
		if (ok && want != 0 && need <= free_pt_frames()) {
			fz_why(w, "mmap(0x%x, %u, %d, 0x%x) failed: room at"
				" 0x%x, %d of %d tables free", addr, len, prot,
				flags, VADDR(want), need, free_pt_frames());
		}
		fz_counts(&a1, &b1);
		if (a1 != a0 || b1 != b0 || fz_areasum() != s0) {
			fz_why(w, "failed mmap(0x%x, %u, %d, 0x%x, %d, %u)"
				" changed counts or areas", addr, len, prot,
				flags, fd, off);
		}
		w->st->mmapfails++;
		return;
	}
	if (!ok || want == 0 || (uint32)p != VADDR(want)) {
		fz_why(w, "mmap(0x%x, %u, %d, 0x%x, %d, %u) = 0x%x, expected"
			" %s 0x%x", addr, len, prot, flags, fd, off, p,
			ok && want ? "" : "SYSERR, room at", VADDR(want));
		return;
	}
	fz_insert(w, want, n, prot, kind);
	w->st->mmaps++;
}

/* munmap(va, len): SYSERR with nothing changed exactly for bad
   arguments (unaligned, empty, outside the heap); else every held page
   of the range goes, the holes between them are skipped */
static	void	fz_munmap(struct vmfzw *w, uint32 va, uint32 len)
{
	uint32	n = FZ_NPAGES(len), a0, b0, a1, b1, s0;
	bool8	ok;
	status	rc;

	ok = len != 0 && (va & (PAGE_SIZE - 1)) == 0 && va >= VHEAP_START
		&& va < VHEAP_END && n <= VPN(VHEAP_END) - VPN(va);
	fz_counts(&a0, &b0);
	s0 = fz_areasum();
	rc = munmap((char *)va, len);
	if (rc != (ok ? OK : SYSERR)) {
		fz_why(w, "munmap(0x%x, %u) = %d, expected %d", va, len, rc,
			ok ? OK : SYSERR);
		return;
	}
	if (!ok) {
		fz_counts(&a1, &b1);
		if (a1 != a0 || b1 != b0 || fz_areasum() != s0) {
			fz_why(w, "failed munmap(0x%x, %u) changed counts or"
				" areas", va, len);
		}
		w->st->badrefused++;
		return;
	}
	w->st->munmaps++;
	if (vmfz_overlaps(w, VPN(va), n)) {
		w->lastva = va;		/* later touches must kill	*/
		w->lastlen = len;
	}
	fz_forget(w, VPN(va), n);
}

/* mprotect(va, len, prot): it must succeed exactly when the worker holds
   every page, va is aligned and prot is known; a refusal changes
   nothing.  Afterwards reads and writes follow the new protection. */
static	void	fz_mprotect(struct vmfzw *w, uint32 va, uint32 len, int32 prot)
{
	uint32	n = FZ_NPAGES(len), a0, b0, a1, b1, s0;
	bool8	ok;
	status	rc;

	ok = len != 0 && (va & (PAGE_SIZE - 1)) == 0 && va >= VHEAP_START
		&& va < VHEAP_END && n <= VPN(VHEAP_END) - VPN(va)
		&& (prot & ~(PROT_READ | PROT_WRITE)) == 0
		&& vmfz_covered(w, VPN(va), n);
	fz_counts(&a0, &b0);
	s0 = fz_areasum();
	rc = mprotect((char *)va, len, prot);
	fz_counts(&a1, &b1);
	if (rc != (ok ? OK : SYSERR)) {
		fz_why(w, "mprotect(0x%x, %u, %d) = %d, expected %d", va, len,
			prot, rc, ok ? OK : SYSERR);
		return;
	}
	if (a1 != a0 || b1 != b0 || (!ok && fz_areasum() != s0)) {
		fz_why(w, "mprotect(0x%x, %u, %d) = %d changed counts%s", va,
			len, prot, rc, ok ? "" : " or areas");
		return;
	}
	if (ok) {
		fz_setprot(w, VPN(va), n, (prot & PROT_WRITE)
			? PROT_READ | PROT_WRITE : prot);
		w->st->mprotects++;
	} else {
		w->st->badrefused++;
	}
}

/* Calls that must fail and change nothing */
static	void	fz_badcall(struct vmfzw *w, uint32 which)
{
	uint32	a0, b0, a1, b1;
	int32	rc;

	fz_counts(&a0, &b0);
	switch (which % 7) {
	case 0:	rc = (int32)vmalloc(0);					break;
	case 1:	rc = vfree(NULL, PAGE_SIZE);				break;
	case 2:	rc = vfree((char *)PAGE_SIZE, PAGE_SIZE);		break;
	case 3:	rc = vfree((char *)VHEAP_END, PAGE_SIZE);		break;
	case 4:	rc = vfree((char *)(VM_USER_TOP - PAGE_SIZE), PAGE_SIZE); break;
	case 5:	rc = vfree((char *)VHEAP_START + 1, PAGE_SIZE);		break;
	default: rc = w->nreg ? vfree((char *)VADDR(w->reg[0].vpn), 0)
			: vfree((char *)VHEAP_START, 0);		break;
	}
	fz_counts(&a1, &b1);
	if (rc != SYSERR || a0 != a1 || b0 != b1) {
		fz_why(w, "bad call %d returned %d or changed counts",
			which % 7, rc);
	}
}

/* Run off the end of the stack: the kernel must kill only this process */
static	uint32	fz_overflow(volatile uint32 depth)
{
	volatile char	frame[FZ_OVFCHUNK];

	frame[0] = (char)depth;
	if (depth == 0xFFFFFFFF) {	/* never: keeps GCC from calling
					   the recursion infinite	*/
		return frame[0];
	}
	return fz_overflow(depth + 1) + frame[0];
}

/* vmworkload, and what it said: its zero-fill faults are the distinct
   pages of the string, whatever the policy and whatever else runs.  With
   heapbuf the string goes to buffers in this address space (bug 5), and
   the run must count what the same run into kernel buffers counts. */
static	void	fz_workload(struct vmfzw *w, int32 kind, uint32 seed,
			    bool8 heapbuf)
{
	struct	vmwlres	res, ref;
	int32	rc;

	memset(&res, 0, sizeof(res));
	memset(&ref, 0, sizeof(ref));
	if (heapbuf) {
		res.refs = (uint32 *)vmalloc(WL_MAXREFS * sizeof(uint32));
		res.layout = (uint32 *)vmalloc(MAX_FFS_SIZE * sizeof(uint32));
		if (res.refs == (uint32 *)SYSERR
		    || res.layout == (uint32 *)SYSERR) {
			if (res.refs != (uint32 *)SYSERR) {
				vfree((char *)res.refs,
					WL_MAXREFS * sizeof(uint32));
			}
			if (res.layout != (uint32 *)SYSERR) {
				vfree((char *)res.layout,
					MAX_FFS_SIZE * sizeof(uint32));
			}
			res.refs = res.layout = NULL;	/* no room	*/
			heapbuf = FALSE;
		}
	}
	rc = vmworkload(kind, seed, WL_CURPOLICY, &res);
	if (rc == OK && (res.zfaults == 0 || res.zfaults > res.npages
	    || res.faults != res.zfaults + res.swapins)) {
		fz_why(w, "vmworkload(%d, %u): %d zero-fills, %d faults for"
			" %d pages", kind, seed, res.zfaults, res.faults,
			res.npages);
	}
	if (heapbuf) {
		if (rc == OK && vmworkload(kind, seed, WL_CURPOLICY, &ref)
		    == OK && ref.zfaults != res.zfaults) {
			fz_why(w, "vmworkload(%d, %u) into the caller's heap:"
				" %d zero-fills, into the kernel's %d", kind,
				seed, res.zfaults, ref.zfaults);
		}
		vfree((char *)res.refs, WL_MAXREFS * sizeof(uint32));
		vfree((char *)res.layout, MAX_FFS_SIZE * sizeof(uint32));
	}
}

/* Before a fork: the MAP_SHARED pages never touched join the touched
   ones (fork gives them frames first, made or refused: vm_sharedtouch),
   and every MAP_SHARED page gets a shared record, so that after the
   fork parent and child see one generation and writer.  The controller
   left room in the table and in the records.  Returns the pages added. */
static	uint32	fz_shareprep(struct vmfzw *w)
{
	struct	vmfzreg	*r;
	struct	vmfztouch *t;
	uint32	added = 0, vpn, i, next = 0;
	int32	k;

	for (k = 0; k < w->nreg; k++) {
		r = &w->reg[k];
		if (r->kind != MAP_SHARED) {
			continue;
		}
		for (vpn = r->vpn; vpn < r->vpn + r->npages; vpn++) {
			if (fz_find(w, vpn) >= 0) {
				continue;
			}
			if (w->ntouch >= w->cap) {
				fz_why(w, "no room for shared page 0x%x", vpn);
				return added;	/* controller's bug	*/
			}
			t = &w->touch[w->ntouch++];
			t->vpn = vpn;
			t->gen = 0;
			t->key = w->key;
			t->sh = 0;
			added++;
		}
	}
	for (i = 0; i < w->ntouch; i++) {
		t = &w->touch[i];
		r = vmfz_region(w, t->vpn);
		if (t->sh != 0 || r == NULL || r->kind != MAP_SHARED) {
			continue;
		}
		while (next < w->nshrec && w->shrec[next].vpn != 0) {
			next++;
		}
		if (next == w->nshrec) {
			fz_why(w, "no free shared record");	/* ditto */
			return added;
		}
		w->shrec[next] = *t;	/* its gen and key from now on	*/
		w->shrec[next].sh = 0;
		t->sh = next + 1;
	}
	return added;
}

/* fork: the child becomes the worker of slot nw, with a copy of what
   the parent holds (ranges, touched pages and who wrote them), or exits
   at once if the controller had no slot for it (nw NULL).  Each side
   then checks its own copy: a write by one to a private page must not
   show in the other's reads; to a MAP_SHARED page it must (one record).  A refused fork is legal and must change nothing.  Returns, in
   the parent, w; in the child, nw. */
static	struct	vmfzw	*fz_fork(struct vmfzw *w, struct vmfzw *nw)
{
	uint32	a0, b0, a1, b1, added;
	int32	waited;
	pid32	pid;
	intmask	mask;

	added = fz_shareprep(w);
	if (w->rc != OK) {
		return w;
	}
	if (nw != NULL) {		/* the child's model, before it exists */
		nw->ctl = w->ctl;
		nw->prio = w->prio;
		nw->stk = w->stk;
		nw->nreg = w->nreg;
		memcpy(nw->reg, w->reg, w->nreg * sizeof(w->reg[0]));
		nw->ntouch = w->ntouch;
		memcpy(nw->touch, w->touch, w->ntouch * sizeof(w->touch[0]));
		nw->lastva = w->lastva;
		nw->lastlen = w->lastlen;
	}
	fz_counts(&a0, &b0);
	pid = fork();
	if (pid == 0) {
		/* The child: its death goes to the controller, as every
		   worker's does (it runs first: equal priorities) */
		mask = disable();
		proctab[currpid].prparent = w->ctl;
		if (nw != NULL) {
			nw->pid = currpid;
		}
		restore(mask);
		return nw;
	}
	fz_counts(&a1, &b1);
	if (a0 != a1 || b0 + added != b1) {
		fz_why(w, "fork = %d changed the parent's counts: nalloc %d->%d"
			" backed %d->%d (+%d shared)", pid, a0, a1, b0, b1,
			added);
	}
	if (pid == SYSERR) {
		return w;
	}
	if (nw != NULL) {
		nw->pid = pid;
		return w;
	}
	/* No slot: the child exits; its death message must reach the
	   controller before our report, so that none is left over */
	for (waited = 0; proctab[pid].prstate != PR_FREE; waited++) {
		if (waited >= VMFZ_SETTLE_MS) {
			fz_why(w, "fork child %d did not exit", pid);
			break;
		}
		sleepms(1);
	}
	return w;
}

/* Report to the controller; its slot may hold a death message for a
   moment, so a refused send is retried after it had the CPU */
static	void	fz_ack(struct vmfzw *w)
{
	while (send(w->ctl, VMFZ_ACK | currpid) == SYSERR) {
		sleepms(1);
	}
}

/* Report, and stay in state how until the controller releases us.  The
   report is sent at a priority above the controller's, so that the
   controller sees us parked, never on our way there. */
static	void	fz_park(struct vmfzw *w, int32 how)
{
	w->release = FALSE;
	w->park = how;
	chprio(currpid, VMFZ_CTLPRIO + 1);
	fz_ack(w);
	switch (how) {
	case VFP_RECV:	 receive();			break;
	case VFP_RECTIM: recvtime(VMFZ_PARK_MS);	break;
	case VFP_SLEEP:	 sleepms(VMFZ_PARK_MS);		break;
	case VFP_WAIT:	 wait(w->parksem);		break;
	case VFP_SUSP:	 suspend(currpid);		break;
	default:
		chprio(currpid, w->prio);	/* the controller runs	*/
		while (!w->release) {
			yield();
		}
		break;
	}
	w->park = VFP_NONE;
	chprio(currpid, w->prio);
}

/*------------------------------------------------------------------------
 * vmfz_worker - run the controller's operations until killed
 *------------------------------------------------------------------------
 */
process	vmfz_worker(struct vmfzw *w)
{
	struct	vmfzop	op;
	struct	vmtref	tr[4];
	struct	vmfzw	*nw;
	uint32	dropped;

	for (;;) {
		wait(w->go);
		op = w->op;
		w->rc = OK;
		switch (op.kind) {
		case VFO_ALLOC:	fz_alloc(w, op.a);			break;
		case VFO_FREE:	fz_free(w, op.a, op.b);			break;
		case VFO_WRITE:	fz_pages(w, op.a, op.b, op.c, TRUE);	break;
		case VFO_READ:	fz_pages(w, op.a, op.b, op.c, FALSE);	break;
		case VFO_VERIFY: fz_verify(w, op.a, op.c);		break;
		case VFO_BADCALL: fz_badcall(w, op.a);			break;
		case VFO_YIELD:	yield();				break;
		case VFO_SLEEP:	sleepms(op.a);				break;
		case VFO_PARK:	fz_park(w, op.a);			continue;
		case VFO_POLICY:
			if (vmpolicy(op.a) != OK) {
				fz_why(w, "vmpolicy(%d) failed", op.a);
			}
			break;
		case VFO_EXIT:	return OK;
		case VFO_OVERFLOW: fz_overflow(0);			break;
		case VFO_SEGV:
			if (op.c == 0) {
				dropped = *(volatile uint32 *)op.a;
			} else {
				*(volatile uint32 *)op.a = op.b;
			}
			break;
		case VFO_MMAP:
			fz_mmap(w, op.a, op.b, op.c & 0xFF, (op.c >> 8) & 0xFF,
				(op.c >> 16) == 1 ? 0 : -1,
				(op.c >> 16) == 2 ? PAGE_SIZE : 0);
			break;
		case VFO_MUNMAP: fz_munmap(w, op.a, op.b);		break;
		case VFO_MPROTECT: fz_mprotect(w, op.a, op.b, op.c);	break;
		case VFO_WORKLOAD: fz_workload(w, op.a, op.b, op.c);	break;
		case VFO_TRACE:
			vmtrace(VMTRACE_ON);
			fz_pages(w, op.b, op.c, 1, FALSE);
			vmtrace_dump(op.a);
			vmtrace(VMTRACE_OFF);
			vmtrace_read(tr, 4, &dropped);
			vmtrace(VMTRACE_CLEAR);
			break;
		case VFO_LOWWATER: pager_lowwater = op.a;		break;
		case VFO_FORK:
			nw = fz_fork(w, (struct vmfzw *)op.b);
			if (nw == w) {
				break;		/* the parent reports	*/
			}
			if (nw == NULL) {
				return OK;	/* a child with no slot	*/
			}
			w = nw;			/* the child: a new worker,
						   waiting for its first op */
			continue;
		default:
			fz_why(w, "unknown operation %d", op.kind);
			break;
		}
		fz_ack(w);
	}
	return OK;
}
