/* test_robust.c - what a process does must not bring the kernel down
 *
 * Stack overflows of vcreate processes at every depth and with every
 * stack size class, including inside the clock interrupt's entry path and
 * in the middle of a context switch (double faults with interrupts off),
 * with interrupts off for good (the emergency pages spent), accesses
 * below the stack that are no overflow, bad name pointers to create and
 * vcreate, killing the pager, and vmcheck really detecting corruption.
 */

#include <xinu.h>
#include "testsuite.h"
#include "../../paging/vmint.h"

#define	RB_LOPRIO	(INITPRIO - 10)	/* runs only while the test waits */
#define	RB_WAITMS	30000		/* teardown this late is a hang */

/* Wait until pid is gone and its address space torn down */
static	bool8	rb_gone(pid32 pid)
{
	int32	ms;

	for (ms = 0; ms < RB_WAITMS; ms++) {
		if (proctab[pid].prstate == PR_FREE
		    && proctab[pid].prvm == NULL) {
			return TRUE;
		}
		sleepms(1);
	}
	return FALSE;
}

/* Spin with the stack pointer n bytes above the bottom of the stack: the
   clock interrupt's frame, its handler and the context switch out of
   this process all run off the end of the stack at some n */
static	process	rb_spin(uint32 n)
{
	uint32	target = proctab[getpid()].prvm->stkbase + n;

	asm volatile("movl %0, %%esp\n1:\tjmp 1b" : : "r"(target) : "memory");
	return OK;
}

/* Stack sizes (what vcreate is asked for) whose bottom sits at different
   offsets within a page table: the least, then around a table boundary
   (stack, guard page and emergency pages' room in one table, or split
   over two: RB_NEAR(k) maps k pages fewer than a table), 4 MiB, and the
   largest stack, reached as exactly 8 MiB mapped and as 8 MiB asked */
#define	RB_NEAR(k)	(PT_SPAN - (k) * PAGE_SIZE - STKSLACK)
static	const uint32 rb_sizes[] = {
	2000, VSTACK_MIN, RB_NEAR(4), RB_NEAR(3), RB_NEAR(2), RB_NEAR(1),
	RB_NEAR(0), PT_SPAN, VSTACK_MAX - 3 * PAGE_SIZE - STKSLACK,
	VSTACK_MAX - STKSLACK, VSTACK_MAX
};
#define	RB_NSIZES	(sizeof(rb_sizes) / sizeof(rb_sizes[0]))
#define	RB_SURE		48	/* an interrupt's frames take more	*/

/* A neighbour that must live through every overflow */
static	volatile uint32 rb_nbticks;
static	volatile bool8 rb_nbstop;
static	process	rb_neighbour(void)
{
	while (!rb_nbstop) {
		sleepms(1);
		rb_nbticks++;
	}
	return OK;
}

static	pid32	rb_nbstart(void)
{
	pid32	pid;

	rb_nbstop = FALSE;
	rb_nbticks = 0;
	pid = vcreate(rb_neighbour, VSTACK_MIN, INITPRIO + 1, "rbnb", 0);
	resume(pid);
	return pid;
}

/* The neighbour ran on all along and ends when asked */
static	void	rb_nbend(pid32 nb, uint32 ticks0)
{
	CHECK(proctab[nb].prstate != PR_FREE);
	CHECK(rb_nbticks > ticks0);
	rb_nbstop = TRUE;
	CHECK(rb_gone(nb));
}

/* Spin at depths 320, 312, ..., 0 above the bottom of a stack of ssize
   bytes; FALSE if something went wrong (reported) */
static	bool8	rb_depths(uint32 ssize)
{
	int32	n;
	pid32	pid;
	intmask	mask;
	bool8	ovf;
	uint32	ovf0;

	for (n = 320; n >= 0; n -= 8) {
		ovf0 = vm_overflows;
		pid = vcreate(rb_spin, ssize, RB_LOPRIO, "rbspin", 1, n);
		if (!CHECK(pid != SYSERR)) {
			return FALSE;
		}
		resume(pid);
		sleepms(12);		/* several ticks on that stack	*/
		mask = disable();
		ovf = proctab[pid].prstate == PR_FREE
			|| proctab[pid].prvm->overflowed;
		kill(pid);		/* SYSERR if it is already dead	*/
		restore(mask);
		if (!CHECK(rb_gone(pid))
		    || !CHECK(n > RB_SURE || ovf)
		    || !CHECK_EQ(vm_overflows - ovf0, ovf ? 1 : 0)) {
			kprintf("  stack %d, depth %d: process %d\n", ssize, n,
				pid);
			return FALSE;
		}
	}
	return TRUE;
}

TESTCASE_T(robust_overflow_at_every_depth, 300000)
{
	uint32	i, t0, ticks0;
	pid32	nb;

	nb = rb_nbstart();
	ticks0 = rb_nbticks;
	for (i = 0; i < RB_NSIZES && rb_depths(rb_sizes[i]); i++) {
		CHECK_EQ(vmcheck(), OK);
	}
	t0 = clkticks;
	sleepms(20);
	CHECK(clkticks - t0 >= 20);	/* the clock still runs		*/
	CHECK_EQ(vmcheck(), OK);
	rb_nbend(nb, ticks0);
}

