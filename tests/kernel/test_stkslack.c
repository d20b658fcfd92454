/* test_stkslack.c - the zeroed slack above every process's first frame
 *
 * The lab's print wrappers forward their varargs with GCC's builtins:
 *	void *a = __builtin_apply_args(); __builtin_apply(fn, a, 100);
 * __builtin_apply copies a fixed block of the caller's argument area, so
 * called from a process's first function it reads up to 100 bytes past
 * the process's arguments, above its first frame.  Every stack, create or
 * vcreate, has STKSLACK mapped, zeroed bytes there (include/process.h).
 * These tests make that call from the first function of create and
 * vcreate processes with the 2000-byte stacks users ask for, and with the
 * largest virtual stack, where the slack shares the last page.
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	SL_APPLY	100		/* bytes the lab's wrappers copy */
#define	SL_USERSTK	2000		/* stack size users pass	*/
#define	SL_WAITMS	2000		/* hang limit of a teardown wait */
#define	SL_DIRT		0xA5		/* what a dirtied stack holds	*/

static	volatile int32	sl_sum;		/* what the wrapper delivered	*/
static	volatile int32	sl_nonzero;	/* slack bytes that were not 0	*/
static	volatile bool8	sl_done;	/* the first function returned	*/

/* The forwarded-to function: adds up the n ints after the count */
static	void	sl_record(int32 n, ...)
{
	va_list	ap;
	int32	i, sum = 0;

	va_start(ap, n);
	for (i = 0; i < n; i++) {
		sum += va_arg(ap, int32);
	}
	va_end(ap);
	sl_sum = sum;
}

/* A wrapper written the way the lab's are */
static	void	sl_forward(int32 n, ...)
{
	intmask	mask;
	void	*args = __builtin_apply_args();

	mask = disable();
	__builtin_apply((void (*)())(void *)sl_record, args, SL_APPLY);
	restore(mask);
}

/* ... and one that prints, as students' sync_printf does */
static	void	sl_printf(char *fmt, ...)
{
	intmask	mask;
	void	*args = __builtin_apply_args();

	mask = disable();
	__builtin_apply((void (*)())(void *)kprintf, args, SL_APPLY);
	restore(mask);
}

/* A first function: forwards from its own frame, then reads the slack
   above its first frame (the STACKMAGIC word marks the frame's top) */
static	process	sl_first(int32 a, int32 b)
{
	struct	procent	*prptr = &proctab[getpid()];
	byte	*p = (byte *)prptr->prstkbase + sizeof(uint32);
	int32	i, bad = 0;

	sl_forward(3, a, b, 7);
	sl_printf("  slack: forwarded %d and %d from the first frame\n", a, b);
	for (i = 0; i < STKSLACK; i++) {
		bad += (p[i] != 0);
	}
	sl_nonzero = bad;
	sl_done = TRUE;
	return OK;
}

/* Leaves a dirty stack behind, so that memory reused for the next one
   is not zero by chance */
static	process	sl_dirty(void)
{
	volatile byte	junk[SL_USERSTK / 2];
	int32	i;

	for (i = 0; i < (int32)sizeof(junk); i++) {
		junk[i] = SL_DIRT;
	}
	return OK;
}

/* Run fn in a process made by mk, at once, and wait until it is gone
   (for a vcreate process, until its address space is torn down) */
static	bool8	sl_run(pid32 (*mk)(void *, uint32, pri16, char *, uint32, ...),
			void *fn, uint32 ssize)
{
	pid32	pid;
	int32	ms;

	sl_sum = 0;
	sl_nonzero = -1;
	sl_done = FALSE;
	pid = mk(fn, ssize, KT_HIPRIO, "slack", 2, 11, 31);
	if (!CHECK(pid != SYSERR)) {
		return FALSE;
	}
	resume(pid);
	for (ms = 0; ms < SL_WAITMS; ms++) {
		if (proctab[pid].prstate == PR_FREE
		    && proctab[pid].prvm == NULL) {
			return TRUE;
		}
		sleepms(1);
	}
	return CHECK(FALSE);
}

/* The checks after sl_first ran */
static	void	sl_check(void)
{
	CHECK(sl_done);
	CHECK_EQ(sl_sum, 11 + 31 + 7);
	CHECK_EQ(sl_nonzero, 0);
}

TESTCASE(slack_create_forward_from_first_frame)
{
	if (sl_run(create, sl_dirty, SL_USERSTK)
	    && sl_run(create, sl_first, SL_USERSTK)) {
		sl_check();
	}
}

TESTCASE(slack_vcreate_forward_from_first_frame)
{
	if (sl_run(vcreate, sl_dirty, SL_USERSTK)
	    && sl_run(vcreate, sl_first, SL_USERSTK)) {
		sl_check();
	}
}

TESTCASE(slack_vcreate_largest_stack)
{
	if (sl_run(vcreate, sl_first, VSTACK_MAX)) {
		sl_check();
	}
}

TESTCASE(slack_vcreate_stack_sizes)
{
	uint32	ssize;

	/* Sizes around page boundaries, where the slack may need a page */
	for (ssize = VSTACK_MIN - STKSLACK - 4; ssize <= VSTACK_MIN + 4;
	     ssize += 4) {
		if (!sl_run(vcreate, sl_first, ssize)) {
			return;
		}
		sl_check();
	}
}

TESTCASE(slack_stack_lengths)
{
	pid32	pid;

	/* The stack a process can use is still what it asked for */
	pid = create(sl_first, MINSTK, KT_LOPRIO, "slack", 2, 1, 2);
	CHECK_EQ(proctab[pid].prstklen, MINSTK);
	CHECK_EQ(*(uint32 *)proctab[pid].prstkbase, STACKMAGIC);
	kill(pid);
}
