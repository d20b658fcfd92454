/* test_robust.c - what a process does must not bring the kernel down
 *
 * Stack overflows of vcreate processes at every depth, including inside
 * the clock interrupt's entry path and in the middle of a context switch
 * (double faults with interrupts off), bad name pointers to create and
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

TESTCASE_T(robust_overflow_at_every_depth, 30000)
{
	int32	n;
	pid32	pid;
	uint32	t0;

	for (n = 320; n >= 0; n -= 8) {
		pid = vcreate(rb_spin, VSTACK_MIN, RB_LOPRIO, "rbspin", 1, n);
		if (!CHECK(pid != SYSERR)) {
			return;
		}
		resume(pid);
		sleepms(12);		/* several ticks on that stack	*/
		kill(pid);		/* SYSERR if it is already dead	*/
		if (!CHECK(rb_gone(pid))) {
			kprintf("  depth %d: process %d not torn down\n", n, pid);
			return;
		}
	}
	t0 = clkticks;
	sleepms(20);
	CHECK(clkticks - t0 >= 20);	/* the clock still runs		*/
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
	for (f = 0; f < MAX_SWAP_SIZE && swaptab[f].owner != OWN_FREE; f++) {
		;
	}
	saved = swaptab[f].owner;
	swaptab[f].owner = getpid();
	restore(mask);
	CHECK_EQ(vmcheck(), SYSERR);
	mask = disable();
	swaptab[f].owner = saved;
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
		ffstab[f].vpn ^= 1;
		restore(mask);
		CHECK_EQ(vmcheck(), SYSERR);
		mask = disable();
		ffstab[f].vpn ^= 1;
		restore(mask);
		CHECK_EQ(vmcheck(), OK);
	}
	kill(pid);
	CHECK(rb_gone(pid));
}