/* With interrupts off (and, if defer, rescheduling deferred), recurse
   without end: the emergency pages are spent and the process dies from
   the double-fault task */
static	volatile uint32 rb_level;
static	int32	rb_offdeep(int32 n)
{
	volatile char pad[256];

	pad[0] = (char)n;
	rb_level = n;
	if (n >= 0) {
		return rb_offdeep(n + 1) + pad[0];
	}
	return 0;
}

static	process	rb_offrec(int32 defer)
{
	disable();
	if (defer) {
		resched_cntl(DEFER_START);
	}
	return rb_offdeep(0);
}

TESTCASE_T(robust_overflow_interrupts_off_any_depth, 300000)
{
	uint32	i, ovf0, ticks0;
	int32	defer;
	pid32	pid, nb;

	nb = rb_nbstart();
	ticks0 = rb_nbticks;
	for (defer = 0; defer < 2; defer++) {
		for (i = 0; i < RB_NSIZES; i++) {
			ovf0 = vm_overflows;
			rb_level = 0;
			pid = vcreate(rb_offrec, rb_sizes[i], INITPRIO + 2,
				"rboff", 1, defer);
			if (!CHECK(pid != SYSERR)) {
				break;
			}
			resume(pid);	/* it runs until it dies	*/
			if (!CHECK(rb_gone(pid)) || !CHECK_EQ(vm_overflows
			    - ovf0, 1) || !CHECK(rb_level * 256 >= rb_sizes[i]
			    / 2) || !CHECK_EQ(Defer.ndefers, 0)) {
				kprintf("  stack %d, defer %d\n", rb_sizes[i],
					defer);
				break;
			}
		}
	}
	CHECK_EQ(vmcheck(), OK);
	rb_nbend(nb, ticks0);
}

/* Run the stack pointer d bytes below the bottom of the stack and push
   without end (interrupts off if off): a double fault with that stack
   pointer, then, if it got emergency pages, until they are spent */
static	process	rb_jump(uint32 d, int32 off)
{
	uint32	target = proctab[getpid()].prvm->stkbase - d;

	if (off) {
		disable();
	}
	asm volatile("movl %0, %%esp\n1:\tpushl $0\n\tjmp 1b"
		: : "r"(target) : "memory");
	return OK;
}

/* Write below the stack or past the heap (interrupts off if off) */
static	process	rb_poke(uint32 va, int32 off)
{
	if (off) {
		disable();
	}
	*(volatile uint32 *)va = STACKMAGIC;
	enable();		/* got an emergency page: killed at the
				   next reschedule			*/
	for (;;) {
		;
	}
	return OK;
}

/* One process that must die by itself, reported as a stack overflow or
   not: FALSE (reported) if not */
static	bool8	rb_dies(void *fn, uint32 ssize, uint32 a, int32 off,
			bool8 stack)
{
	pid32	pid;
	uint32	ovf0 = vm_overflows;

	pid = vcreate(fn, ssize, INITPRIO + 2, "rbbelow", 2, a, off);
	if (!CHECK(pid != SYSERR)) {
		return FALSE;
	}
	resume(pid);
	if (!CHECK(rb_gone(pid) || (kill(pid), FALSE))
	    || !CHECK_EQ(vm_overflows - ovf0, stack ? 1 : 0)) {
		kprintf("  stack %d, 0x%x, interrupts %s\n", ssize, a,
			off ? "off" : "on");
		return FALSE;
	}
	return TRUE;
}

/* Only the guard page and the emergency pages' room count as the stack:
   an access or a stack pointer further below, or past the heap's end,
   is a segmentation fault and gets no emergency page */
TESTCASE_T(robust_only_guard_pages_are_stack, 120000)
{
	uint32	i, sb, ssize;
	int32	off;

	for (i = 0; i < RB_NSIZES; i++) {
		ssize = rb_sizes[i];
		sb = VM_USER_TOP - VSTACK_MIN;	/* its stkbase	*/
		if (ssize + STKSLACK > VSTACK_MIN) {
			sb = VM_USER_TOP - ((ssize + STKSLACK + PAGE_SIZE - 1)
				& ~(PAGE_SIZE - 1));
			if (sb < VM_USER_TOP - VSTACK_MAX) {
				sb = VM_USER_TOP - VSTACK_MAX;
			}
		}
		for (off = 0; off < 2; off++) {
			/* page faults: guard page and emergency room... */
			rb_dies(rb_poke, ssize, sb - sizeof(uint32), off, TRUE);
			rb_dies(rb_poke, ssize, sb - VSTACK_BELOW, off, TRUE);
			/* ... and below them, down to the heap, and past it */
			rb_dies(rb_poke, ssize, sb - VSTACK_BELOW - 4, off,
				FALSE);
			rb_dies(rb_poke, ssize, VHEAP_END, off, FALSE);
			rb_dies(rb_poke, ssize, VHEAP_END - 4, off, FALSE);
			if (sb - VSTACK_LOW > VSTACK_MIN) {
				rb_dies(rb_poke, ssize, sb - VSTACK_MIN, off,
					FALSE);
			}
			/* double faults: the stack pointer itself there */
			rb_dies(rb_jump, ssize, 0, off, TRUE);
			rb_dies(rb_jump, ssize, VSTACK_BELOW - 4, off, TRUE);
			rb_dies(rb_jump, ssize, VSTACK_BELOW + PAGE_SIZE, off,
				FALSE);
			rb_dies(rb_jump, ssize, sb - VSTACK_LOW, off, FALSE);
		}
	}
	CHECK_EQ(vmcheck(), OK);
}

