/* test_vm_mem.c - tests of VM behaviour: big and concurrent heaps, private
 *		   address spaces, zero fill, segmentation faults, kills,
 *		   pool exhaustion and teardown
 *
 * Sizes are chosen so that the full configuration swaps only where a
 * test means it to (eviction of another process's frames) and the small
 * one (FFS of 64 frames, swap of 128) swaps but never runs out of backing
 * store: no test depends on which page is evicted, or on the policy.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"

#define	PT_PAGES	NENTRIES	/* pages one page table covers	*/
#define	BOOT_PT		(MAX_PT_SIZE - KERNEL_PTS - 1)	/* free at boot: the
					   kernel's tables and the system
					   directory are the only users	*/
#define	ROOM		(MAX_FFS_SIZE + MAX_SWAP_SIZE / 2)	/* pages the
					   tests may keep in all, leaving
					   swap to spare		*/
#define	MIN(a, b)	((a) < (b) ? (a) : (b))

#define	BIG_PAGES	4096		/* pages of each big allocation	*/
#define	BIG_TOUCH	MIN(2048, ROOM)	/* of them written and checked	*/
#define	NCONC		10		/* concurrent workers		*/
#define	CONC_PAGES	MIN(40, ROOM / NCONC)
#define	NPRIV		3		/* workers sharing one address	*/
#define	PRIV_PAGES	8
#define	DIRTY_TAG	0xAB		/* pattern a previous owner left */
#define	ZERO_FULL	16		/* pages checked word by word	*/
#define	EVICT_PAGES	MIN(64, MAX_FFS_SIZE)	/* taken by eviction	*/
#define	MEMSET_PAGES	(VM_SMALL ? MAX_FFS_SIZE + MAX_FFS_SIZE / 2 : 256)
#define	KILL_PAGES	(VM_SMALL ? MAX_FFS_SIZE + 16 : 20)
#define	PT_LEFT		40		/* PD/PT frames a hog leaves	*/
#define	HOG_CHUNK	256		/* page tables per hog vmalloc	*/
#define	NAP_MS		1		/* lets workers interleave	*/
#define	LOW_PRIO	5		/* below the test process	*/
#define	SLEEP_LONG	30000		/* "forever" for a victim	*/

local	volatile int32	nready;		/* workers at their barrier	*/
local	volatile bool8	reached[VW_MAX];	/* per worker: got to the end */

/* Wait until cnt reaches n (workers at a barrier); FALSE on time out */
local	bool8	vm_waitcount(volatile int32 *cnt, int32 n)
{
	uint32	t0 = uptime();

	while (*cnt < n) {
		if (uptime() - t0 > VW_LIMIT_MS) {
			t_fail("only %d of %d workers arrived", *cnt, n);
			return FALSE;
		}
		sleepms(VW_POLL_MS);
	}
	return TRUE;
}

/* Wait until pid is in state st (e.g. asleep); FALSE on time out */
local	bool8	vm_waitstate(pid32 pid, uint16 st)
{
	uint32	t0 = uptime();

	while (proctab[pid].prstate != st) {
		if (uptime() - t0 > VW_LIMIT_MS) {
			t_fail("process %d is in state %d, not %d", pid,
				proctab[pid].prstate, st);
			return FALSE;
		}
		sleepms(VW_POLL_MS);
	}
	return TRUE;
}

/* A worker reached its barrier (the increment must not be preempted) */
local	void	vm_arrive(void)
{
	intmask	mask = disable();

	nready++;
	restore(mask);
}

local	void	vm_reset(void)
{
	int32	i;

	nready = 0;
	for (i = 0; i < VW_MAX; i++) {
		reached[i] = FALSE;
	}
	recvclr();
}

/*------------------------------------------------------------------------
 * Three 4096-page allocations lie 16 MiB apart; BIG_TOUCH pages spread
 * over all three (every table of them) are written and read back
 *------------------------------------------------------------------------
 */
