/* test_fpu.c - every process has an FPU state of its own
 *
 * The FPU is switched lazily (system/fpu.c): values in its registers and
 * its control word survive another process using it, a new process
 * starts from a fresh state, and a double fault (a hardware task switch,
 * which sets CR0.TS) does not leave the FPU unusable for everyone.
 * Values are kept in x87 registers across the switches with asm, since
 * compiled code spills them around calls.
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	FP_WAITMS	2000		/* hang limit of a teardown wait */
#define	FP_CW_ROUNDUP	0x0B7F		/* round up, exceptions masked	*/
#define	FP_CW_INIT	0x037F		/* what fninit loads		*/

static	volatile bool8	fp_done;
static	volatile uint16	fp_cw;		/* a child's control word	*/

/* A child that fills the FPU with its own values and rounding mode */
static	process	fp_scribbler(void)
{
	double	v = 2.5;
	uint16	cw = FP_CW_ROUNDUP;
	int32	i;

	asm volatile("fninit");
	asm volatile("fnstcw %0" : "=m"(fp_cw));	/* fresh: fninit's */
	asm volatile("fldcw %0" : : "m"(cw));
	for (i = 0; i < 8; i++) {
		asm volatile("fldl %0" : : "m"(v));
	}
	fp_done = TRUE;
	return OK;
}

/* Wait until pid is gone and its address space torn down */
static	bool8	fp_gone(pid32 pid)
{
	int32	ms;

	for (ms = 0; ms < FP_WAITMS; ms++) {
		if (proctab[pid].prstate == PR_FREE
		    && proctab[pid].prvm == NULL) {
			return TRUE;
		}
		sleepms(1);
	}
	return FALSE;
}

TESTCASE(fpu_registers_survive_another_process)
{
	double	mine = 1.25, back = 0;
	uint16	cw;
	pid32	pid;

	fp_done = FALSE;
	asm volatile("fninit\n\tfldl %0" : : "m"(mine));
	pid = create(fp_scribbler, MINSTK, KT_HIPRIO, "fpscrib", 0);
	resume(pid);			/* runs to its end at once	*/
	asm volatile("fstpl %0" : "=m"(back));
	asm volatile("fnstcw %0" : "=m"(cw));
	CHECK(fp_done);
	CHECK(back == mine);
	CHECK_EQ(cw, FP_CW_INIT);
}

TESTCASE(fpu_new_process_starts_fresh)
{
	uint16	cw = FP_CW_ROUNDUP;
	pid32	pid;

	asm volatile("fldcw %0" : : "m"(cw));	/* the owner's mode	*/
	fp_done = FALSE;
	fp_cw = 0;
	pid = vcreate(fp_scribbler, VSTACK_MIN, KT_HIPRIO, "fpscrib", 0);
	resume(pid);
	CHECK(fp_done);
	CHECK_EQ(fp_cw, FP_CW_INIT);
	CHECK(fp_gone(pid));
	asm volatile("fninit");
}

/* Overflow the stack with interrupts on: a double fault, taken through
   a task gate, which sets CR0.TS behind the scheduler's back */
static	process	fp_overflow(void)
{
	uint32	bottom = proctab[getpid()].prvm->stkbase;

	asm volatile("movl %0, %%esp\n\tpushl $0\n\tpushl $0"
		: : "r"(bottom) : "memory");
	return OK;
}

TESTCASE(fpu_usable_after_a_double_fault)
{
	pid32	pid;

	pid = vcreate(fp_overflow, VSTACK_MIN, KT_HIPRIO, "fpovf", 0);
	resume(pid);
	CHECK(fp_gone(pid));
	fp_done = FALSE;
	pid = create(fp_scribbler, MINSTK, KT_HIPRIO, "fpscrib", 0);
	resume(pid);
	CHECK(fp_done);
	CHECK(fp_gone(pid));
}
