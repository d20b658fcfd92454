/* test_sched.c - tests of scheduling: priority order, preemption,
 *		  round-robin, yield, chprio/getprio, create and pids
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	RR_WINDOW_MS	100	/* time two equal spinners share	*/
#define	RR_MIN_SWITCHES	10	/* changes of hands the test waits for	*/
#define	BUSY_MS		30	/* more than a quantum			*/
#define	NARGS5		5

/* Round-robin bookkeeping of the spinner children */
static	volatile int32	rr_last;	/* spinner that ran last	*/
static	volatile int32	rr_switches;	/* times the spinner changed	*/
static	volatile uint32	rr_count[2];	/* loops of each spinner	*/

/* Spinner for the round-robin test: counts, and counts changes of hands */
local	process	rr_spinner(int32 me)
{
	for (;;) {
		rr_count[me]++;
		if (rr_last != me) {
			rr_last = me;
			rr_switches++;
		}
	}
	return OK;
}

/* Child for the yield test: logs its tag three times, yielding between */
local	process	yielder(int32 tag)
{
	int32	i;

	for (i = 0; i < 3; i++) {
		kt_logadd(tag);
		yield();
	}
	return OK;
}

/* Arguments seen by the argument-passing children */
static	volatile int32	args_seen[MAXARGS];
static	volatile bool8	args_done;

local	process	args5(int32 a, int32 b, int32 c, int32 d, int32 e)
{
	args_seen[0] = a;
	args_seen[1] = b;
	args_seen[2] = c;
	args_seen[3] = d;
	args_seen[4] = e;
	args_done = TRUE;
	return OK;
}

local	process	args16(int32 a0, int32 a1, int32 a2, int32 a3, int32 a4,
		int32 a5, int32 a6, int32 a7, int32 a8, int32 a9, int32 a10,
		int32 a11, int32 a12, int32 a13, int32 a14, int32 a15)
{
	args_seen[0] = a0;   args_seen[1] = a1;   args_seen[2] = a2;
	args_seen[3] = a3;   args_seen[4] = a4;   args_seen[5] = a5;
	args_seen[6] = a6;   args_seen[7] = a7;   args_seen[8] = a8;
	args_seen[9] = a9;   args_seen[10] = a10; args_seen[11] = a11;
	args_seen[12] = a12; args_seen[13] = a13; args_seen[14] = a14;
	args_seen[15] = a15;
	args_done = TRUE;
	return OK;
}

/* Records its own pid, to compare with what create returned */
static	volatile pid32	self_pid;

local	process	whoami(void)
{
	self_pid = getpid();
	return OK;
}

/* The first free pid at or after from, cyclically, skipping the null
   process: what a round-robin newpid must hand out next */
local	pid32	next_free_pid(pid32 from)
{
	int32	i;
	pid32	pid = from;

	for (i = 0; i < NPROC; i++, pid++) {
		if (pid >= NPROC) {
			pid = 1;
		}
		if (pid != NULLPROC && proctab[pid].prstate == PR_FREE) {
			return pid;
		}
	}
	return SYSERR;
}

/* Three ready children of different priority run highest first */
TESTCASE_T(sched_priority_order, KT_LIMIT_MS)
{
	pri16	prio[3] = { KT_HIPRIO, KT_HIPRIO + 2, KT_HIPRIO + 1 };
	pid32	pid;
	int32	i;

	kt_logreset();
	recvclr();
	chprio(getpid(), KT_TOPPRIO);	/* hold them all in the ready list */
	for (i = 0; i < 3; i++) {
		pid = create(kt_logger, MINSTK, prio[i], "logger", 1, prio[i]);
		CHECK(pid != SYSERR);
		CHECK_EQ(resume(pid), prio[i]);
	}
	CHECK_EQ(kt_nlog, 0);		/* none ran: the test is higher	*/
	chprio(getpid(), KT_LOPRIO);	/* now all run before this returns */
	CHECK_EQ(kt_nlog, 3);
	CHECK_EQ(kt_log[0], KT_HIPRIO + 2);
	CHECK_EQ(kt_log[1], KT_HIPRIO + 1);
	CHECK_EQ(kt_log[2], KT_HIPRIO);
	chprio(getpid(), INITPRIO);
	recvclr();
}