local	process	w_big3(void)
{
	pid32	me = getpid();
	uint32	i, step = 3 * BIG_PAGES / BIG_TOUCH, ffs0 = free_ffs_pages();
	uint32	pt0 = free_pt_frames();
	int32	bad = 0;
	char	*a, *b, *c;

	a = vmalloc(NPG(BIG_PAGES));
	b = vmalloc(NPG(BIG_PAGES));
	c = vmalloc(NPG(BIG_PAGES));
	CHECK_EQ(a, 0x2000000);
	CHECK_EQ(b, 0x3000000);
	CHECK_EQ(c, 0x4000000);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 3 * BIG_PAGES);
	CHECK_EQ(used_ffs_frames(me), 0);
	CHECK_EQ(free_pt_frames(), pt0 - 3 * BIG_PAGES / PT_PAGES);

	/* a, b, c are contiguous: page i * step of the 12288 */
	for (i = 0; i < BIG_TOUCH; i++) {
		vm_fill(a + NPG(i * step), 1, i);
	}
	if (VM_SMALL) {
		CHECK(used_ffs_frames(me) <= MAX_FFS_SIZE);
		CHECK(used_ffs_frames(me) + used_swap_frames(me) >= BIG_TOUCH);
	} else {
		CHECK_EQ(used_ffs_frames(me), BIG_TOUCH);
		CHECK_EQ(free_ffs_pages(), ffs0 - BIG_TOUCH);
		CHECK_EQ(used_swap_frames(me), 0);
	}
	for (i = 0; i < BIG_TOUCH; i++) {
		bad += vm_verify(a + NPG(i * step), 1, i);
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ(free_pt_frames(), pt0 - 3 * BIG_PAGES / PT_PAGES);
	CHECK_EQ(vmcheck(), OK);		/* from a private directory */

	CHECK_EQ(vfree(b, NPG(BIG_PAGES)), OK);
	CHECK_EQ(vfree(a, NPG(BIG_PAGES)), OK);
	CHECK_EQ(vfree(c, NPG(BIG_PAGES)), OK);
	CHECK_EQ(used_ffs_frames(me), 0);
	CHECK_EQ(used_swap_frames(me), 0);
	CHECK_EQ(free_ffs_pages(), ffs0);
	CHECK_EQ(free_pt_frames(), pt0);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES);
	reached[0] = TRUE;
	return OK;
}

TESTCASE(vm_three_big_allocations)
{
	vm_reset();
	CHECK(vm_run(w_big3, 0, 0));
	CHECK(reached[0]);
}

/*------------------------------------------------------------------------
 * Ten processes hold CONC_PAGES touched pages each at the same time
 *------------------------------------------------------------------------
 */
local	process	w_conc(uint32 idx, sid32 go)
{
	char	*p;
	uint32	i;

	p = vmalloc(NPG(CONC_PAGES));
	CHECK_EQ(p, VA(0));
	for (i = 0; i < CONC_PAGES; i++) {	/* interleave with the rest */
		vm_fill(p + NPG(i), 1, idx * CONC_PAGES + i);
		if (i % 8 == 0) {
			sleepms(NAP_MS);
		}
	}
	vm_arrive();
	wait(go);
	for (i = 0; i < CONC_PAGES; i++) {
		CHECK_EQ(vm_verify(p + NPG(i), 1, idx * CONC_PAGES + i), 0);
	}
	reached[idx] = TRUE;
	return OK;
}

TESTCASE(vm_ten_concurrent_processes)
{
	pid32	pids[NCONC];
	sid32	go = semcreate(0);
	uint32	i, used = 0, uswap = 0;
	intmask	mask;

	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	vm_reset();
	for (i = 0; i < NCONC; i++) {
		pids[i] = vm_spawn(w_conc, VW_STK, i, go);
	}
	if (vm_waitcount(&nready, NCONC)) {
		mask = disable();	/* nobody runs while we count	*/
		for (i = 0; i < NCONC; i++) {
			CHECK_EQ(allocated_virtual_pages(pids[i]),
				XINU_PAGES + CONC_PAGES);
			if (!VM_SMALL) {
				CHECK_EQ(used_ffs_frames(pids[i]), CONC_PAGES);
				CHECK_EQ(used_swap_frames(pids[i]), 0);
			}
			used += used_ffs_frames(pids[i]);
			uswap += used_swap_frames(pids[i]);
		}
		CHECK_EQ(used + free_ffs_pages(), MAX_FFS_SIZE);
		CHECK_EQ(uswap + free_swap_pages(), MAX_SWAP_SIZE);
		CHECK(used + uswap >= NCONC * CONC_PAGES);
		restore(mask);
		CHECK_EQ(vmcheck(), OK);
	}
	signaln(go, NCONC);
	vm_reap(pids, NCONC);
	for (i = 0; i < NCONC; i++) {
		CHECK(reached[i]);
	}
	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	CHECK_EQ(free_swap_pages(), MAX_SWAP_SIZE);
	semdelete(go);
}

