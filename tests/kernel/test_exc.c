/* test_exc.c - tests that a fault or a stack overflow kills only the
 *		process that caused it
 *
 * Each faulting child runs above the test, so when resume (or the test's
 * receive) returns it has faulted and been killed.  The kernel's
 * "Exception: ..." and "STACK_OVERFLOW" reports in the log are expected.
 * A bystander below the test counts while the test is blocked: that it
 * still counts afterwards shows the system kept running.  Each fault is
 * taken twice: at once, and after a sleep, so that the faulting process
 * was last switched in by the clock interrupt rather than by a system call.
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	F_DIVIDE	0		/* divide error			*/
#define	F_UD2		1		/* invalid opcode		*/
#define	F_NULL		2		/* page fault at address 0	*/
#define	F_GPF		3		/* general protection		*/
#define	NFAULTS		4

#define	BAD_SELECTOR	0x0ff8		/* GDT index 511, past NGDT	*/
#define	NAP_MS		5
#define	SPIN_MS		200		/* several quanta		*/

static	volatile bool8	survived;	/* the child ran past its fault	*/
static	volatile uint32	bycount;	/* the bystander's counter	*/

/* Child that causes one processor exception, maybe after a nap */
local	process	faulter(int32 kind, int32 nap)
{
	if (nap > 0) {
		sleepms(nap);
	}
	switch (kind) {
	case F_DIVIDE:
		asm volatile("xorl %%ecx, %%ecx\n\tdivl %%ecx"
				: : : "eax", "ecx", "edx", "cc");
		break;
	case F_UD2:
		asm volatile("ud2");
		break;
	case F_NULL:
		asm volatile("movl 0, %%eax" : : : "eax", "memory");
		break;
	case F_GPF:
		asm volatile("movw %w0, %%fs" : : "r"(BAD_SELECTOR));
		break;
	}
	survived = TRUE;
	return OK;
}

/* Child that spoils the guard word at the bottom of its own stack (and
   nothing beyond it), then gives the scheduler a chance to look: by
   yielding, or by running until its quantum ends */
local	process	overflower(int32 nap, bool8 spin)
{
	struct	procent	*prptr = &proctab[getpid()];
	uint32	*guard;

	if (nap > 0) {
		sleepms(nap);
	}
	guard = (uint32 *)(prptr->prstkbase + sizeof(uint32)
					- prptr->prstklen);
	*(volatile uint32 *)guard = ~STACKMAGIC;
	if (spin) {
		kt_spin(SPIN_MS);
	} else {
		yield();
	}
	survived = TRUE;
	return OK;
}

/* Start the bystander, below the test */
local	pid32	start_bystander(void)
{
	pid32	pid;

	bycount = 0;
	pid = create(kt_counter, MINSTK, KT_LOPRIO, "bystander", 1, &bycount);
	CHECK(pid != SYSERR);
	resume(pid);
	return pid;
}

/* The bystander still runs (it counts on once the test blocks); then it
   is killed */
local	void	stop_bystander(pid32 pid)
{
	CHECK(kt_waitchange(&bycount, bycount));
	CHECK_EQ(kill(pid), OK);
	CHECK_EQ(receive(), pid);
}

/* Run a child that must be killed by the kernel: the test gets its pid
   as a message, and the heap and process count are as before */
local	void	expect_killed(void *func, int32 a1, int32 a2)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pid32	pid;

	recvclr();
	survived = FALSE;
	pid = create(func, MINSTK, KT_HIPRIO, "faulty", 2, a1, a2);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(receive(), pid);
	if (!CHECK(isbadpid(pid))) {
		kill(pid);
	}
	CHECK(!survived);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(prcount, nproc);
}

/* One exception kind, at once and after a nap, with a bystander */
local	void	fault_test(int32 kind)
{
	pid32	by = start_bystander();

	expect_killed(faulter, kind, 0);
	expect_killed(faulter, kind, NAP_MS);
	stop_bystander(by);
}

TESTCASE_T(exc_divide_error, KT_LIMIT_MS)
{
	fault_test(F_DIVIDE);
}

TESTCASE_T(exc_invalid_opcode, KT_LIMIT_MS)
{
	fault_test(F_UD2);
}

TESTCASE_T(exc_null_pointer, KT_LIMIT_MS)
{
	fault_test(F_NULL);
}

TESTCASE_T(exc_general_protection, KT_LIMIT_MS)
{
	fault_test(F_GPF);
}

/* Several faulting processes in a row, mixed: nothing accumulates */
TESTCASE_T(exc_many_faults, KT_LIMIT_MS)
{
	pid32	by = start_bystander();
	int32	i;

	for (i = 0; i < 4 * NFAULTS; i++) {
		expect_killed(faulter, i % NFAULTS, (i / NFAULTS) % 2);
	}
	stop_bystander(by);
}

/* A spoilt guard word is found when the process yields; only it dies */
TESTCASE_T(exc_stack_guard_yield, KT_LIMIT_MS)
{
	pid32	by = start_bystander();

	expect_killed(overflower, 0, FALSE);
	stop_bystander(by);
}

/* ... also when the parent is blocked in receive at the time, so that
   the death notice readies it from inside the scheduler */
TESTCASE_T(exc_stack_guard_parent_waiting, KT_LIMIT_MS)
{
	pid32	by = start_bystander();

	expect_killed(overflower, NAP_MS, FALSE);
	stop_bystander(by);
}

/* ... and when the process is preempted at the end of its quantum (in
   the clock interrupt); a fault after that still kills only its process */
TESTCASE_T(exc_stack_guard_preempted, KT_LIMIT_MS)
{
	pid32	by = start_bystander();

	expect_killed(overflower, 0, TRUE);
	expect_killed(faulter, F_DIVIDE, 0);
	expect_killed(faulter, F_UD2, NAP_MS);
	stop_bystander(by);
}
