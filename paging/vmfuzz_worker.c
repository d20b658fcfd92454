/* vmfuzz_worker.c - vmfz_worker */

#include <xinu.h>
#include "vmint.h"

/*
 * A fuzz worker: a vcreate process that runs the operations its
 * controller hands it one at a time (w->op, then w->go) and reports each
 * (VMFZ_ACK | pid) before the controller draws the next.  It keeps its
 * own picture of what it holds (w->reg, w->touch) and checks the kernel
 * against it: where vmalloc must put a range (first fit), which vfree
 * calls must fail, and what every page it reads must contain.  A page it
 * wrote holds a pattern of (pid, incarnation, page, generation); a page
 * it never wrote reads as zeros.
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

/* Check one page against what the worker last wrote there */
static	void	fz_checkpage(struct vmfzw *w, struct vmfztouch *t)
{
	volatile uint32	*p = (volatile uint32 *)VADDR(t->vpn);
	uint32	i, want, x = fz_seed(t->key, t->vpn, t->gen);

	for (i = 0; i < FZ_WORDS; i++) {
		want = t->gen == 0 ? 0 : x ^ (i * FZ_GOLDEN);
		if (p[i] != want) {
			fz_why(w, "page 0x%x word %d is 0x%x, not 0x%x (gen %d)",
				t->vpn, i, p[i], want, t->gen);
			return;
		}
	}
}

/* Write a page's next generation */
static	void	fz_writepage(struct vmfzw *w, struct vmfztouch *t)
{
	uint32	*p = (uint32 *)VADDR(t->vpn);
	uint32	i, x;

	t->gen++;
	t->key = w->key;		/* whoever wrote it before	*/
	x = fz_seed(t->key, t->vpn, t->gen);
	for (i = 0; i < FZ_WORDS; i++) {
		p[i] = x ^ (i * FZ_GOLDEN);
	}
}

/* Pages [a page of region r, + c): read (check) or write each.  A page
   the table cannot take any more is replaced by one already in it. */
static	void	fz_pages(struct vmfzw *w, uint32 r, uint32 b, uint32 c,
			 bool8 write)
{
	struct	vmfzreg	*reg;
	struct	vmfztouch *t;
	uint32	k, vpn;
	int32	e;

	if (w->nreg == 0) {
		return;
	}
	reg = &w->reg[r % w->nreg];
	for (k = 0; k < c && w->rc == OK; k++) {
		vpn = reg->vpn + (b + k) % reg->npages;
		e = fz_find(w, vpn);
		if (e < 0 && w->ntouch < w->cap) {
			t = &w->touch[w->ntouch++];
			t->vpn = vpn;
			t->gen = 0;	/* first touch: must read zeros	*/
			t->key = w->key;
		} else if (e < 0) {
			if (w->ntouch == 0) {
				return;
			}
			t = &w->touch[(b + k) % w->ntouch];
		} else {
			t = &w->touch[e];
		}
		fz_checkpage(w, t);
		if (write) {
			fz_writepage(w, t);
		}
	}
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

/* vmalloc(nbytes), checked against first fit */
static	void	fz_alloc(struct vmfzw *w, uint32 nbytes)
{
	uint32	n = nbytes / PAGE_SIZE + (nbytes % PAGE_SIZE != 0);
	uint32	want = nbytes ? fz_firstfit(w, n) : 0, need, va, c0, c1;
	char	*p;
	int32	i;

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
	/* Keep the ranges sorted; the controller leaves room for one */
	for (i = w->nreg; i > 0 && w->reg[i - 1].vpn > want; i--) {
		w->reg[i] = w->reg[i - 1];
	}
	w->reg[i].vpn = want;
	w->reg[i].npages = n;
	w->nreg++;
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
			keep[nk].vpn = w->reg[k].vpn;
			keep[nk++].npages = vpn - w->reg[k].vpn;
		}
		if (rend > end) {
			keep[nk].vpn = end;
			keep[nk++].npages = rend - end;
		}
	}
	if (nk > VMFZ_MAXREG) {
		fz_why(w, "range table overflow");	/* controller's bug */
		nk = VMFZ_MAXREG;
	}
	memcpy(w->reg, keep, nk * sizeof(keep[0]));
	w->nreg = nk;
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

/* fork: the child becomes the worker of slot nw, with a copy of what
   the parent holds (ranges, touched pages and who wrote them), or exits
   at once if the controller had no slot for it (nw NULL).  Each side
   then checks its own copy: a write by one must not show in the other's
   reads.  A refused fork is legal and must change nothing.  Returns, in
   the parent, w; in the child, nw. */
static	struct	vmfzw	*fz_fork(struct vmfzw *w, struct vmfzw *nw)
{
	uint32	a0, b0, a1, b1;
	int32	waited;
	pid32	pid;
	intmask	mask;

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
	if (a0 != a1 || b0 != b1) {
		fz_why(w, "fork = %d changed the parent's counts: nalloc %d->%d"
			" backed %d->%d", pid, a0, a1, b0, b1);
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
		case VFO_VERIFY:
			for (dropped = 0; dropped < op.c && w->ntouch > 0
			     && w->rc == OK; dropped++) {
				fz_checkpage(w, &w->touch[(op.a + dropped)
					% w->ntouch]);
			}
			break;
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
		case VFO_SEGV:	*(volatile uint32 *)op.a = op.b;	break;
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