/*------------------------------------------------------------------------
 * Processes each write their own data at the same virtual address, with
 * switches between them, and each reads back its own
 *------------------------------------------------------------------------
 */
local	process	w_private(uint32 idx, sid32 go)
{
	char	*p = vmalloc(NPG(PRIV_PAGES));
	int32	round;

	CHECK_EQ(p, 0x2000000);
	for (round = 0; round < 3; round++) {
		vm_fill(p, PRIV_PAGES, (idx + 1) * 100 + round);
		vm_arrive();
		wait(go);		/* everyone has written		*/
		CHECK_EQ(vm_verify(p, PRIV_PAGES, (idx + 1) * 100 + round), 0);
		sleepms(NAP_MS);
	}
	reached[idx] = TRUE;
	return OK;
}

TESTCASE(vm_same_address_private_data)
{
	pid32	pids[NPRIV];
	sid32	go = semcreate(0);
	int32	i, round;

	vm_reset();
	for (i = 0; i < NPRIV; i++) {
		pids[i] = vm_spawn(w_private, VW_STK, i, go);
	}
	for (round = 1; round <= 3; round++) {
		if (!vm_waitcount(&nready, round * NPRIV)) {
			break;
		}
		signaln(go, NPRIV);
	}
	signaln(go, NPRIV);		/* never leave one blocked	*/
	vm_reap(pids, NPRIV);
	for (i = 0; i < NPRIV; i++) {
		CHECK(reached[i]);
	}
	semdelete(go);
}

/*------------------------------------------------------------------------
 * A fresh page reads as zeros whatever its frame held before.  The dirty
 * process fills every FFS frame, so every frame a later process gets has
 * held its data (the pager pre-zeroes only a pool of them: the rest must
 * be zeroed when the fault takes them).
 *------------------------------------------------------------------------
 */
local	process	w_dirty(void)
{
	char	*p = vmalloc(NPG(MAX_FFS_SIZE));

	CHECK_EQ(p, VA(0));
	vm_fillstride(p, MAX_FFS_SIZE, DIRTY_TAG, VM_SPARSE);
	CHECK_EQ(free_ffs_pages(), 0);
	CHECK_EQ(used_ffs_frames(getpid()), MAX_FFS_SIZE);

	/* Freed and allocated again in the same process */
	CHECK_EQ(vfree(p, NPG(MAX_FFS_SIZE)), OK);
	CHECK_EQ(vmalloc(NPG(MAX_FFS_SIZE)), p);
	CHECK_EQ(vm_nonzero(p, MAX_FFS_SIZE, VM_SPARSE), 0);
	CHECK_EQ(vm_nonzero(p, ZERO_FULL, VM_EVERY), 0);

	/* Filled again and left for the exit to free */
	vm_fillstride(p, MAX_FFS_SIZE, DIRTY_TAG + 1, VM_SPARSE);
	reached[0] = TRUE;
	return OK;
}

local	process	w_fresh(uint32 npages)
{
	char	*p = vmalloc(NPG(npages));

	CHECK_EQ(p, VA(0));
	CHECK_EQ(vm_nonzero(p, npages, VM_SPARSE), 0);
	CHECK_EQ(vm_nonzero(p, MIN(npages, ZERO_FULL), VM_EVERY), 0);
	reached[1] = TRUE;
	return OK;
}

