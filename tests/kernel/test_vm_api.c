/* test_vm_api.c - tests of the VM API contract: vmalloc addresses, vfree
 *		   and vmalloc failures, counters, vcreate arguments
 *
 * Addresses are those the contract fixes for a fresh process (first fit
 * from VHEAP_START); every failing call is checked to change no counter,
 * no pool and no kernel-heap byte.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"

#define	HEAP_PAGES	(VPN_END - VPN_START)	/* a process's heap size */
#define	VPN_START	(VHEAP_START / PAGE_SIZE)
#define	VPN_END		(VHEAP_END / PAGE_SIZE)
#define	PT_PAGES	NENTRIES	/* pages one page table covers	*/
#define	ARG_BASE	0x1000		/* arguments are ARG_BASE + i	*/
#define	SMALL_STK	2000		/* the smallest stack users ask	*/
#define	DEEP_BYTES	(4 * 1024 * 1024)	/* locals of a deep frame */

local	volatile bool8	done;		/* a worker reached its end	*/
local	volatile uint32	got[MAXARGS + 1];	/* arguments a worker saw */

/*------------------------------------------------------------------------
 * The contract's example: 8, 4, 2 and 8 pages, a 6-page vfree spanning
 * two blocks, then a 5-page request refills the hole and an 8-page one
 * does not fit the rest of it
 *------------------------------------------------------------------------
 */
local	process	w_firstfit(void)
{
	pid32	me = getpid();

	CHECK_EQ(VHEAP_START, 0x2000000);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES);
	CHECK_EQ(vmalloc(NPG(8)), 0x2000000);
	CHECK_EQ(vmalloc(NPG(4)), 0x2008000);
	CHECK_EQ(vmalloc(NPG(2)), 0x200c000);
	CHECK_EQ(vmalloc(NPG(8)), 0x200e000);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 22);
	CHECK_EQ(used_ffs_frames(me), 0);

	/* Data in the blocks around the freed range must survive it */
	vm_fill(VA(0), 8, 1);
	vm_fill(VA(14), 8, 2);
	CHECK_EQ(vfree((char *)0x2008000, NPG(6)), OK);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 16);
	CHECK_EQ(vm_verify(VA(0), 8, 1), 0);
	CHECK_EQ(vm_verify(VA(14), 8, 2), 0);

	CHECK_EQ(vmalloc(NPG(5)), 0x2008000);
	CHECK_EQ(vmalloc(NPG(8)), 0x2016000);
	CHECK_EQ(vmalloc(NPG(1)), 0x200d000);	/* the 1-page hole left */
	CHECK_EQ(vmalloc(NPG(1)), 0x201e000);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 31);
	done = TRUE;
	return OK;
}

TESTCASE(vm_firstfit_addresses)
{
	done = FALSE;
	CHECK(vm_run(w_firstfit, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * Sizes round up to whole pages, for vmalloc and for vfree alike
 *------------------------------------------------------------------------
 */
local	process	w_rounding(void)
{
	pid32	me = getpid();

	CHECK_EQ(vmalloc(1), VA(0));
	CHECK_EQ(vmalloc(PAGE_SIZE + 1), VA(1));	/* two pages	*/
	CHECK_EQ(vmalloc(PAGE_SIZE), VA(3));
	CHECK_EQ(vmalloc(PAGE_SIZE - 1), VA(4));
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 5);

	CHECK_EQ(vfree(VA(1), 1), OK);			/* one page	*/
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 4);
	CHECK_EQ(vfree(VA(2), PAGE_SIZE + 1), OK);	/* pages 2, 3	*/
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 2);
	CHECK_EQ(vmalloc(NPG(3)), VA(1));
	CHECK_EQ(vmalloc(1), VA(5));
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 6);
	done = TRUE;
	return OK;
}