/* Resuming a higher-priority process runs it before resume returns */
TESTCASE_T(sched_resume_preempts, KT_LIMIT_MS)
{
	pid32	pid;

	kt_logreset();
	recvclr();
	pid = create(kt_logger, MINSTK, KT_HIPRIO, "logger", 1, 7);
	CHECK(pid != SYSERR);
	CHECK_EQ(kt_nlog, 0);		/* created suspended		*/
	CHECK_EQ(proctab[pid].prstate, PR_SUSP);
	CHECK_EQ(resume(pid), KT_HIPRIO);
	CHECK_EQ(kt_nlog, 1);
	CHECK_EQ(kt_log[0], 7);
	CHECK(isbadpid(pid));		/* it ran to completion		*/
	CHECK_EQ(recvclr(), pid);	/* its death notice		*/
}

/* A lower-priority process gets no CPU while the test is busy, even
   across several quanta, and runs as soon as the test blocks */
TESTCASE_T(sched_lower_waits, KT_LIMIT_MS)
{
	pid32	pid;

	kt_logreset();
	recvclr();
	pid = create(kt_logger, MINSTK, KT_LOPRIO, "logger", 1, 1);
	CHECK(pid != SYSERR);
	CHECK_EQ(resume(pid), KT_LOPRIO);
	CHECK_EQ(kt_nlog, 0);
	CHECK_EQ(proctab[pid].prstate, PR_READY);
	kt_spin(BUSY_MS);		/* quanta expire: still not its turn */
	CHECK_EQ(kt_nlog, 0);
	yield();			/* yield is for equals only	*/
	CHECK_EQ(kt_nlog, 0);
	CHECK_EQ(recvtime(KT_HANG_MS), pid);	/* test blocked: it ran	*/
	CHECK_EQ(kt_nlog, 1);
	CHECK(isbadpid(pid));
}

/* Two busy processes of the test's priority share the CPU: each is
   preempted when its quantum runs out, so the CPU keeps changing hands,
   and never more often than the quanta that ran out allow.  How many
   changes fit in a window of time depends on the host (a burst of late
   ticks can leave a spinner no instruction between two of them), so the
   test waits for RR_MIN_SWITCHES and bounds them by the ticks counted */
TESTCASE_T(sched_round_robin, KT_LIMIT_MS)
{
	pid32	a, b;
	int32	switches, naps;
	uint32	c0, c1, t0, ticks;

	rr_last = -1;
	rr_switches = 0;
	rr_count[0] = rr_count[1] = 0;
	a = create(rr_spinner, MINSTK, INITPRIO, "spinA", 1, 0);
	b = create(rr_spinner, MINSTK, INITPRIO, "spinB", 1, 1);
	CHECK(a != SYSERR && b != SYSERR);
	resume(a);
	resume(b);

	switches = rr_switches;
	c0 = rr_count[0];
	c1 = rr_count[1];
	t0 = clkticks;
	naps = 0;
	do {
		sleepms(RR_WINDOW_MS);
		naps++;
	} while (rr_switches - switches < RR_MIN_SWITCHES
				&& clkticks - t0 < KT_HANG_MS);
	switches = rr_switches - switches;
	ticks = clkticks - t0;
	CHECK(rr_count[0] > c0);
	CHECK(rr_count[1] > c1);
	/* each wake-up of the test may add a change of hands */
	if (!CHECK(switches >= RR_MIN_SWITCHES)
	    || !CHECK(switches <= (int32)(ticks / QUANTUM) + 2 * naps + 2)) {
		kprintf("  %d switches in %d ticks (%d naps), QUANTUM %d\n",
			switches, ticks, naps, QUANTUM);
	}

	/* the test got the CPU back at the end of its sleep */
	CHECK_EQ(kill(a), OK);
	CHECK_EQ(kill(b), OK);
	recvclr();
}

/* yield hands the CPU to the next process of equal priority */
TESTCASE_T(sched_yield_alternates, KT_LIMIT_MS)
{
	pid32	a, b;
	int32	i;

	kt_logreset();
	recvclr();
	chprio(getpid(), KT_TOPPRIO);
	a = create(yielder, MINSTK, KT_HIPRIO, "yieldA", 1, 'A');
	b = create(yielder, MINSTK, KT_HIPRIO, "yieldB", 1, 'B');
	CHECK(a != SYSERR && b != SYSERR);
	resume(a);
	resume(b);
	chprio(getpid(), INITPRIO);	/* both run to the end now	*/
	CHECK_EQ(kt_nlog, 6);
	for (i = 0; i < 6; i++) {
		CHECK_EQ(kt_log[i], (i % 2) ? 'B' : 'A');
	}
	CHECK(isbadpid(a) && isbadpid(b));
	CHECK_EQ(yield(), OK);		/* nothing else ready: returns	*/
	recvclr();
}