TESTCASE(vm_fresh_pages_are_zero)
{
	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	vm_reset();
	CHECK(vm_run(w_dirty, 0, 0));
	CHECK(vm_run(w_fresh, MAX_FFS_SIZE, 0));
	CHECK(reached[0]);
	CHECK(reached[1]);
}

/*
 * The same while the previous owner lives on: the frames are taken from
 * it by eviction, and its data must come back from swap intact
 */
local	process	w_holder(sid32 go)
{
	char	*p = vmalloc(NPG(MAX_FFS_SIZE));

	CHECK_EQ(p, VA(0));
	vm_fillstride(p, MAX_FFS_SIZE, DIRTY_TAG, VM_SPARSE);
	vm_arrive();
	wait(go);
	CHECK_EQ(vm_verifystride(p, MAX_FFS_SIZE, DIRTY_TAG, VM_SPARSE),
		0);
	reached[0] = TRUE;
	return OK;
}

TESTCASE(vm_fresh_page_zero_after_eviction)
{
	pid32	holder;
	sid32	go = semcreate(0);

	vm_reset();
	holder = vm_spawn(w_holder, VW_STK, go, 0);
	if (vm_waitcount(&nready, 1)) {
		CHECK_EQ(free_ffs_pages(), 0);
		CHECK(vm_run(w_fresh, EVICT_PAGES, 0));	/* takes its frames */
		CHECK(reached[1]);
		CHECK_EQ(vmcheck(), OK);	/* the holder is partly in swap */
	}
	signal(go);
	vm_reap(&holder, 1);
	CHECK(reached[0]);
	semdelete(go);
}

/*------------------------------------------------------------------------
 * Kernel code (sprintf, memset, memcpy, a device write) touching heap
 * pages for the process takes the faults for it
 *------------------------------------------------------------------------
 */
