/* test_proc.c - tests of kill, suspend and resume: killing a process in
 *		 every state, the parent's death notice, and bad arguments
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	NAP_MS		10		/* a child's short sleep	*/

static	volatile bool8	reached;	/* a child got past a call	*/

/* Children that block in one way each */
local	process	sleeper(void)
{
	sleepms(KT_NEVER);
	reached = TRUE;
	return OK;
}

local	process	semwaiter(sid32 sem)
{
	wait(sem);
	reached = TRUE;
	return OK;
}

local	process	receiver(void)
{
	receive();
	reached = TRUE;
	return OK;
}

local	process	timedreceiver(void)
{
	recvtime(KT_NEVER);
	reached = TRUE;
	return OK;
}

/* Child that suspends itself, then logs when resumed */
local	process	selfsuspender(void)
{
	suspend(getpid());
	kt_logadd(1);
	return OK;
}

/* Child that kills itself: nothing after the kill may run */
local	process	suicide(void)
{
	kill(getpid());
	reached = TRUE;
	return OK;
}

/* Child that naps, then ends (used with a parent blocked in receive) */
local	process	napper(void)
{
	sleepms(NAP_MS);
	return OK;
}

/* Kill pid, which must be in state, and check that it is gone for good:
   its parent (the test) gets its pid, and the heap and process count are
   back to what they were before it was created */
local	void	kill_and_check(pid32 pid, uint16 state, uint32 heap,
			int32 nproc)
{
	CHECK_EQ(proctab[pid].prstate, state);
	CHECK_EQ(kill(pid), OK);
	CHECK(isbadpid(pid));
	CHECK_EQ(receive(), pid);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(prcount, nproc);
	CHECK(!kt_onqueue(pid, sleepq));
	CHECK(!kt_onqueue(pid, readylist));
	CHECK_EQ(kill(pid), SYSERR);		/* not twice		*/
	CHECK_EQ(send(pid, 1), SYSERR);
	CHECK(!reached);
}

/* Create a child above the test, let it run until it blocks */
local	pid32	start_child(void *func, int32 nargs, int32 arg)
{
	pid32	pid;

	reached = FALSE;
	pid = create(func, MINSTK, KT_HIPRIO, "child", nargs, arg);
	CHECK(pid != SYSERR);
	resume(pid);
	return pid;
}

TESTCASE_T(proc_kill_sleeping, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pid32	pid;

	recvclr();
	pid = start_child(sleeper, 0, 0);
	CHECK(kt_onqueue(pid, sleepq));
	kill_and_check(pid, PR_SLEEP, heap, nproc);
	CHECK_EQ(sleepms(NAP_MS), OK);		/* the clock goes on	*/
}

TESTCASE_T(proc_kill_waiting, KT_LIMIT_MS)
{
	uint32	heap;
	int32	nproc = prcount;
	sid32	sem = semcreate(1);
	pid32	pid;

	CHECK(sem != SYSERR);
	recvclr();
	CHECK_EQ(wait(sem), OK);		/* count 0		*/
	heap = memfree();
	pid = start_child(semwaiter, 1, sem);
	CHECK_EQ(semcount(sem), -1);
	kill_and_check(pid, PR_WAIT, heap, nproc);
	CHECK_EQ(semcount(sem), 0);		/* its wait is undone	*/
	CHECK_EQ(signal(sem), OK);
	CHECK_EQ(semcount(sem), 1);
	CHECK_EQ(semdelete(sem), OK);
}

TESTCASE_T(proc_kill_suspended, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pid32	pid;

	recvclr();
	reached = FALSE;
	pid = create(sleeper, MINSTK, KT_HIPRIO, "child", 0);
	CHECK(pid != SYSERR);
	kill_and_check(pid, PR_SUSP, heap, nproc);

	/* suspended after it ran */
	kt_logreset();
	pid = start_child(selfsuspender, 0, 0);
	kill_and_check(pid, PR_SUSP, heap, nproc);
	CHECK_EQ(kt_nlog, 0);
}

TESTCASE_T(proc_kill_ready, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pid32	pid;

	recvclr();
	reached = FALSE;
	pid = create(sleeper, MINSTK, KT_LOPRIO, "child", 0);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK(kt_onqueue(pid, readylist));
	kill_and_check(pid, PR_READY, heap, nproc);
}

TESTCASE_T(proc_kill_receiving, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pid32	pid;

	recvclr();
	pid = start_child(receiver, 0, 0);
	kill_and_check(pid, PR_RECV, heap, nproc);
}

TESTCASE_T(proc_kill_recvtime, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pid32	pid;

	recvclr();
	pid = start_child(timedreceiver, 0, 0);
	CHECK(kt_onqueue(pid, sleepq));
	kill_and_check(pid, PR_RECTIM, heap, nproc);
	CHECK_EQ(sleepms(NAP_MS), OK);
}