/* chprio re-queues a ready process, preempts when it should, and
   returns the old priority */
TESTCASE_T(sched_chprio_effects, KT_LIMIT_MS)
{
	pid32	pid;

	kt_logreset();
	recvclr();

	/* raising a ready process above the caller runs it at once */
	pid = create(kt_logger, MINSTK, KT_LOPRIO, "logger", 1, 1);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(kt_nlog, 0);
	CHECK_EQ(chprio(pid, KT_HIPRIO), KT_LOPRIO);
	CHECK_EQ(kt_nlog, 1);
	CHECK(isbadpid(pid));
	recvclr();

	/* lowering the caller below a ready process lets it run */
	pid = create(kt_logger, MINSTK, INITPRIO - 1, "logger", 1, 2);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(kt_nlog, 1);
	CHECK_EQ(chprio(getpid(), KT_LOPRIO), INITPRIO);
	CHECK_EQ(kt_nlog, 2);
	CHECK_EQ(kt_log[1], 2);
	CHECK_EQ(getprio(getpid()), KT_LOPRIO);
	CHECK_EQ(chprio(getpid(), INITPRIO), KT_LOPRIO);
	CHECK_EQ(getprio(getpid()), INITPRIO);
	recvclr();

	/* a suspended process gets its new priority without running */
	pid = create(kt_logger, MINSTK, KT_LOPRIO, "logger", 1, 3);
	CHECK(pid != SYSERR);
	CHECK_EQ(chprio(pid, KT_HIPRIO), KT_LOPRIO);
	CHECK_EQ(getprio(pid), KT_HIPRIO);
	CHECK_EQ(proctab[pid].prstate, PR_SUSP);
	CHECK_EQ(kt_nlog, 2);
	CHECK_EQ(resume(pid), KT_HIPRIO);	/* runs at the new priority */
	CHECK_EQ(kt_nlog, 3);
	recvclr();
}

TESTCASE_T(sched_prio_bad_args, KT_LIMIT_MS)
{
	pid32	stale = kt_freepid();

	CHECK_EQ(getprio(-1), SYSERR);
	CHECK_EQ(getprio(NPROC), SYSERR);
	CHECK_EQ(getprio(stale), SYSERR);
	CHECK_EQ(getprio(NULLPROC), 0);
	CHECK_EQ(chprio(-1, INITPRIO), SYSERR);
	CHECK_EQ(chprio(NPROC, INITPRIO), SYSERR);
	CHECK_EQ(chprio(stale, INITPRIO), SYSERR);
	CHECK_EQ(chprio(NULLPROC, INITPRIO), SYSERR);
	CHECK_EQ(chprio(getpid(), 0), SYSERR);
	CHECK_EQ(chprio(getpid(), -5), SYSERR);
	CHECK_EQ(getprio(getpid()), INITPRIO);	/* unchanged		*/
	CHECK_EQ(getprio(NULLPROC), 0);
}

/* create refuses bad arguments and allocates nothing when it does */
TESTCASE_T(sched_create_bad_args, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;

	CHECK_EQ(create(NULL, MINSTK, INITPRIO, "null", 0), SYSERR);
	CHECK_EQ(create(kt_logger, MINSTK, 0, "prio0", 1, 0), SYSERR);
	CHECK_EQ(create(kt_logger, MINSTK, -1, "prioneg", 1, 0), SYSERR);
	CHECK_EQ(create(kt_logger, MINSTK, INITPRIO, NULL, 1, 0), SYSERR);
	CHECK_EQ(create(kt_logger, MAXSTK + 8, INITPRIO, "huge", 1, 0),
		SYSERR);
	CHECK_EQ(create(kt_logger, MINSTK, INITPRIO, "manyargs",
		MAXARGS + 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
		15, 16), SYSERR);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(prcount, nproc);
}

/* Arguments arrive in order and intact, including negative values */
TESTCASE_T(sched_create_args, KT_LIMIT_MS)
{
	pid32	pid;
	int32	i;

	recvclr();
	args_done = FALSE;
	pid = create(args5, MINSTK, KT_HIPRIO, "args5", NARGS5,
		42, -1, -2147483647 - 1, 0x7fffffff, -123456);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK(args_done);
	CHECK_EQ(args_seen[0], 42);
	CHECK_EQ(args_seen[1], -1);
	CHECK_EQ(args_seen[2], -2147483647 - 1);
	CHECK_EQ(args_seen[3], 0x7fffffff);
	CHECK_EQ(args_seen[4], -123456);
	recvclr();

	args_done = FALSE;
	pid = create(args16, MINSTK, KT_HIPRIO, "args16", MAXARGS,
		0, -1, 2, -3, 4, -5, 6, -7, 8, -9, 10, -11, 12, -13, 14, -15);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK(args_done);
	for (i = 0; i < MAXARGS; i++) {
		CHECK_EQ(args_seen[i], (i % 2) ? -i : i);
	}
	recvclr();

	/* the pid a process sees is the one create returned */
	pid = create(whoami, MINSTK, KT_HIPRIO, "whoami", 0);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(self_pid, pid);
	CHECK_EQ(getpid(), currpid);
	recvclr();
}