local	process	w_kcalls(void)
{
	pid32	me = getpid();
	char	*p, *q, *r;
	uint32	i;
	int32	bad = 0;

	p = vmalloc(NPG(3));
	CHECK_EQ(p, VA(0));
	/* The text crosses from page 0 into page 1 */
	CHECK_EQ(sprintf(p + PAGE_SIZE - 5, "%s-%d", "hello", 12345), 11);
	CHECK_EQ(used_ffs_frames(me), 2);
	CHECK_EQ(strcmp(p + PAGE_SIZE - 5, "hello-12345"), 0);
	CHECK_EQ(strlen(p + PAGE_SIZE - 5), 11);
	memcpy(p + NPG(3) - 6, p + PAGE_SIZE - 5, 6);	/* into page 2	*/
	CHECK_EQ(strncmp(p + NPG(3) - 6, "hello-", 6), 0);
	CHECK_EQ(used_ffs_frames(me), 3);

	q = vmalloc(NPG(MEMSET_PAGES));
	CHECK_EQ(q, VA(3));
	memset(q, 0x5A, NPG(MEMSET_PAGES));	/* faults inside memset	*/
	for (i = 0; i < NPG(MEMSET_PAGES); i += VM_STRIDE) {
		bad += *(volatile uint32 *)(q + i) != 0x5A5A5A5A;
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ((byte)q[NPG(MEMSET_PAGES) - 1], 0x5A);
	if (!VM_SMALL) {
		CHECK_EQ(used_ffs_frames(me), 3 + MEMSET_PAGES);
	}

	/* A driver reads untouched pages (zero-filled) on our behalf */
	r = vmalloc(NPG(4));
	CHECK_EQ(write(NULLDEV, r, NPG(4)), NPG(4));
	CHECK_EQ(read(NULLDEV, r, NPG(4)), EOF);
	CHECK_EQ(vm_nonzero(r, 4, VM_EVERY), 0);
	CHECK_EQ(strcmp(p + PAGE_SIZE - 5, "hello-12345"), 0);
	reached[0] = TRUE;
	return OK;
}

TESTCASE(vm_kernel_calls_touch_heap)
{
	vm_reset();
	CHECK(vm_run(w_kcalls, 0, 0));
	CHECK(reached[0]);
}

/*------------------------------------------------------------------------
 * Segmentation faults kill the offender only
 *------------------------------------------------------------------------
 */
#define	SEG_UNMAPPED	0	/* far above anything allocated		*/
#define	SEG_FREED	1	/* its own page after vfree		*/
#define	SEG_NEVER	2	/* the heap start, never vmalloc'd	*/
#define	SEG_PAST	3	/* just past the end of its block	*/
#define	SEG_WRITE	4	/* a write to a freed page		*/
#define	NSEG		5
#define	SEG_ADDR	0x10000000
#define	SEG_RESIDENT	8	/* pages it holds when it dies		*/

local	process	w_segv(uint32 kind)
{
	char	*p = vmalloc(NPG(SEG_RESIDENT));
	volatile char	*bad;
	char	sink;

	vm_fill(p, SEG_RESIDENT, kind);		/* frames to give back	*/
	switch (kind) {
	case SEG_UNMAPPED:
		bad = (volatile char *)SEG_ADDR;
		break;
	case SEG_FREED:
	case SEG_WRITE:
		CHECK_EQ(vfree(p + NPG(1), NPG(1)), OK);
		bad = p + NPG(1);
		break;
	case SEG_NEVER:
		CHECK_EQ(vfree(p, NPG(SEG_RESIDENT)), OK);
		bad = (volatile char *)VHEAP_START;
		break;
	default:
		bad = p + NPG(SEG_RESIDENT);
		break;
	}
	if (kind == SEG_WRITE) {
		*bad = 1;
	} else {
		sink = *bad;
		(void)sink;
	}
	reached[NCONC + kind] = TRUE;		/* must never get here	*/
	return OK;
}

/* A well-behaved process running while others fault */
local	process	w_good(uint32 idx)
{
	char	*p = vmalloc(NPG(PRIV_PAGES));
	uint32	i;

	for (i = 0; i < PRIV_PAGES; i++) {
		vm_fill(p + NPG(i), 1, idx * 1000 + i);
		sleepms(NAP_MS);
	}
	CHECK_EQ(vm_verify(p, 1, idx * 1000), 0);
	for (i = 0; i < PRIV_PAGES; i++) {
		CHECK_EQ(vm_verify(p + NPG(i), 1, idx * 1000 + i), 0);
	}
	reached[idx] = TRUE;
	return OK;
}

/* A create()d process has no heap: the heap start is not mapped for it */
local	process	p_sysdir_touch(void)
{
	volatile char	*bad = (volatile char *)VHEAP_START;
	char	sink = *bad;

	(void)sink;
	reached[NCONC + NSEG] = TRUE;
	return OK;
}

TESTCASE(vm_segfault_kills_only_offender)
{
	pid32	pids[NCONC + NSEG + 1], pid;
	int32	i, n = 0;

	/* One alone: its parent hears of its death */
	vm_reset();
	pid = vm_spawn(w_segv, VW_STK, SEG_UNMAPPED, 0);
	CHECK_EQ(recvtime(VW_LIMIT_MS), pid);
	vm_reap(&pid, 1);
	CHECK(!reached[NCONC + SEG_UNMAPPED]);

	/* Ten good ones and all kinds of bad ones, interleaved */
	vm_reset();
	for (i = 0; i < NCONC; i++) {
		pids[n++] = vm_spawn(w_good, VW_STK, i, 0);
		if (i < NSEG) {
			pids[n++] = vm_spawn(w_segv, VW_STK, i, 0);
		}
	}
	pids[n] = create(p_sysdir_touch, VW_STK, VW_PRIO, "sysdirsegv", 0);
	CHECK(pids[n] != SYSERR);
	if (pids[n] != SYSERR) {
		resume(pids[n++]);
	}
	vm_reap(pids, n);
	for (i = 0; i < NCONC; i++) {
		CHECK(reached[i]);
	}
	for (i = 0; i <= NSEG; i++) {
		if (reached[NCONC + i]) {
			t_fail("bad access of kind %d did not kill", i);
		}
	}
}

/*------------------------------------------------------------------------
 * Killing a vcreate process that holds frames (sleeping, receiving or
 * ready to run, killed by the test or by another vcreate process) gives
 * every frame and swap slot back
 *------------------------------------------------------------------------
 */
local	process	w_victim(uint32 how)
{
	char	*p = vmalloc(NPG(KILL_PAGES));
	uint32	i;

	CHECK_EQ(p, VA(0));
	vm_fill(p, KILL_PAGES, how);
	vm_arrive();
	switch (how) {
	case 0:
		sleepms(SLEEP_LONG);
		break;
	case 1:
		receive();
		break;
	default:
		for (i = 0; ; i = (i + 1) % KILL_PAGES) {	/* spin	*/
			p[NPG(i)]++;
		}
	}
	reached[how] = TRUE;		/* must never get here		*/
	return OK;
}

local	process	w_killer(pid32 victim)
{
	CHECK_EQ(kill(victim), OK);
	reached[VW_MAX - 1] = TRUE;
	return OK;
}

TESTCASE(vm_kill_returns_frames)
{
	pid32	v[3], k;
	int32	i;

	vm_reset();
	v[0] = vm_spawn(w_victim, VW_STK, 0, 0);
	v[1] = vm_spawn(w_victim, VW_STK, 1, 0);
	if (!vm_waitcount(&nready, 2)) {
		kill(v[0]);
		kill(v[1]);
		vm_reap(v, 2);
		return;
	}
	vm_waitstate(v[0], PR_SLEEP);
	vm_waitstate(v[1], PR_RECV);
	CHECK(used_ffs_frames(v[0]) + used_swap_frames(v[0]) >= KILL_PAGES);
	if (!VM_SMALL) {
		CHECK_EQ(used_ffs_frames(v[0]), KILL_PAGES);
		CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE - 2 * KILL_PAGES);
	}
	CHECK_EQ(vmcheck(), OK);

	/* Killed from another address space */
	k = vm_spawn(w_killer, VW_STK, v[0], 0);
	vm_reap(&k, 1);
	vm_reap(&v[0], 1);
	CHECK(reached[VW_MAX - 1]);

	/* Killed by the test itself, which is its parent */
	recvclr();
	CHECK_EQ(kill(v[1]), OK);
	CHECK_EQ(vmcheck(), OK);	/* teardown may still be pending */
	CHECK_EQ(recvtime(VW_LIMIT_MS), v[1]);
	vm_reap(&v[1], 1);

	/* Ready to run at a lower priority, spinning over its pages */
	v[2] = vm_spawn_at(w_victim, VW_STK, LOW_PRIO, 2, 0);
	if (vm_waitcount(&nready, 3)) {
		sleepms(NAP_MS);		/* let it spin a little	*/
		CHECK_EQ(proctab[v[2]].prstate, PR_READY);
		CHECK_EQ(kill(v[2]), OK);
	}
	vm_reap(&v[2], 1);

	for (i = 0; i < 3; i++) {
		CHECK(!reached[i]);
	}
	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	CHECK_EQ(free_swap_pages(), MAX_SWAP_SIZE);
}

