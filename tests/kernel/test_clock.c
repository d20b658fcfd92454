/* test_clock.c - tests of the clock: sleep accuracy, the sleep queue's
 *		  order, unsleep through kill, and the time counters
 *
 * Tolerance: a sleep of d ms must take d .. d + KT_TOL_MS (30) ms of
 * uptime, and sleep(1) 1000 .. 1000 + KT_SEC_TOL_MS (100) ms.  A sleep
 * may never end early; the slack is for QEMU TCG, whose emulated PIT can
 * deliver ticks late when the host is busy.
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	NSLEEPERS	4
#define	SHORT_MS	10
#define	MEDIUM_MS	100
#define	STEP_MS		40		/* gap between sleepers' delays	*/
#define	KILL_AT_MS	20		/* when the test kills sleepers	*/
#define	MASKED_LOOPS	200000		/* some ms of work, interrupts off */

/* When each sleeper woke, in ms after the test's start, by tag */
static	volatile uint32	woke[NSLEEPERS];
static	uint32	t_start;

/* Child that sleeps delay ms, then logs its tag and wake-up time */
local	process	sleeper(int32 tag, int32 delay)
{
	sleepms(delay);
	woke[tag] = uptime() - t_start;
	kt_logadd(tag);
	return OK;
}

/* Is a measured delay within the stated tolerance of the one asked? */
local	bool8	on_time(uint32 elapsed, uint32 asked, uint32 tol)
{
	if (elapsed >= asked && elapsed <= asked + tol) {
		return TRUE;
	}
	kprintf("  asked %d ms, took %d ms (tolerance +%d)\n", asked,
		elapsed, tol);
	return FALSE;
}

TESTCASE_T(clock_sleepms_accuracy, KT_LIMIT_MS)
{
	uint32	start;
	int32	d;
	int32	delays[3] = { 1, SHORT_MS, MEDIUM_MS };

	for (d = 0; d < 3; d++) {
		start = uptime();
		CHECK_EQ(sleepms(delays[d]), OK);
		CHECK(on_time(uptime() - start, delays[d], KT_TOL_MS));
	}
}

TESTCASE_T(clock_sleep_one_second, KT_LIMIT_MS)
{
	uint32	start = uptime();

	CHECK_EQ(sleep(1), OK);
	CHECK(on_time(uptime() - start, 1000, KT_SEC_TOL_MS));
}

TESTCASE_T(clock_sleep_bad_args, KT_LIMIT_MS)
{
	uint32	start = uptime();

	CHECK_EQ(sleep(-1), SYSERR);
	CHECK_EQ(sleepms(-1), SYSERR);
	CHECK_EQ(sleep(-2147483647 - 1), SYSERR);
	CHECK_EQ(sleepms(-2147483647 - 1), SYSERR);
	CHECK_EQ(sleep(2147483647), SYSERR);	/* ms would overflow	*/
	CHECK_EQ(sleep(0), OK);
	CHECK_EQ(sleepms(0), OK);
	CHECK(uptime() - start <= 1);		/* none of them slept	*/
	CHECK(!kt_onqueue(getpid(), sleepq));
}

/* Sleepers started in any order wake in the order of their delays, each
   on time; two with the same delay wake in the order they went to sleep */
TESTCASE_T(clock_wake_order, KT_LIMIT_MS)
{
	int32	delay[NSLEEPERS] = { 3 * STEP_MS, STEP_MS, 2 * STEP_MS,
				     STEP_MS };
	pid32	pid;
	int32	i;

	kt_logreset();
	recvclr();
	t_start = uptime();
	for (i = 0; i < NSLEEPERS; i++) {
		pid = create(sleeper, MINSTK, KT_HIPRIO, "sleeper", 2, i,
								delay[i]);
		CHECK(pid != SYSERR);
		resume(pid);
		CHECK_EQ(proctab[pid].prstate, PR_SLEEP);
	}
	/* Sleepers that wake on the same tick die together, and only one
	   death notice fits: wait for the log, not for the notices */
	while (kt_nlog < NSLEEPERS) {
		receive();
	}
	recvclr();
	CHECK_EQ(kt_nlog, NSLEEPERS);
	CHECK_EQ(kt_log[0], 1);
	CHECK_EQ(kt_log[1], 3);
	CHECK_EQ(kt_log[2], 2);
	CHECK_EQ(kt_log[3], 0);
	for (i = 0; i < NSLEEPERS; i++) {
		CHECK(on_time(woke[i], delay[i], KT_TOL_MS));
	}
}

/* Removing sleepers from the delta list (kill uses unsleep) at the head
   and in the middle leaves the others' wake-up times unchanged */
TESTCASE_T(clock_unsleep_keeps_times, KT_LIMIT_MS)
{
	pid32	pids[NSLEEPERS];
	int32	i;

	kt_logreset();
	recvclr();
	t_start = uptime();
	for (i = 0; i < NSLEEPERS; i++) {	/* 40, 80, 120, 160 ms	*/
		pids[i] = create(sleeper, MINSTK, KT_HIPRIO, "sleeper", 2, i,
							(i + 1) * STEP_MS);
		CHECK(pids[i] != SYSERR);
		resume(pids[i]);
	}
	sleepms(KILL_AT_MS);
	CHECK_EQ(kill(pids[0]), OK);		/* the head		*/
	CHECK_EQ(receive(), pids[0]);
	CHECK_EQ(kill(pids[2]), OK);		/* one in the middle	*/
	CHECK_EQ(receive(), pids[2]);
	CHECK(!kt_onqueue(pids[0], sleepq));
	CHECK(!kt_onqueue(pids[2], sleepq));
	CHECK_EQ(receive(), pids[1]);
	CHECK_EQ(receive(), pids[3]);
	CHECK_EQ(kt_nlog, 2);
	CHECK_EQ(kt_log[0], 1);
	CHECK_EQ(kt_log[1], 3);
	CHECK(on_time(woke[1], 2 * STEP_MS, KT_TOL_MS));
	CHECK(on_time(woke[3], 4 * STEP_MS, KT_TOL_MS));
}

/* Seconds and milliseconds agree, and time moves on while a process
   holds the CPU without blocking */
TESTCASE_T(clock_counters, KT_LIMIT_MS)
{
	intmask	mask;
	uint32	start;
	volatile int32	i;

	mask = disable();
	CHECK_EQ(clktime * CLKFREQ + count1000, clkticks);
	CHECK_EQ(uptime(), clkticks);
	restore(mask);

	start = uptime();
	kt_spin(SHORT_MS);
	CHECK(uptime() - start >= SHORT_MS);

	/* with interrupts off the clock stands still */
	mask = disable();
	start = clkticks;
	for (i = 0; i < MASKED_LOOPS; i++) {
		;
	}
	CHECK_EQ(clkticks, start);
	restore(mask);
}
