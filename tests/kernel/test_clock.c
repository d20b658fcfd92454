/* test_clock.c - tests of the clock: sleep accuracy, the sleep queue's
 *		  order, unsleep through kill, and the time counters
 *
 * Accuracy is counted in ticks, not measured in time (see kerntest.h): a
 * sleep of d ms must wake the process on exactly the d-th tick after the
 * call, never earlier and never later.  How long that took on the host
 * is not the kernel's to promise, so no check depends on it.
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

/* Ticks each sleeper slept, by tag */
static	volatile uint32	slept[NSLEEPERS];

/* Child that waits at the gate, sleeps delay ms, then logs its tag and
   the ticks it slept.  Interrupts are off from before the gate to the
   sleep, and the test opens the gate with its own off: every sleeper
   goes to sleep on the same tick, however slowly the host lets the test
   start them */
local	process	sleeper(int32 tag, int32 delay, sid32 gate)
{
	intmask	mask = disable();

	wait(gate);
	slept[tag] = kt_sleepticks(delay);
	restore(mask);
	kt_logadd(tag);
	return OK;
}

/* Start the sleepers, each waiting at the gate; the gate, or SYSERR */
local	sid32	start_sleepers(int32 delay[], pid32 pids[])
{
	sid32	gate = semcreate(0);
	int32	i;

	CHECK(gate != SYSERR);
	for (i = 0; i < NSLEEPERS; i++) {
		pids[i] = create(sleeper, MINSTK, KT_HIPRIO, "sleeper", 3, i,
							delay[i], gate);
		CHECK(pids[i] != SYSERR);
		resume(pids[i]);
		CHECK_EQ(proctab[pids[i]].prstate, PR_WAIT);
	}
	return gate;
}

/* Did a sleep last exactly the ticks asked? */
local	bool8	on_time(uint32 ticks, uint32 asked)
{
	if (ticks == asked) {
		return TRUE;
	}
	kprintf("  asked %d ms, woke after %d ticks\n", asked, ticks);
	return FALSE;
}

TESTCASE_T(clock_sleepms_accuracy, KT_LIMIT_MS)
{
	int32	d;
	int32	delays[3] = { 1, SHORT_MS, MEDIUM_MS };

	CHECK_EQ(sleepms(1), OK);
	for (d = 0; d < 3; d++) {
		CHECK(on_time(kt_sleepticks(delays[d]), delays[d]));
	}
}

TESTCASE_T(clock_sleep_one_second, KT_LIMIT_MS)
{
	intmask	mask;
	uint32	start, ticks;
	syscall	rc;

	mask = disable();		/* as in kt_sleepticks		*/
	start = clkticks;
	rc = sleep(1);
	ticks = clkticks - start;
	restore(mask);
	CHECK_EQ(rc, OK);
	CHECK(on_time(ticks, CLKFREQ));
}

/* Bad arguments are refused and a delay of 0 only yields: the test never
   blocks, which a bystander below it would notice (it would run) */
TESTCASE_T(clock_sleep_bad_args, KT_LIMIT_MS)
{
	volatile uint32	ran;
	pid32	by;

	recvclr();
	by = kt_bystander(&ran);
	CHECK(by != SYSERR);
	CHECK_EQ(sleep(-1), SYSERR);
	CHECK_EQ(sleepms(-1), SYSERR);
	CHECK_EQ(sleep(-2147483647 - 1), SYSERR);
	CHECK_EQ(sleepms(-2147483647 - 1), SYSERR);
	CHECK_EQ(sleep(2147483647), SYSERR);	/* ms would overflow	*/
	CHECK_EQ(sleep(0), OK);
	CHECK_EQ(sleepms(0), OK);
	CHECK_EQ(ran, 0);			/* none of them blocked	*/
	CHECK(!kt_onqueue(getpid(), sleepq));	/* nor queued itself	*/
	kt_bystander_stop(by);
}

/* Sleepers started in any order wake in the order of their delays, each
   on time; two with the same delay wake in the order they went to sleep */
TESTCASE_T(clock_wake_order, KT_LIMIT_MS)
{
	int32	delay[NSLEEPERS] = { 3 * STEP_MS, STEP_MS, 2 * STEP_MS,
				     STEP_MS };
	pid32	pids[NSLEEPERS];
	sid32	gate;
	int32	i;
	intmask	mask;

	kt_logreset();
	recvclr();
	gate = start_sleepers(delay, pids);
	mask = disable();
	signaln(gate, NSLEEPERS);	/* all asleep when it returns	*/
	restore(mask);
	for (i = 0; i < NSLEEPERS; i++) {
		CHECK_EQ(proctab[pids[i]].prstate, PR_SLEEP);
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
		CHECK(on_time(slept[i], delay[i]));
	}
	semdelete(gate);
}

/* Removing sleepers from the delta list (kill uses unsleep) at the head
   and in the middle leaves the others' wake-up times unchanged */
TESTCASE_T(clock_unsleep_keeps_times, KT_LIMIT_MS)
{
	int32	delay[NSLEEPERS] = { STEP_MS, 2 * STEP_MS, 3 * STEP_MS,
				     4 * STEP_MS };
	pid32	pids[NSLEEPERS];
	sid32	gate;
	intmask	mask;

	kt_logreset();
	recvclr();
	gate = start_sleepers(delay, pids);
	/* The test goes to sleep on the tick the sleepers do, and no tick
	   comes between its wake-up and the kills, however late it gets
	   the CPU: all four are still asleep when killed */
	mask = disable();
	signaln(gate, NSLEEPERS);
	sleepms(KILL_AT_MS);
	CHECK_EQ(proctab[pids[0]].prstate, PR_SLEEP);
	CHECK_EQ(kill(pids[0]), OK);		/* the head		*/
	CHECK_EQ(receive(), pids[0]);		/* there: no blocking	*/
	CHECK_EQ(kill(pids[2]), OK);		/* one in the middle	*/
	CHECK_EQ(receive(), pids[2]);
	restore(mask);
	CHECK(!kt_onqueue(pids[0], sleepq));
	CHECK(!kt_onqueue(pids[2], sleepq));
	CHECK_EQ(receive(), pids[1]);
	CHECK_EQ(receive(), pids[3]);
	CHECK_EQ(kt_nlog, 2);
	CHECK_EQ(kt_log[0], 1);
	CHECK_EQ(kt_log[1], 3);
	CHECK(on_time(slept[1], delay[1]));
	CHECK(on_time(slept[3], delay[3]));
	semdelete(gate);
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