/*------------------------------------------------------------------------
 * Exit without vfree, and a segfault, give everything back: the pools
 * are at their boot counts afterwards
 *------------------------------------------------------------------------
 */
local	process	w_leaver(void)
{
	char	*p = vmalloc(NPG(PRIV_PAGES)), *q;

	vm_fill(p, PRIV_PAGES, 1);
	q = vmalloc(NPG(2 * PT_PAGES));		/* two more tables	*/
	q[0] = 1;
	q[NPG(2 * PT_PAGES) - 1] = 2;
	reached[0] = TRUE;
	return OK;			/* no vfree: the exit frees it	*/
}

TESTCASE(vm_pools_back_after_exit)
{
	uint32	heap = memfree();
	pid32	pid;

	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	CHECK_EQ(free_swap_pages(), MAX_SWAP_SIZE);
	CHECK_EQ(free_pt_frames(), BOOT_PT);

	vm_reset();
	CHECK(vm_run(w_leaver, 0, 0));
	CHECK(reached[0]);
	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	CHECK_EQ(free_swap_pages(), MAX_SWAP_SIZE);
	CHECK_EQ(free_pt_frames(), BOOT_PT);
	CHECK_EQ(memfree(), heap);

	pid = vm_spawn(w_segv, VW_STK, SEG_PAST, 0);
	vm_reap(&pid, 1);
	CHECK(!reached[NCONC + SEG_PAST]);
	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	CHECK_EQ(free_swap_pages(), MAX_SWAP_SIZE);
	CHECK_EQ(free_pt_frames(), BOOT_PT);
	CHECK_EQ(memfree(), heap);
}