/* A process that kills itself stops there; its parent is told */
TESTCASE_T(proc_kill_self, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pid32	pid;

	recvclr();
	pid = start_child(suicide, 0, 0);
	CHECK(isbadpid(pid));
	CHECK(!reached);
	CHECK_EQ(receive(), pid);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(prcount, nproc);
}

TESTCASE_T(proc_kill_bad_args, KT_LIMIT_MS)
{
	int32	nproc = prcount;

	recvclr();
	CHECK_EQ(kill(NULLPROC), SYSERR);
	CHECK_EQ(kill(-1), SYSERR);
	CHECK_EQ(kill(NPROC), SYSERR);
	CHECK_EQ(kill(kt_freepid()), SYSERR);
	CHECK_EQ(prcount, nproc);
	CHECK_EQ(proctab[NULLPROC].prstate != PR_FREE, TRUE);
	CHECK_EQ(recvclr(), OK);		/* no notice was sent	*/
}

/* The death notice means the process is gone: when a parent blocked in
   receive gets the pid, the child's entry and stack must already be free.
   (The children here are not above the parent, so the notice readies a
   parent that may run at once.) */
TESTCASE_T(proc_notice_after_death, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nproc = prcount;
	pri16	prio[2] = { INITPRIO, KT_LOPRIO };
	pid32	pid;
	int32	i;
	uint32	t0;

	for (i = 0; i < 2; i++) {
		recvclr();
		pid = create(napper, MINSTK, prio[i], "napper", 0);
		CHECK(pid != SYSERR);
		resume(pid);
		CHECK_EQ(receive(), pid);
		if (!CHECK(isbadpid(pid)) || !CHECK_EQ(memfree(), heap)) {
			kprintf("  child of priority %d still in state %d "
				"after its death notice\n", prio[i],
				proctab[pid].prstate);
		}
		CHECK_EQ(prcount, nproc);
		/* let it finish if it did not (only a hang takes this long) */
		for (t0 = clkticks; !isbadpid(pid)
				&& clkticks - t0 < KT_HANG_MS; ) {
			sleepms(1);
		}
		CHECK(isbadpid(pid));
	}
}

/* suspend and resume: states, priorities returned, bad arguments */
TESTCASE_T(proc_suspend_resume, KT_LIMIT_MS)
{
	pid32	pid, stale = kt_freepid();

	recvclr();
	kt_logreset();

	/* a process that suspends itself runs on when resumed */
	pid = start_child(selfsuspender, 0, 0);
	CHECK_EQ(proctab[pid].prstate, PR_SUSP);
	CHECK_EQ(kt_nlog, 0);
	CHECK_EQ(resume(pid), KT_HIPRIO);
	CHECK_EQ(kt_nlog, 1);
	CHECK(isbadpid(pid));
	CHECK_EQ(receive(), pid);

	/* a ready process can be suspended and resumed */
	pid = create(kt_logger, MINSTK, KT_LOPRIO, "logger", 1, 2);
	CHECK(pid != SYSERR);
	CHECK_EQ(resume(pid), KT_LOPRIO);
	CHECK_EQ(resume(pid), SYSERR);		/* ready, not suspended	*/
	CHECK_EQ(suspend(pid), KT_LOPRIO);
	CHECK_EQ(proctab[pid].prstate, PR_SUSP);
	CHECK(!kt_onqueue(pid, readylist));
	sleepms(NAP_MS);			/* it must not run	*/
	CHECK_EQ(kt_nlog, 1);
	CHECK_EQ(resume(pid), KT_LOPRIO);
	CHECK_EQ(recvtime(KT_HANG_MS), pid);	/* test blocked: it ran	*/
	CHECK_EQ(kt_nlog, 2);

	/* blocked processes can be neither suspended nor resumed */
	pid = start_child(sleeper, 0, 0);
	CHECK_EQ(suspend(pid), SYSERR);
	CHECK_EQ(resume(pid), SYSERR);
	CHECK_EQ(proctab[pid].prstate, PR_SLEEP);
	CHECK_EQ(kill(pid), OK);
	CHECK_EQ(receive(), pid);
	pid = start_child(receiver, 0, 0);
	CHECK_EQ(suspend(pid), SYSERR);
	CHECK_EQ(resume(pid), SYSERR);
	CHECK_EQ(proctab[pid].prstate, PR_RECV);
	CHECK_EQ(kill(pid), OK);
	CHECK_EQ(receive(), pid);

	/* bad pids, the null process, the caller */
	CHECK_EQ(suspend(-1), SYSERR);
	CHECK_EQ(suspend(NPROC), SYSERR);
	CHECK_EQ(suspend(stale), SYSERR);
	CHECK_EQ(suspend(NULLPROC), SYSERR);
	CHECK_EQ(resume(-1), SYSERR);
	CHECK_EQ(resume(NPROC), SYSERR);
	CHECK_EQ(resume(stale), SYSERR);
	CHECK_EQ(resume(NULLPROC), SYSERR);
	CHECK_EQ(resume(getpid()), SYSERR);	/* running, not suspended */
	CHECK_EQ(proctab[getpid()].prstate, PR_CURR);
}