TESTCASE(vm_sizes_round_up_to_pages)
{
	done = FALSE;
	CHECK(vm_run(w_rounding, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * Freed neighbours merge, a vfree may span several blocks, and a heap
 * freed entirely is one range again
 *------------------------------------------------------------------------
 */
local	process	w_coalesce(void)
{
	pid32	me = getpid();

	CHECK_EQ(vmalloc(NPG(2)), VA(0));
	CHECK_EQ(vmalloc(NPG(2)), VA(2));
	CHECK_EQ(vmalloc(NPG(2)), VA(4));
	CHECK_EQ(vmalloc(NPG(2)), VA(6));
	CHECK_EQ(vmalloc(NPG(1)), VA(8));
	CHECK_EQ(vmalloc(NPG(1)), VA(9));

	/* Merge with the range before, then with the one after */
	CHECK_EQ(vfree(VA(2), NPG(2)), OK);
	CHECK_EQ(vfree(VA(4), NPG(2)), OK);
	CHECK_EQ(vmalloc(NPG(4)), VA(2));	/* fits only if merged	*/
	CHECK_EQ(vfree(VA(4), NPG(2)), OK);
	CHECK_EQ(vfree(VA(2), NPG(2)), OK);
	CHECK_EQ(vmalloc(NPG(4)), VA(2));
	CHECK_EQ(vfree(VA(4), NPG(2)), OK);	/* tail of that block	*/
	CHECK_EQ(vfree(VA(0), NPG(4)), OK);	/* spans two blocks	*/
	CHECK_EQ(vmalloc(NPG(6)), VA(0));

	/* Both at once: [6, 10) and the rest of the heap join [0, 6) */
	CHECK_EQ(vfree(VA(6), NPG(4)), OK);	/* three blocks		*/
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 6);
	CHECK_EQ(vmalloc(NPG(2)), VA(6));
	CHECK_EQ(vfree(VA(2), NPG(2)), OK);
	CHECK_EQ(vfree(VA(6), NPG(2)), OK);
	CHECK_EQ(vfree(VA(4), NPG(2)), OK);	/* joins [2, 4) and [6, ..) */
	CHECK_EQ(vmalloc(NPG(12)), VA(2));
	CHECK_EQ(vfree(VA(2), NPG(12)), OK);
	CHECK_EQ(vfree(VA(0), NPG(2)), OK);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES);

	/* All merged: one range from the heap start again */
	CHECK_EQ(vmalloc(NPG(1)), VA(0));
	CHECK_EQ(vmalloc(NPG(PT_PAGES)), VA(1));
	CHECK_EQ(vfree(VA(0), NPG(PT_PAGES + 1)), OK);
	CHECK_EQ(vmalloc(NPG(PT_PAGES + 2)), VA(0));
	done = TRUE;
	return OK;
}

TESTCASE(vm_vfree_merges_ranges)
{
	done = FALSE;
	CHECK(vm_run(w_coalesce, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * Every failing vfree and vmalloc leaves counters, pools and the kernel
 * heap exactly as they were, and the pages they named intact
 *------------------------------------------------------------------------
 */
local	process	w_badfree(void)
{
	pid32	me = getpid();
	struct	vmsnap	s;
	char	*a;

	a = vmalloc(NPG(8));
	CHECK_EQ(a, VA(0));
	vm_fill(a, 3, 7);		/* three resident pages		*/
	vm_snap(&s, me);
	CHECK_EQ(s.avp, XINU_PAGES + 8);
	CHECK_EQ(s.used, 3);

	CHECK_EQ(vfree(a + 1, PAGE_SIZE), SYSERR);	/* unaligned	*/
	CHECK_EQ(vfree(a + PAGE_SIZE / 2, PAGE_SIZE), SYSERR);
	CHECK_EQ(vfree(a + NPG(8), PAGE_SIZE), SYSERR);	/* never given	*/
	CHECK_EQ(vfree(VA(3 * PT_PAGES), PAGE_SIZE), SYSERR);	/* no table */
	CHECK_EQ(vfree(a, NPG(40)), SYSERR);	/* 40 from an 8-page block */
	CHECK_EQ(vfree(a + NPG(7), NPG(2)), SYSERR);	/* runs off its end */
	CHECK_EQ(vfree(a, NPG(9)), SYSERR);
	CHECK_EQ(vfree(a, 0), SYSERR);
	CHECK_EQ(vfree((char *)(VHEAP_START - PAGE_SIZE), PAGE_SIZE), SYSERR);
	CHECK_EQ(vfree((char *)0x1000000, PAGE_SIZE), SYSERR);	/* kernel */
	CHECK_EQ(vfree(NULL, PAGE_SIZE), SYSERR);
	CHECK_EQ(vfree((char *)VHEAP_END, PAGE_SIZE), SYSERR);
	CHECK_EQ(vfree((char *)(VM_USER_TOP - PAGE_SIZE), PAGE_SIZE), SYSERR);
	CHECK_EQ(vfree((char *)0xFFFFF000, PAGE_SIZE), SYSERR);
	CHECK_EQ(vfree(a, 0xFFFFFFFF), SYSERR);		/* wraps around	*/
	CHECK_EQ(vmalloc(0), VMERR);
	CHECK_SNAP(&s, me);
	CHECK_EQ(vm_verify(a, 3, 7), 0);

	/* Double vfree, and a range with a hole in it */
	CHECK_EQ(vfree(a + NPG(2), NPG(2)), OK);
	vm_snap(&s, me);
	CHECK_EQ(s.avp, XINU_PAGES + 6);
	CHECK_EQ(s.used, 2);
	CHECK_EQ(vfree(a + NPG(2), NPG(2)), SYSERR);
	CHECK_EQ(vfree(a + NPG(3), NPG(1)), SYSERR);
	CHECK_EQ(vfree(a, NPG(8)), SYSERR);		/* pages 2, 3 gone */
	CHECK_EQ(vfree(a + NPG(1), NPG(2)), SYSERR);
	CHECK_SNAP(&s, me);
	CHECK_EQ(vm_verify(a, 2, 7), 0);

	CHECK_EQ(vfree(a, NPG(2)), OK);
	CHECK_EQ(vfree(a + NPG(4), NPG(4)), OK);
	vm_snap(&s, me);
	CHECK_EQ(s.avp, XINU_PAGES);
	CHECK_EQ(s.used, 0);
	CHECK_EQ(vfree(a, NPG(8)), SYSERR);		/* all freed	*/
	CHECK_EQ(vfree(a, PAGE_SIZE), SYSERR);
	CHECK_SNAP(&s, me);
	done = TRUE;
	return OK;
}

TESTCASE(vm_failed_vfree_changes_nothing)
{
	done = FALSE;
	CHECK(vm_run(w_badfree, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * Requests no range or no page-table budget can meet fail cleanly
 *------------------------------------------------------------------------
 */
local	process	w_hugealloc(void)
{
	pid32	me = getpid();
	struct	vmsnap	s;

	vm_snap(&s, me);
	CHECK_EQ(vmalloc(0), VMERR);
	CHECK_EQ(vmalloc(NPG(1048575)), VMERR);
	CHECK_EQ(vmalloc(0xFFFFFFFF), VMERR);
	CHECK_EQ(vmalloc(NPG(HEAP_PAGES + 1)), VMERR);
	CHECK_SNAP(&s, me);

	/* With a block in the way, the rest of the heap is one page short */
	CHECK_EQ(vmalloc(NPG(1)), VA(0));
	vm_snap(&s, me);
	CHECK_EQ(vmalloc(NPG(HEAP_PAGES)), VMERR);
	CHECK_SNAP(&s, me);
	done = TRUE;
	return OK;
}

TESTCASE(vm_huge_vmalloc_fails)
{
	done = FALSE;
	CHECK(vm_run(w_hugealloc, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * A create()d process has no heap: the calls fail and change nothing
 *------------------------------------------------------------------------
 */
TESTCASE(vm_api_fails_in_created_process)
{
	pid32	me = getpid();
	struct	vmsnap	s;

	CHECK(proctab[me].prvm == NULL);
	vm_snap(&s, me);
	CHECK_EQ(s.avp, XINU_PAGES);
	CHECK_EQ(s.used, 0);
	CHECK_EQ(s.uswap, 0);
	CHECK_EQ(vmalloc(PAGE_SIZE), VMERR);
	CHECK_EQ(vmalloc(1), VMERR);
	CHECK_EQ(vmalloc(0), VMERR);
	CHECK_EQ(vfree(VA(0), PAGE_SIZE), SYSERR);
	CHECK_SNAP(&s, me);
}

/*------------------------------------------------------------------------
 * Counters of pids that name no process are SYSERR
 *------------------------------------------------------------------------
 */
TESTCASE(vm_counters_bad_pid)
{
	pid32	freepid, p;

	for (freepid = SYSERR, p = NPROC - 1; p > NULLPROC; p--) {
		if (proctab[p].prstate == PR_FREE) {
			freepid = p;
			break;
		}
	}
	CHECK(freepid != SYSERR);
	CHECK_EQ(allocated_virtual_pages(-1), CNTERR);
	CHECK_EQ(allocated_virtual_pages(NPROC), CNTERR);
	CHECK_EQ(allocated_virtual_pages(freepid), CNTERR);
	CHECK_EQ(used_ffs_frames(-1), CNTERR);
	CHECK_EQ(used_ffs_frames(NPROC), CNTERR);
	CHECK_EQ(used_ffs_frames(1000000), CNTERR);
	CHECK_EQ(used_ffs_frames(freepid), CNTERR);
	CHECK_EQ(used_swap_frames(-1), CNTERR);
	CHECK_EQ(used_swap_frames(NPROC), CNTERR);
	CHECK_EQ(used_swap_frames(freepid), CNTERR);

	/* A live create()d process is a good pid with no heap */
	CHECK_EQ(allocated_virtual_pages(getpid()), XINU_PAGES);
	CHECK_EQ(used_ffs_frames(getpid()), 0);
	CHECK_EQ(used_swap_frames(getpid()), 0);
}

/*------------------------------------------------------------------------
 * First and second touches: a frame is taken at the first touch of a
 * page only, by a read as well as a write, and given back by vfree
 *------------------------------------------------------------------------
 */
local	process	w_lazy(sid32 ready, sid32 go)
{
	pid32	me = getpid();
	uint32	ffs0;
	char	*p;
	volatile uint32	*w;

	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES);
	CHECK_EQ(used_ffs_frames(me), 0);
	ffs0 = free_ffs_pages();

	p = vmalloc(NPG(16));
	CHECK_EQ(p, VA(0));
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 16);
	CHECK_EQ(used_ffs_frames(me), 0);
	CHECK_EQ(free_ffs_pages(), ffs0);

	CHECK_EQ(*(volatile uint32 *)p, 0);		/* first touch: read */
	CHECK_EQ(used_ffs_frames(me), 1);
	CHECK_EQ(free_ffs_pages(), ffs0 - 1);
	*(volatile uint32 *)p = 0xCAFE;			/* second touch	*/
	p[PAGE_SIZE - 1] = 1;
	CHECK_EQ(used_ffs_frames(me), 1);
	CHECK_EQ(free_ffs_pages(), ffs0 - 1);

	p[NPG(5) + 100] = 'x';				/* first, a write */
	CHECK_EQ(used_ffs_frames(me), 2);
	CHECK_EQ(p[NPG(5) + 100], 'x');
	CHECK_EQ(used_ffs_frames(me), 2);
	p[NPG(16) - 1] = 'z';				/* last byte	*/
	CHECK_EQ(used_ffs_frames(me), 3);
	CHECK_EQ(free_ffs_pages(), ffs0 - 3);

	/* An unaligned word across a page boundary touches both pages */
	w = (volatile uint32 *)(p + NPG(8) - 2);
	*w = 0x11223344;
	CHECK_EQ(used_ffs_frames(me), 5);
	CHECK_EQ(*w, 0x11223344);
	CHECK_EQ(free_ffs_pages(), ffs0 - 5);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 16);
	CHECK_EQ(used_swap_frames(me), 0);

	/* The parent reads the same counters by pid while we wait */
	signal(ready);
	wait(go);

	CHECK_EQ(vfree(p + NPG(1), NPG(1)), OK);	/* untouched page */
	CHECK_EQ(used_ffs_frames(me), 5);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES + 15);
	CHECK_EQ(vfree(p, NPG(1)), OK);			/* resident page */
	CHECK_EQ(used_ffs_frames(me), 4);
	CHECK_EQ(free_ffs_pages(), ffs0 - 4);
	CHECK_EQ(vfree(p + NPG(2), NPG(14)), OK);
	CHECK_EQ(used_ffs_frames(me), 0);
	CHECK_EQ(allocated_virtual_pages(me), XINU_PAGES);
	CHECK_EQ(free_ffs_pages(), ffs0);

	/* Allocated again: lazy again */
	CHECK_EQ(vmalloc(NPG(4)), VA(0));
	CHECK_EQ(used_ffs_frames(me), 0);
	CHECK_EQ(p[NPG(3)], 0);
	CHECK_EQ(used_ffs_frames(me), 1);
	done = TRUE;
	return OK;
}

TESTCASE(vm_lazy_frame_accounting)
{
	sid32	ready = semcreate(0), go = semcreate(0);
	pid32	pid;

	done = FALSE;
	pid = vm_spawn(w_lazy, VW_STK, ready, go);
	if (pid != SYSERR) {
		if (wait(ready) == OK && !done) {
			CHECK_EQ(allocated_virtual_pages(pid), XINU_PAGES + 16);
			CHECK_EQ(used_ffs_frames(pid), 5);
			CHECK_EQ(used_swap_frames(pid), 0);
		}
		signal(go);
		vm_reap(&pid, 1);
		CHECK_EQ(allocated_virtual_pages(pid), CNTERR);	/* dead */
		CHECK_EQ(used_ffs_frames(pid), CNTERR);
	}
	CHECK(done);
	CHECK_EQ(free_ffs_pages(), MAX_FFS_SIZE);
	semdelete(ready);
	semdelete(go);
}

/*------------------------------------------------------------------------
 * Page tables are taken when a range is promised and given back when the
 * last page they map is freed
 *------------------------------------------------------------------------
 */
local	process	w_ptables(void)
{
	uint32	pt0 = free_pt_frames();

	CHECK_EQ(vmalloc(NPG(1)), VA(0));
	CHECK_EQ(free_pt_frames(), pt0 - 1);
	CHECK_EQ(vmalloc(NPG(PT_PAGES - 1)), VA(1));	/* same table	*/
	CHECK_EQ(free_pt_frames(), pt0 - 1);
	CHECK_EQ(vmalloc(NPG(PT_PAGES + 1)), VA(PT_PAGES));	/* two more */
	CHECK_EQ(free_pt_frames(), pt0 - 3);
	VA(PT_PAGES)[0] = 1;			/* faults take no table	*/
	VA(2 * PT_PAGES)[0] = 2;
	CHECK_EQ(free_pt_frames(), pt0 - 3);

	/* The first table still maps a page after this */
	CHECK_EQ(vfree(VA(1), NPG(PT_PAGES - 1)), OK);
	CHECK_EQ(free_pt_frames(), pt0 - 3);
	CHECK_EQ(vfree(VA(0), NPG(1)), OK);
	CHECK_EQ(free_pt_frames(), pt0 - 2);
	/* Second table emptied, third keeps one page */
	CHECK_EQ(vfree(VA(PT_PAGES), NPG(PT_PAGES)), OK);
	CHECK_EQ(free_pt_frames(), pt0 - 1);
	CHECK_EQ(VA(2 * PT_PAGES)[0], 2);
	CHECK_EQ(vfree(VA(2 * PT_PAGES), NPG(1)), OK);
	CHECK_EQ(free_pt_frames(), pt0);
	done = TRUE;
	return OK;
}

TESTCASE(vm_page_tables_come_and_go)
{
	done = FALSE;
	CHECK(vm_run(w_ptables, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * vcreate: bad arguments fail and change nothing; arguments arrive
 *------------------------------------------------------------------------
 */
local	process	w_nop(void)
{
	return OK;
}

local	process	w_args16(uint32 a0, uint32 a1, uint32 a2, uint32 a3,
		uint32 a4, uint32 a5, uint32 a6, uint32 a7, uint32 a8,
		uint32 a9, uint32 a10, uint32 a11, uint32 a12, uint32 a13,
		uint32 a14, uint32 a15)
{
	got[0] = a0;	got[1] = a1;	got[2] = a2;	got[3] = a3;
	got[4] = a4;	got[5] = a5;	got[6] = a6;	got[7] = a7;
	got[8] = a8;	got[9] = a9;	got[10] = a10;	got[11] = a11;
	got[12] = a12;	got[13] = a13;	got[14] = a14;	got[15] = a15;
	got[MAXARGS] = (uint32)vmalloc(PAGE_SIZE);	/* it has a heap */
	done = TRUE;
	return OK;
}

TESTCASE(vm_vcreate_arguments)
{
	struct	vmsnap	s;
	pid32	pid;
	int32	i;

	vm_snap(&s, getpid());
	CHECK_NOCREATE(vcreate(NULL, VW_STK, VW_PRIO, "bad", 0));
	CHECK_NOCREATE(vcreate(w_nop, VW_STK, 0, "bad", 0));
	CHECK_NOCREATE(vcreate(w_nop, VW_STK, -5, "bad", 0));
	CHECK_NOCREATE(vcreate(w_nop, VW_STK, VW_PRIO, "bad", MAXARGS + 1,
		1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17));
	CHECK_NOCREATE(vcreate(w_nop, VSTACK_MAX + 1, VW_PRIO, "bad", 0));
	CHECK_NOCREATE(vcreate(w_nop, 0xFFFFFFFF, VW_PRIO, "bad", 0));
	CHECK_SNAP(&s, getpid());

	/* All MAXARGS arguments arrive, in order */
	done = FALSE;
	recvclr();
	pid = vcreate(w_args16, VW_STK, VW_PRIO, "args16", MAXARGS,
		ARG_BASE + 0, ARG_BASE + 1, ARG_BASE + 2, ARG_BASE + 3,
		ARG_BASE + 4, ARG_BASE + 5, ARG_BASE + 6, ARG_BASE + 7,
		ARG_BASE + 8, ARG_BASE + 9, ARG_BASE + 10, ARG_BASE + 11,
		ARG_BASE + 12, ARG_BASE + 13, ARG_BASE + 14, ARG_BASE + 15);
	CHECK(pid != SYSERR);
	if (pid != SYSERR) {
		CHECK_EQ(proctab[pid].prstate, PR_SUSP);
		CHECK(proctab[pid].prvm != NULL);
		CHECK_EQ(allocated_virtual_pages(pid), XINU_PAGES);
		resume(pid);
		CHECK_EQ(recvtime(VW_LIMIT_MS), pid);
		vm_reap(&pid, 1);
		CHECK(done);
		for (i = 0; i < MAXARGS; i++) {
			CHECK_EQ(got[i], ARG_BASE + i);
		}
		CHECK_EQ(got[MAXARGS], VA(0));
	}
}

/*------------------------------------------------------------------------
 * A 2000-byte stack (users ask for that) is enough to print and to take
 * page faults; the largest stack works to its bottom
 *------------------------------------------------------------------------
 */
local	process	w_smallstack(void)
{
	char	*p, line[32];

	p = vmalloc(NPG(4));
	CHECK_EQ(p, VA(0));
	vm_fill(p, 4, 9);
	sprintf(line, "%d pages", 4);
	kprintf("  small-stack vcreate process %d: %s written\n",
		getpid(), line);
	CHECK_EQ(vm_verify(p, 4, 9), 0);
	CHECK(used_ffs_frames(getpid()) + used_swap_frames(getpid()) >= 4);
	done = TRUE;
	return OK;
}

/* Grow the stack by DEEP_BYTES and touch a word in every page of it */
local	__attribute__((noinline)) uint32 deep(void)
{
	volatile char	big[DEEP_BYTES];
	uint32	i, sum = 0;

	for (i = 0; i < DEEP_BYTES; i += PAGE_SIZE) {
		big[i] = (char)(i >> PAGE_SHIFT);
	}
	for (i = 0; i < DEEP_BYTES; i += PAGE_SIZE) {
		sum += (byte)big[i];
	}
	return sum;
}

local	process	w_bigstack(void)
{
	uint32	i, want = 0;

	for (i = 0; i < DEEP_BYTES / PAGE_SIZE; i++) {
		want += (byte)i;
	}
	CHECK_EQ(deep(), want);
	CHECK_EQ(used_ffs_frames(getpid()), 0);	/* stack is not heap */
	done = TRUE;
	return OK;
}

TESTCASE(vm_vcreate_stacks)
{
	pid32	pid;

	done = FALSE;
	recvclr();
	pid = vcreate(w_smallstack, SMALL_STK, VW_PRIO, "smallstk", 0);
	CHECK(pid != SYSERR);
	if (pid != SYSERR) {
		resume(pid);
		vm_reap(&pid, 1);
		CHECK(done);
	}

	done = FALSE;
	pid = vcreate(w_bigstack, VSTACK_MAX, VW_PRIO, "bigstk", 0);
	CHECK(pid != SYSERR);
	if (pid != SYSERR) {
		resume(pid);
		vm_reap(&pid, 1);
		CHECK(done);
	}
}

/*------------------------------------------------------------------------
 * A vcreate process killed before it ever ran gives everything back
 *------------------------------------------------------------------------
 */
TESTCASE(vm_kill_never_resumed)
{
	struct	vmsnap	s;
	pid32	pid;

	vm_snap(&s, getpid());
	pid = vcreate(w_nop, VW_STK, VW_PRIO, "unborn", 0);
	CHECK(pid != SYSERR);
	if (pid != SYSERR) {
		CHECK(free_pt_frames() < s.pt);	/* it has a directory	*/
		CHECK_EQ(kill(pid), OK);
		vm_reap(&pid, 1);
	}
	CHECK_SNAP(&s, getpid());
}
