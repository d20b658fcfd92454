/* test_mmap.c - mmap, munmap, mprotect: the contract, across fork and
 *		 under swapping
 *
 * The VM calls work only in a vcreate process: each test runs a worker
 * (mm_run) that maps, forks and checks.  Children report with
 * send, parents wait with recvtime and a generous limit, then wait for
 * the child's teardown (vm_reap), so the runner's counts are final.  A
 * worker that must die sets mm_reached just before the access that must
 * kill it and mm_survived just after: the test checks it died there.
 * Sizes scale with the FFS: the small configuration (64 frames) swaps.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "../../paging/vmint.h"

#define	MM_WAIT_MS	600000		/* longest wait for the other side */
#define	MM_LONG_MS	900000		/* ... for a worker's end	*/
#define	MM_STEP1	0x5E01		/* messages of the fork tests	*/
#define	MM_STEP2	0x5E02
#define	MM_DONE		0x5E03
#define	MM_PAGES	8		/* a small mapping		*/
#define	MM_ANON		(MAP_ANONYMOUS | MAP_PRIVATE)
#define	MM_SHANON	(MAP_ANONYMOUS | MAP_SHARED)
#define	MM_RW		(PROT_READ | PROT_WRITE)
/* More pages than the FFS holds, so that every pass swaps */
#define	MM_BIG		(MAX_FFS_SIZE + MAX_FFS_SIZE / 4)
/* A fill of every FFS frame writes sparsely (cheap under emulation) */
#define	MM_STRIDE	(VM_SMALL ? VM_STRIDE : VM_SPARSE)

local	volatile bool8	done;
local	volatile bool8	mm_reached, mm_survived;

/* Wait for the other side's message want; FALSE if another or none came */
local	bool8	mm_wait(umsg32 want)
{
	umsg32	m = recvtime(MM_WAIT_MS);

	if (m != want) {
		kprintf("  pid %d: got message 0x%x, want 0x%x\n", currpid, m,
			want);
		return FALSE;
	}
	return TRUE;
}

/* Run fn(a0) in a worker to its end (the death message comes to this
   process), then wait for its teardown; TRUE if it ended by itself.  The
   limit is generous: the swapping tests take long on a loaded machine. */
local	bool8	mm_run(void *fn, uint32 a0)
{
	pid32	pid;
	umsg32	msg;

	recvclr();
	pid = vm_spawn(fn, VW_STK, a0, 0);
	if (pid == SYSERR) {
		return FALSE;
	}
	msg = recvtime(MM_LONG_MS);
	if (msg != (umsg32)pid) {
		t_fail("no death message from worker %d (got %d)", pid, msg);
	}
	return vm_reap(&pid, 1) && msg == (umsg32)pid;
}

/* Wait for a forked child's end and teardown (its pid is a message) */
local	void	mm_reapchild(pid32 child)
{
	CHECK(vm_reap(&child, 1));
}

/*------------------------------------------------------------------------
 * MAP_PRIVATE: each side's writes after fork are its own, both ways
 *------------------------------------------------------------------------
 */