/* pids are handed out round-robin upward: the next free one after the
   last given, so a pid just freed is not reused at once */
TESTCASE_T(sched_pid_round_robin, KT_LIMIT_MS)
{
	pid32	p1, p2, p3, expect;

	recvclr();
	p1 = create(kt_logger, MINSTK, INITPRIO, "p1", 1, 0);
	CHECK(p1 != SYSERR);
	expect = next_free_pid(p1 + 1);
	p2 = create(kt_logger, MINSTK, INITPRIO, "p2", 1, 0);
	CHECK(p2 != SYSERR);
	CHECK_EQ(p2, expect);
	CHECK(p2 > p1 || p1 >= NPROC - 2);	/* upward unless it wrapped */
	CHECK_EQ(kill(p1), OK);
	CHECK_EQ(kill(p2), OK);
	expect = next_free_pid(p2 + 1);
	p3 = create(kt_logger, MINSTK, INITPRIO, "p3", 1, 0);
	CHECK(p3 != SYSERR);
	CHECK(p3 != p1 && p3 != p2);		/* not reused at once	*/
	CHECK_EQ(p3, expect);
	CHECK_EQ(kill(p3), OK);
	recvclr();
}

/* With every table entry taken create fails cleanly */
TESTCASE_T(sched_proctab_full, KT_LIMIT_MS)
{
	static	pid32	pids[NPROC];
	int32	n, i, nfree = 0;
	uint32	heap = memfree();
	int32	nproc = prcount;

	for (i = 0; i < NPROC; i++) {
		if (proctab[i].prstate == PR_FREE) {
			nfree++;
		}
	}
	for (n = 0; n < NPROC; n++) {
		pids[n] = create(kt_logger, MINSTK, INITPRIO, "filler", 1, 0);
		if (pids[n] == SYSERR) {
			break;
		}
	}
	CHECK_EQ(n, nfree);		/* every free entry, no more	*/
	CHECK_EQ(prcount, nproc + n);
	CHECK_EQ(kt_freepid(), SYSERR);
	CHECK_EQ(create(kt_logger, MINSTK, INITPRIO, "extra", 1, 0), SYSERR);
	for (i = 0; i < n; i++) {
		CHECK_EQ(kill(pids[i]), OK);
	}
	CHECK_EQ(memfree(), heap);
	recvclr();
}

/* When the heap cannot hold another stack create fails cleanly, and a
   stack smaller than MINSTK is raised to MINSTK */
TESTCASE_T(sched_create_no_memory, KT_LIMIT_MS)
{
	static	pid32	pids[NPROC];
	intmask	mask;
	struct	memblk	*blk;
	uint32	heap = memfree(), largest = 0;
	int32	nproc = prcount;
	int32	n, i;
	pid32	pid;

	for (n = 0; n < NPROC; n++) {
		pids[n] = create(kt_logger, MAXSTK, INITPRIO, "big", 1, 0);
		if (pids[n] == SYSERR) {
			break;
		}
	}
	CHECK_EQ(prcount, nproc + n);
	if (kt_freepid() != SYSERR) {	/* it failed for want of memory	*/
		mask = disable();
		for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
			if (blk->mlength > largest) {
				largest = blk->mlength;
			}
		}
		restore(mask);
		CHECK(largest < MAXSTK);
	}
	for (i = 0; i < n; i++) {
		CHECK_EQ(kill(pids[i]), OK);
	}
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(prcount, nproc);

	pid = create(kt_logger, 0, INITPRIO, "tiny", 1, 0);
	CHECK(pid != SYSERR);
	CHECK_EQ(proctab[pid].prstklen, MINSTK);
	CHECK_EQ(heap - memfree(), MINSTK + STKSLACK);	/* and its slack */
	CHECK_EQ(kill(pid), OK);
	CHECK_EQ(memfree(), heap);
	recvclr();
}