/*------------------------------------------------------------------------
 * The PD/PT region runs out: a hog process takes all but PT_LEFT frames,
 * then a worker asks for one table more than is left (refused, nothing
 * changes), then exactly what is left (granted, faults need no table),
 * and vcreate fails for want of a directory
 *------------------------------------------------------------------------
 */
local	process	w_hog(sid32 go)
{
	uint32	n;

	while (free_pt_frames() > PT_LEFT) {
		n = MIN(free_pt_frames() - PT_LEFT, HOG_CHUNK);
		if (vmalloc(NPG(n * PT_PAGES)) == VMERR) {
			break;
		}
	}
	vm_arrive();
	wait(go);
	return OK;
}

local	process	w_nop2(void)
{
	return OK;
}

local	process	w_ptexhaust(void)
{
	pid32	me = getpid();
	struct	vmsnap	s;
	uint32	left;
	char	*big, *q;

	CHECK_EQ(vmalloc(NPG(1)), VA(0));	/* the first table exists */
	left = free_pt_frames();
	CHECK(left > 0);

	/* From VA(1), n tables' worth of pages needs n new tables */
	vm_snap(&s, me);
	CHECK_EQ(vmalloc(NPG((left + 1) * PT_PAGES)), VMERR);
	CHECK_SNAP(&s, me);
	big = vmalloc(NPG(left * PT_PAGES));
	CHECK_EQ(big, VA(1));
	CHECK_EQ(free_pt_frames(), 0);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 1 + left * PT_PAGES);

	/* Nothing left for a new directory */
	vm_snap(&s, me);
	CHECK_NOCREATE(vcreate(w_nop2, VW_STK, VW_PRIO, "nopd", 0));
	CHECK_SNAP(&s, me);

	/* The tables were reserved: faults need none */
	big[0] = 1;
	big[NPG(left * PT_PAGES) - 1] = 2;
	CHECK_EQ(used_ffs_frames(me), 2);

	/* The last table has room for PT_PAGES - 1 pages, and no more */
	q = vmalloc(NPG(PT_PAGES - 1));
	CHECK_EQ(q, VA(1 + left * PT_PAGES));
	vm_snap(&s, me);
	CHECK_EQ(vmalloc(NPG(1)), VMERR);
	CHECK_SNAP(&s, me);

	CHECK_EQ(vfree(big, NPG(left * PT_PAGES)), OK);
	CHECK_EQ(free_pt_frames(), left - 1);	/* first, last still used */
	CHECK_EQ(vfree(q, NPG(PT_PAGES - 1)), OK);
	CHECK_EQ(free_pt_frames(), left);
	CHECK_EQ(vfree(VA(0), NPG(1)), OK);
	CHECK_EQ(free_pt_frames(), left + 1);
	reached[1] = TRUE;
	return OK;
}

TESTCASE(vm_pt_region_exhaustion)
{
	pid32	hog;
	sid32	go = semcreate(0);

	vm_reset();
	hog = vm_spawn(w_hog, VW_STK, go, 0);
	if (vm_waitcount(&nready, 1)) {
		CHECK(free_pt_frames() <= PT_LEFT);
		CHECK_EQ(vmcheck(), OK);
		CHECK(vm_run(w_ptexhaust, 0, 0));
		CHECK(reached[1]);
	}
	signal(go);
	vm_reap(&hog, 1);
	CHECK_EQ(free_pt_frames(), BOOT_PT);
	semdelete(go);
}