local	process	w_private(void)
{
	pid32	me = getpid(), child;
	char	*p = mmap(NULL, NPG(MM_PAGES), MM_RW, MM_ANON, -1, 0);

	CHECK(p != MAP_FAILED);
	vm_fill(p, MM_PAGES / 2, 1);			/* two halves	*/
	vm_fill(p + NPG(MM_PAGES / 2), MM_PAGES / 2, 1);
	child = fork();
	if (child == 0) {
		CHECK_EQ(vm_verify(p, MM_PAGES / 2, 1), 0);
		vm_fill(p, MM_PAGES / 2, 2);		/* half of it	*/
		send(me, MM_STEP1);
		CHECK(mm_wait(MM_STEP2));		/* parent wrote	*/
		CHECK_EQ(vm_verify(p, MM_PAGES / 2, 2), 0);
		CHECK_EQ(vm_verify(p + NPG(MM_PAGES / 2), MM_PAGES / 2, 1), 0);
		CHECK_EQ(vmcheck(), OK);
		send(me, MM_DONE);
		return OK;
	}
	CHECK(child != SYSERR);
	CHECK(mm_wait(MM_STEP1));
	CHECK_EQ(vm_verify(p, MM_PAGES / 2, 1), 0);	/* not the child's */
	CHECK_EQ(vm_verify(p + NPG(MM_PAGES / 2), MM_PAGES / 2, 1), 0);
	vm_fill(p + NPG(MM_PAGES / 2), MM_PAGES / 2, 3);
	send(child, MM_STEP2);
	CHECK(mm_wait(MM_DONE));
	CHECK_EQ(vm_verify(p, MM_PAGES / 2, 1), 0);
	CHECK_EQ(vm_verify(p + NPG(MM_PAGES / 2), MM_PAGES / 2, 3), 0);
	mm_reapchild(child);
	CHECK_EQ(munmap(p, NPG(MM_PAGES)), OK);
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE(mmap_private_after_fork)
{
	done = FALSE;
	CHECK(mm_run(w_private, 0));
	CHECK(done);
	CHECK_EQ(vmcheck(), OK);
}

/*------------------------------------------------------------------------
 * MAP_SHARED: writes visible to the other side at once, both ways; a
 * page never touched before fork is shared all the same, readable or
 * PROT_NONE (vm_sharedtouch); the shared pages survive the parent's
 * munmap in the child
 *------------------------------------------------------------------------
 */
local	process	w_shared(void)
{
	pid32	me = getpid(), child;
	char	*p = mmap(NULL, NPG(MM_PAGES), MM_RW, MM_SHANON, -1, 0);
	char	*q = mmap(NULL, NPG(2), PROT_NONE, MM_SHANON, -1, 0);
	uint32	h = MM_PAGES / 2;

	CHECK(p != MAP_FAILED && q != MAP_FAILED);
	vm_fill(p, h, 1);			/* the rest untouched	*/
	child = fork();
	if (child == 0) {
		CHECK_EQ(vm_verify(p, h, 1), 0);
		CHECK_EQ(vm_nonzero(p + NPG(h), h, VM_STRIDE), 0);
		vm_fill(p, MM_PAGES, 2);	/* touched or not: shared */
		CHECK_EQ(mprotect(q, NPG(2), MM_RW), OK);
		vm_fill(q, 2, 4);
		send(me, MM_STEP1);
		CHECK(mm_wait(MM_STEP2));
		CHECK_EQ(vm_verify(p, MM_PAGES, 3), 0);	/* the parent's */
		CHECK_EQ(vmcheck(), OK);
		send(me, MM_DONE);
		return OK;
	}
	CHECK(child != SYSERR);
	CHECK(mm_wait(MM_STEP1));
	CHECK_EQ(vm_verify(p, MM_PAGES, 2), 0);	/* the child's writes	*/
	CHECK_EQ(mprotect(q, NPG(2), PROT_READ), OK);
	CHECK_EQ(vm_verify(q, 2, 4), 0);
	vm_fill(p, MM_PAGES, 3);
	send(child, MM_STEP2);
	CHECK(mm_wait(MM_DONE));
	mm_reapchild(child);
	CHECK_EQ(vm_verify(p, MM_PAGES, 3), 0);
	CHECK_EQ(munmap(p, NPG(MM_PAGES)), OK);
	CHECK_EQ(munmap(q, NPG(2)), OK);
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE(mmap_shared_after_fork)
{
	done = FALSE;
	CHECK(mm_run(w_shared, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * Accesses that must kill the worker (and only it): its memory comes
 * back.  a0 says which.
 *------------------------------------------------------------------------
 */
#define	MK_AFTERMUNMAP	0		/* a page munmap'd		*/
#define	MK_MIDDLE	1		/* the middle of a partial munmap */
#define	MK_WRITEREAD	2		/* write to a PROT_READ mapping	*/
#define	MK_WRITEMPROT	3		/* ... vmalloc'd, mprotect'ed	*/
#define	MK_READNONE	4		/* read of a PROT_NONE mapping	*/
#define	MK_READHIDDEN	5		/* ... made PROT_NONE, resident	*/
#define	MK_READSWAPNONE	6		/* ... PROT_NONE, evicted	*/
#define	MK_NKINDS	7

local	process	w_dies(uint32 kind)
{
	char	*p = mmap(NULL, NPG(MM_PAGES), MM_RW, MM_ANON, -1, 0), *v;
	volatile char	*bad = NULL;
	char	c;

	CHECK(p != MAP_FAILED);
	vm_fill(p, 3, 7);			/* three parts: 0-2, 3-4, 5-7 */
	vm_fill(p + NPG(3), 2, 10);
	vm_fill(p + NPG(5), 3, 11);
	switch (kind) {
	case MK_AFTERMUNMAP:
		CHECK_EQ(munmap(p, NPG(MM_PAGES)), OK);
		bad = p + NPG(1);
		break;
	case MK_MIDDLE:
		CHECK_EQ(munmap(p + NPG(3), NPG(2)), OK);
		CHECK_EQ(vm_verify(p, 3, 7), 0);		/* both ends */
		CHECK_EQ(vm_verify(p + NPG(5), 3, 11), 0);
		vm_fill(p, 3, 8);
		vm_fill(p + NPG(5), 3, 9);
		CHECK_EQ(vm_verify(p, 3, 8), 0);
		CHECK_EQ(vm_verify(p + NPG(5), 3, 9), 0);
		CHECK_EQ(vmcheck(), OK);
		bad = p + NPG(4) + 100;
		break;
	case MK_WRITEREAD:
		v = mmap(NULL, NPG(2), PROT_READ, MM_ANON, -1, 0);
		CHECK(v != MAP_FAILED);
		CHECK_EQ(vm_nonzero(v, 2, VM_STRIDE), 0);	/* reads: 0 */
		bad = v + NPG(1);
		break;
	case MK_WRITEMPROT:
		v = vmalloc(NPG(2));
		v[0] = 5;
		CHECK_EQ(mprotect(v, NPG(2), PROT_READ), OK);
		CHECK_EQ(v[0], 5);
		bad = v;
		break;
	case MK_READNONE:
		v = mmap(NULL, NPG(1), PROT_NONE, MM_ANON, -1, 0);
		CHECK(v != MAP_FAILED);
		bad = v;
		break;
	case MK_READHIDDEN:
		CHECK_EQ(mprotect(p, NPG(MM_PAGES), PROT_NONE), OK);
		bad = p + NPG(2);
		break;
	case MK_READSWAPNONE:
		CHECK_EQ(mprotect(p, NPG(MM_PAGES), PROT_NONE), OK);
		v = vmalloc(NPG(MM_BIG));		/* evicts p's pages */
		vm_fillstride(v, MM_BIG, 1, MM_STRIDE);
		bad = p + NPG(2);
		break;
	}
	mm_reached = TRUE;
	if (kind == MK_WRITEREAD || kind == MK_WRITEMPROT) {
		*bad = 1;
	} else {
		c = *bad;
		(void)c;
	}
	mm_survived = TRUE;
	return OK;
}

TESTCASE_T(mmap_bad_access_kills, 300000)
{
	struct	vmsnap	s;
	uint32	kind;

	for (kind = 0; kind < MK_NKINDS; kind++) {
		vm_snap(&s, getpid());
		mm_reached = mm_survived = FALSE;
		CHECK(mm_run(w_dies, kind));
		if (!CHECK(mm_reached && !mm_survived)) {
			kprintf("  access kind %d\n", kind);
		}
		CHECK_SNAP(&s, getpid());	/* its memory came back	*/
		CHECK_EQ(vmcheck(), OK);
	}
}

/*------------------------------------------------------------------------
 * mprotect to PROT_READ, then PROT_NONE, then back to read-write keeps
 * the data, for resident pages and (small FFS) pages evicted while
 * hidden, mmap'd and vmalloc'd alike
 *------------------------------------------------------------------------
 */
local	process	w_protrestore(void)
{
	uint32	n = VM_SMALL ? MAX_FFS_SIZE : 64, sw0;
	char	*p = mmap(NULL, NPG(n), MM_RW, MM_ANON, -1, 0);
	char	*v = vmalloc(NPG(n)), *w;

	CHECK(p != MAP_FAILED && v != VMERR);
	vm_fill(p, n, 1);
	vm_fill(v, n, 2);
	CHECK_EQ(mprotect(p, NPG(n), PROT_READ), OK);
	CHECK_EQ(mprotect(v + NPG(1), NPG(n - 2), PROT_READ), OK);
	CHECK_EQ(vm_verify(p, n, 1), 0);		/* reads allowed */
	CHECK_EQ(vm_verify(v, n, 2), 0);
	CHECK_EQ(mprotect(p, NPG(n), PROT_NONE), OK);
	CHECK_EQ(mprotect(v, NPG(n), PROT_NONE), OK);
	CHECK_EQ(vmcheck(), OK);
	if (VM_SMALL) {				/* push them to swap	*/
		sw0 = used_swap_frames(getpid());
		w = vmalloc(NPG(MM_BIG));
		CHECK(w != VMERR);
		vm_fill(w, MM_BIG, 3);
		CHECK(used_swap_frames(getpid()) > sw0);
		CHECK_EQ(vfree(w, NPG(MM_BIG)), OK);
	}
	CHECK_EQ(mprotect(p, NPG(n), PROT_WRITE), OK);	/* = read-write	*/
	CHECK_EQ(mprotect(v, NPG(n), MM_RW), OK);
	CHECK_EQ(vm_verify(p, n, 1), 0);
	CHECK_EQ(vm_verify(v, n, 2), 0);
	vm_fill(p, n, 4);
	vm_fill(v, n, 5);
	CHECK_EQ(vm_verify(p, n, 4), 0);
	CHECK_EQ(vm_verify(v, n, 5), 0);
	CHECK_EQ(vmcheck(), OK);
	CHECK_EQ(vfree(v, NPG(n)), OK);		/* trims its areas	*/
	CHECK_EQ(munmap(p, NPG(n)), OK);
	CHECK(proctab[getpid()].prvm->areas == NULL);
	CHECK_EQ(allocated_virtual_pages(getpid()), XINU_PAGES);
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE_T(mprotect_restores_access, 300000)
{
	done = FALSE;
	CHECK(mm_run(w_protrestore, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * Every bad argument: SYSERR (MAP_FAILED), and nothing changed
 *------------------------------------------------------------------------
 */
struct	mmbad	{
	uint32	addr, len;
	int32	prot, flags, fd;
	uint32	off;
};

#define	MB_A	(VHEAP_START + NPG(4))	/* vmalloc'd: pages 4..7	*/
#define	MB_M	(VHEAP_START + NPG(8))	/* mmap'd: pages 8..11		*/
#define	MB_F	(VHEAP_START + NPG(20))	/* free				*/
local	const	struct	mmbad	mm_bad[] = {
	{ 0, 0, MM_RW, MM_ANON, -1, 0 },			/* length 0 */
	{ 0, PAGE_SIZE, MM_RW, MM_ANON, 3, 0 },			/* a file */
	{ 0, PAGE_SIZE, MM_RW, MM_ANON, 0, 0 },
	{ 0, PAGE_SIZE, MM_RW, MM_ANON, -1, PAGE_SIZE },	/* offset */
	{ 0, PAGE_SIZE, MM_RW, MAP_PRIVATE, -1, 0 },		/* no ANON */
	{ 0, PAGE_SIZE, MM_RW, MAP_ANONYMOUS, -1, 0 },		/* no kind */
	{ 0, PAGE_SIZE, MM_RW, MM_ANON | MAP_SHARED, -1, 0 },	/* both	*/
	{ 0, PAGE_SIZE, MM_RW, MM_ANON | 0x1000, -1, 0 },	/* unknown */
	{ 0, PAGE_SIZE, 0x4, MM_ANON, -1, 0 },			/* EXEC	*/
	{ 0, PAGE_SIZE, -1, MM_ANON, -1, 0 },
	{ 0, 0xFFFFFFFF, MM_RW, MM_ANON, -1, 0 },		/* no room */
	{ MB_F + 1, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED, -1, 0 },
	{ MB_F + 2048, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED, -1, 0 },
	{ 0, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED, -1, 0 },	/* NULL	*/
	{ VHEAP_START - PAGE_SIZE, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED,
	  -1, 0 },
	{ 0x1000000, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED, -1, 0 },
	{ VHEAP_END, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED, -1, 0 },
	{ VHEAP_END - PAGE_SIZE, NPG(2), MM_RW, MM_ANON | MAP_FIXED, -1, 0 },
	{ VM_USER_TOP - PAGE_SIZE, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED,
	  -1, 0 },					/* the stack's	*/
	{ MB_A, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED, -1, 0 },	/* vmalloc'd */
	{ MB_M + NPG(3), PAGE_SIZE, MM_RW, MM_SHANON | MAP_FIXED, -1, 0 },
	{ MB_A - NPG(2), NPG(3), MM_RW, MM_ANON | MAP_FIXED, -1, 0 }, /* runs in */
	{ MB_M + NPG(3), NPG(3), MM_RW, MM_ANON | MAP_FIXED, -1, 0 }, /* out */
	{ MB_F, 0xFFFFFFFF, MM_RW, MM_ANON | MAP_FIXED, -1, 0 },	/* wraps */
};
#define	MM_NBAD	(sizeof(mm_bad) / sizeof(mm_bad[0]))

/* munmap and mprotect: (addr, len); mprotect also with a bad prot */
local	const	uint32	mu_bad[][2] = {
	{ MB_A + 1, PAGE_SIZE }, { MB_A + 2048, PAGE_SIZE }, { MB_A, 0 },
	{ 0, PAGE_SIZE }, { VHEAP_START - PAGE_SIZE, NPG(2) },
	{ 0x1000000, PAGE_SIZE }, { VHEAP_END, PAGE_SIZE },
	{ VHEAP_END - PAGE_SIZE, NPG(2) }, { VM_USER_TOP - PAGE_SIZE, 1 },
	{ MB_A, 0xFFFFFFFF },
};
#define	MU_NBAD	(sizeof(mu_bad) / sizeof(mu_bad[0]))

local	process	w_badargs(void)
{
	struct	vmsnap	s;
	const	struct	mmbad	*b;
	struct	vmarea	*areas = proctab[getpid()].prvm->areas;
	char	*a, *m, *f;
	uint32	i;

	/* pages 0..3 free, 4..7 vmalloc'd, 8..11 mmap'd, the rest free */
	f = vmalloc(NPG(4));
	a = vmalloc(NPG(4));
	m = mmap((char *)MB_M, NPG(4), PROT_READ, MM_SHANON | MAP_FIXED,
		-1, 0);
	CHECK_EQ(vfree(f, NPG(4)), OK);
	CHECK(a == (char *)MB_A && m == (char *)MB_M);
	vm_fill(a, 4, 1);
	areas = proctab[getpid()].prvm->areas;
	vm_snap(&s, getpid());
	for (i = 0; i < MM_NBAD; i++) {
		b = &mm_bad[i];
		if (!CHECK(mmap((char *)b->addr, b->len, b->prot, b->flags,
				b->fd, b->off) == MAP_FAILED)) {
			kprintf("  mmap row %d\n", i);
		}
		CHECK_SNAP(&s, getpid());
	}
	for (i = 0; i < MU_NBAD; i++) {
		if (!CHECK_EQ(munmap((char *)mu_bad[i][0], mu_bad[i][1]),
				SYSERR)
		    || !CHECK_EQ(mprotect((char *)mu_bad[i][0], mu_bad[i][1],
				PROT_READ), SYSERR)) {
			kprintf("  munmap/mprotect row %d\n", i);
		}
		CHECK_SNAP(&s, getpid());
	}
	/* mprotect: a bad prot, and ranges with a page not allocated */
	CHECK_EQ(mprotect(a, PAGE_SIZE, 0x4), SYSERR);
	CHECK_EQ(mprotect(a, PAGE_SIZE, -1), SYSERR);
	CHECK_EQ(mprotect(a - PAGE_SIZE, NPG(2), PROT_READ), SYSERR);
	CHECK_EQ(mprotect(m + NPG(3), NPG(2), PROT_READ), SYSERR);
	CHECK_EQ(mprotect(a, NPG(9), PROT_READ), SYSERR);
	CHECK_EQ(mprotect((char *)MB_F, PAGE_SIZE, PROT_READ), SYSERR);
	CHECK_SNAP(&s, getpid());
	/* Neither the areas nor the access changed */
	CHECK(proctab[getpid()].prvm->areas == areas && areas != NULL
	      && areas->next == NULL && areas->start == VPN(MB_M)
	      && areas->npages == 4 && areas->prot == PROT_READ
	      && areas->flags == MAP_SHARED);
	vm_fill(a, 4, 2);
	CHECK_EQ(vm_verify(a, 4, 2), 0);
	CHECK_EQ(vm_nonzero(m, 4, VM_STRIDE), 0);
	/* munmap of pages not mapped is no error (POSIX) */
	vm_snap(&s, getpid());
	CHECK_EQ(munmap((char *)MB_F, NPG(4)), OK);
	CHECK_SNAP(&s, getpid());
	CHECK_EQ(munmap(a, NPG(4)), OK);
	CHECK_EQ(munmap(m, NPG(4)), OK);
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE(mmap_bad_arguments)
{
	struct	vmsnap	s;

	done = FALSE;
	CHECK(mm_run(w_badargs, 0));
	CHECK(done);
	/* Not a vcreate process: the test's own */
	vm_snap(&s, getpid());
	CHECK(mmap(NULL, PAGE_SIZE, MM_RW, MM_ANON, -1, 0) == MAP_FAILED);
	CHECK(mmap((char *)MB_F, PAGE_SIZE, MM_RW, MM_ANON | MAP_FIXED, -1, 0)
	      == MAP_FAILED);
	CHECK_EQ(munmap((char *)MB_F, PAGE_SIZE), SYSERR);
	CHECK_EQ(mprotect((char *)MB_F, PAGE_SIZE, PROT_READ), SYSERR);
	CHECK_SNAP(&s, getpid());
}

/*------------------------------------------------------------------------
 * MAP_FIXED at a free address (the middle of a free range too) works and
 * at an occupied one fails; munmap of a range with holes and of parts of
 * mappings gives every page back: the free list is one range again
 *------------------------------------------------------------------------
 */
local	process	w_fixed(void)
{
	char	*p, *q, *v;
	uint32	avp0 = allocated_virtual_pages(getpid());

	p = mmap((char *)VA(10), NPG(4), MM_RW, MM_ANON | MAP_FIXED, -1, 0);
	CHECK(p == VA(10));				/* splits the range */
	CHECK(mmap(VA(12), NPG(1), MM_RW, MM_ANON | MAP_FIXED, -1, 0)
	      == MAP_FAILED);				/* occupied	*/
	CHECK(mmap(VA(8), NPG(3), MM_RW, MM_SHANON | MAP_FIXED, -1, 0)
	      == MAP_FAILED);				/* overlaps	*/
	q = mmap(VA(14), NPG(2), PROT_READ, MM_SHANON | MAP_FIXED, -1, 0);
	CHECK(q == VA(14));				/* right after	*/
	v = vmalloc(NPG(3));
	CHECK(v == VA(0));				/* first fit	*/
	p = mmap(NULL, NPG(8), MM_RW, MM_ANON, -1, 0);
	CHECK(p == VA(16));				/* first fit	*/
	p = mmap(NULL, NPG(7), MM_RW, MM_ANON, -1, 0);
	CHECK(p == VA(3));				/* fills the gap */
	CHECK_EQ(allocated_virtual_pages(getpid()), avp0 + 24);
	vm_fill(VA(0), 2, 1);
	vm_fill(VA(2), 3, 2);
	vm_fill(VA(5), 4, 3);
	vm_fill(VA(9), 5, 4);
	vm_fill(VA(16), 8, 5);
	CHECK_EQ(vmcheck(), OK);
	/* Holes and parts: pages 2..4, 9..11, then 0..30 */
	CHECK_EQ(munmap(VA(2), NPG(3)), OK);
	CHECK_EQ(munmap(VA(9), NPG(3)), OK);
	CHECK_EQ(allocated_virtual_pages(getpid()), avp0 + 18);
	CHECK_EQ(vm_verify(VA(0), 2, 1), 0);
	CHECK_EQ(vm_verify(VA(5), 4, 3), 0);
	CHECK_EQ(vm_verify(VA(16), 8, 5), 0);
	CHECK_EQ(vmcheck(), OK);
	CHECK_EQ(munmap(VA(0), NPG(30)), OK);
	CHECK_EQ(allocated_virtual_pages(getpid()), avp0);
	CHECK(proctab[getpid()].prvm->areas == NULL);
	CHECK(proctab[getpid()].prvm->freelist != NULL
	      && proctab[getpid()].prvm->freelist->next == NULL);
	/* The lowest page is the first fit again */
	p = mmap(NULL, PAGE_SIZE, MM_RW, MM_ANON, -1, 0);
	CHECK(p == VA(0));
	CHECK_EQ(munmap(p, PAGE_SIZE), OK);
	CHECK_EQ(allocated_virtual_pages(getpid()), avp0);
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE_T(mmap_fixed_and_munmap_ranges, 120000)
{
	done = FALSE;
	CHECK(mm_run(w_fixed, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * munmap in the child (whole mappings and parts, shared, private and
 * vmalloc'd) leaves the parent's pages as they were
 *------------------------------------------------------------------------
 */
local	process	w_childunmap(void)
{
	pid32	me = getpid(), child;
	char	*s = mmap(NULL, NPG(MM_PAGES), MM_RW, MM_SHANON, -1, 0);
	char	*p = mmap(NULL, NPG(MM_PAGES), MM_RW, MM_ANON, -1, 0);
	char	*v = vmalloc(NPG(MM_PAGES));

	CHECK(s != MAP_FAILED && p != MAP_FAILED && v != VMERR);
	vm_fill(s, MM_PAGES, 1);
	vm_fill(p, MM_PAGES, 2);
	vm_fill(v, MM_PAGES, 3);
	child = fork();
	if (child == 0) {
		CHECK_EQ(munmap(s, NPG(MM_PAGES)), OK);
		CHECK_EQ(munmap(p + NPG(2), NPG(3)), OK);
		CHECK_EQ(munmap(v, NPG(MM_PAGES)), OK);
		CHECK_EQ(vm_verify(p, 2, 2), 0);
		CHECK_EQ(vmcheck(), OK);
		send(me, MM_DONE);
		return OK;
	}
	CHECK(child != SYSERR);
	CHECK(mm_wait(MM_DONE));
	mm_reapchild(child);
	CHECK_EQ(vm_verify(s, MM_PAGES, 1), 0);
	CHECK_EQ(vm_verify(p, MM_PAGES, 2), 0);
	CHECK_EQ(vm_verify(v, MM_PAGES, 3), 0);
	vm_fill(s, MM_PAGES, 4);		/* still writable	*/
	CHECK_EQ(vm_verify(s, MM_PAGES, 4), 0);
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE(munmap_in_child_spares_parent)
{
	done = FALSE;
	CHECK(mm_run(w_childunmap, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * Shared anonymous memory under heavy swapping (more pages than the FFS):
 * both sides write and read at the same time, each page evicted by one
 * side's faults and brought back by the other's; every policy
 *------------------------------------------------------------------------
 */
local	process	w_sharedswap(void)
{
	pid32	me = getpid(), child;
	uint32	n = MM_BIG, h = MM_BIG / 2;
	char	*p = mmap(NULL, NPG(n), MM_RW, MM_SHANON, -1, 0);

	CHECK(p != MAP_FAILED);
	vm_fillstride(p, h, 1, MM_STRIDE);	/* the rest untouched	*/
	child = fork();
	if (child == 0) {
		/* at the same time as the parent's reads of the first half */
		vm_fillstride(p + NPG(h), n - h, 2, MM_STRIDE);
		CHECK_EQ(vm_verifystride(p, h, 1, MM_STRIDE), 0);
		send(me, MM_STEP1);
		CHECK(mm_wait(MM_STEP2));
		CHECK_EQ(vm_verifystride(p, h, 3, MM_STRIDE), 0);
		CHECK_EQ(vm_verifystride(p + NPG(h), n - h, 2, MM_STRIDE), 0);
		CHECK_EQ(vmcheck(), OK);
		send(me, MM_DONE);
		return OK;
	}
	CHECK(child != SYSERR);
	CHECK_EQ(vm_verifystride(p, h, 1, MM_STRIDE), 0);
	CHECK(mm_wait(MM_STEP1));
	CHECK_EQ(vm_verifystride(p + NPG(h), n - h, 2, MM_STRIDE), 0);
	vm_fillstride(p, h, 3, MM_STRIDE);
	send(child, MM_STEP2);
	CHECK(mm_wait(MM_DONE));
	CHECK_EQ(vm_verifystride(p, h, 3, MM_STRIDE), 0);
	mm_reapchild(child);
	CHECK_EQ(vm_verifystride(p + NPG(h), n - h, 2, MM_STRIDE), 0);
	CHECK(proctab[getpid()].prvm->cnt.swapins > 0);
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE_T(mmap_shared_swapping_every_policy, 1200000)
{
	int32	pol, saved = vm_policy;

	for (pol = 0; pol < NPOLICIES; pol++) {
		CHECK_EQ(vmpolicy(pol), OK);
		done = FALSE;
		if (!CHECK(mm_run(w_sharedswap, 0)) || !CHECK(done)) {
			kprintf("  policy %d\n", pol);
		}
		CHECK_EQ(vmcheck(), OK);
	}
	vmpolicy(saved);
}