/* Recurse, one level per clock tick, so that the overflow happens while
   an interrupt is being delivered */
static	volatile uint32 rb_sink;
static	int32	rb_deep(int32 n)
{
	volatile char pad[24];
	uint32	t0 = clkticks;

	pad[0] = (char)n;
	while (*(volatile uint32 *)&clkticks == t0) {
		rb_sink++;
	}
	if (n < 1000000) {
		return rb_deep(n + 1) + pad[0];
	}
	return 0;
}

static	process	rb_recurse(void)
{
	return rb_deep(0);
}

TESTCASE_T(robust_clock_survives_overflow_in_irq, 30000)
{
	pid32	pid;
	uint32	t0;

	pid = vcreate(rb_recurse, VSTACK_MIN, RB_LOPRIO, "rbdeep", 0);
	if (!CHECK(pid != SYSERR)) {
		return;
	}
	resume(pid);
	CHECK(rb_gone(pid) || (kill(pid), FALSE));
	t0 = clkticks;
	sleepms(20);
	CHECK(clkticks - t0 >= 20);
	CHECK_EQ(vmcheck(), OK);
}

/* create and vcreate with a name pointer into unmapped page 0 */
static	process	rb_idle(void)
{
	return OK;
}

static	process	rb_badcreate(int32 v)
{
	if (v) {
		vcreate(rb_idle, 8192, INITPRIO, (char *)0x10, 0);
	} else {
		create(rb_idle, 4096, INITPRIO, (char *)0x10, 0);
	}
	return OK;		/* not reached: the fault kills us	*/
}

TESTCASE(robust_bad_name_pointer)
{
	int32	v;
	pid32	pid;
	int32	nproc = prcount;
	uint32	pt = free_pt_frames(), heap = memfree();

	for (v = 0; v < 2; v++) {
		pid = create(rb_badcreate, 8192, INITPRIO + 1, "rbbad", 1, v);
		resume(pid);
		CHECK(rb_gone(pid));
		CHECK_EQ(prcount, nproc);
		CHECK_EQ(free_pt_frames(), pt);
		CHECK_EQ(memfree(), heap);
	}
}

TESTCASE(robust_pager_cannot_be_killed)
{
	CHECK(pagerpid > 0);
	CHECK_EQ(kill(pagerpid), SYSERR);
	CHECK(proctab[pagerpid].prstate != PR_FREE);
}

/* A vcreate process that touches one page and waits to be killed */
static	volatile char *rb_page;
static	process	rb_toucher(void)
{
	rb_page = vmalloc(PAGE_SIZE);
	rb_page[0] = 1;
	for (;;) {
		sleepms(RB_WAITMS);
	}
	return OK;
}

TESTCASE(robust_vmcheck_detects_corruption)
{
	intmask	mask;
	pid32	pid;
	pt_t	*pte;
	int32	f, saved;

	CHECK_EQ(vmcheck(), OK);

	/* a pool count off by one */
	mask = disable();
	ptfree_count++;
	restore(mask);
	CHECK_EQ(vmcheck(), SYSERR);
	mask = disable();
	ptfree_count--;
	restore(mask);
	CHECK_EQ(vmcheck(), OK);

	/* a free slot that claims an owner */
	mask = disable();
	for (f = 0; f < MAX_SWAP_SIZE && swaptab[f].pg.owner != OWN_FREE; f++) {
		;
	}
	saved = swaptab[f].pg.owner;
	swaptab[f].pg.owner = getpid();
	restore(mask);
	CHECK_EQ(vmcheck(), SYSERR);
	mask = disable();
	swaptab[f].pg.owner = saved;
	restore(mask);
	CHECK_EQ(vmcheck(), OK);

	/* a resident page whose frame records another virtual page */
	rb_page = NULL;
	pid = vcreate(rb_toucher, VSTACK_MIN, INITPRIO + 1, "rbtouch", 0);
	resume(pid);
	if (CHECK(rb_page != NULL)) {
		mask = disable();
		pte = vm_pte(proctab[pid].prvm->pdframe, (uint32)rb_page,
			WS_TEMP, WS_CHECKPT);
		f = FFS_IDX(*pte & PTE_FRAME);
		ffstab[f].pg.vpn ^= 1;
		restore(mask);
		CHECK_EQ(vmcheck(), SYSERR);
		mask = disable();
		ffstab[f].pg.vpn ^= 1;
		restore(mask);
		CHECK_EQ(vmcheck(), OK);
	}
	kill(pid);
	CHECK(rb_gone(pid));
}
