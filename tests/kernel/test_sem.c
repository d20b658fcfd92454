/* test_sem.c - tests of semaphores: wait/signal order, signaln, semreset,
 *		semdelete, semcount and bad arguments
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	NWAITERS	4
#define	RC_NONE		12345		/* "wait has not returned"	*/

/* What each waiter's wait() returned, by tag */
static	volatile int32	waitrc[NWAITERS];

/* Child that waits on sem, then logs its tag and ends */
local	process	waiter(sid32 sem, int32 tag)
{
	int32	rc;

	rc = wait(sem);
	waitrc[tag] = rc;
	kt_logadd(tag);
	return OK;
}

/* Start n waiters on sem, with priorities given, tags 0..n-1; each runs at
   once (it is above the test) and blocks, in the order started */
local	void	start_waiters(sid32 sem, int32 n, pri16 *prio, pid32 *pids)
{
	int32	i;

	kt_logreset();
	for (i = 0; i < n; i++) {
		waitrc[i] = RC_NONE;
		pids[i] = create(waiter, MINSTK, prio[i], "waiter", 2, sem, i);
		CHECK(pids[i] != SYSERR);
		resume(pids[i]);
		CHECK_EQ(proctab[pids[i]].prstate, PR_WAIT);
		CHECK_EQ(semcount(sem), -(i + 1));
	}
	CHECK_EQ(kt_nlog, 0);
}

TESTCASE_T(sem_create_bad_count, KT_LIMIT_MS)
{
	CHECK_EQ(semcreate(-1), SYSERR);
	CHECK_EQ(semcreate(-2147483647 - 1), SYSERR);
}

/* wait does not block while the count is positive */
TESTCASE_T(sem_count_no_block, KT_LIMIT_MS)
{
	sid32	sem = semcreate(2);

	CHECK(sem != SYSERR);
	CHECK_EQ(semcount(sem), 2);
	CHECK_EQ(wait(sem), OK);
	CHECK_EQ(wait(sem), OK);
	CHECK_EQ(semcount(sem), 0);
	CHECK_EQ(signal(sem), OK);
	CHECK_EQ(semcount(sem), 1);
	CHECK_EQ(semdelete(sem), OK);
}

/* Waiters are released first come, first served, whatever their
   priority; each signal releases exactly one */
TESTCASE_T(sem_fifo_order, KT_LIMIT_MS)
{
	pri16	prio[3] = { KT_HIPRIO, KT_HIPRIO + 5, KT_HIPRIO + 2 };
	pid32	pids[3];
	sid32	sem = semcreate(0);
	int32	i;

	CHECK(sem != SYSERR);
	recvclr();
	start_waiters(sem, 3, prio, pids);
	for (i = 0; i < 3; i++) {
		CHECK_EQ(signal(sem), OK);
		CHECK_EQ(kt_nlog, i + 1);	/* ran before signal returned */
		CHECK_EQ(kt_log[i], i);
		CHECK_EQ(waitrc[i], OK);
		CHECK_EQ(semcount(sem), -(3 - i - 1));
	}
	CHECK_EQ(semdelete(sem), OK);
	recvclr();
}

/* signaln releases exactly n waiters, all made ready before any runs
   (so they then run by priority), and adds n to the count */
TESTCASE_T(sem_signaln, KT_LIMIT_MS)
{
	pri16	prio[NWAITERS] = { KT_HIPRIO, KT_HIPRIO + 1, KT_HIPRIO + 2,
				   KT_HIPRIO + 3 };
	pid32	pids[NWAITERS];
	sid32	sem = semcreate(0);

	CHECK(sem != SYSERR);
	recvclr();
	start_waiters(sem, NWAITERS, prio, pids);
	CHECK_EQ(signaln(sem, 3), OK);
	CHECK_EQ(kt_nlog, 3);
	CHECK_EQ(kt_log[0], 2);		/* highest of the three first	*/
	CHECK_EQ(kt_log[1], 1);
	CHECK_EQ(kt_log[2], 0);
	CHECK_EQ(semcount(sem), -1);
	CHECK_EQ(proctab[pids[3]].prstate, PR_WAIT);
	CHECK_EQ(waitrc[3], RC_NONE);

	CHECK_EQ(signaln(sem, 0), SYSERR);	/* Xinu: a count must be > 0 */
	CHECK_EQ(semcount(sem), -1);
	CHECK_EQ(kt_nlog, 3);
	CHECK_EQ(signaln(sem, 1), OK);
	CHECK_EQ(kt_nlog, 4);
	CHECK_EQ(kt_log[3], 3);
	CHECK_EQ(signaln(sem, 5), OK);	/* no waiters: count grows	*/
	CHECK_EQ(semcount(sem), 5);
	CHECK_EQ(signaln(sem, -1), SYSERR);
	CHECK_EQ(semcount(sem), 5);
	CHECK_EQ(semdelete(sem), OK);
	recvclr();
}

/* semreset releases every waiter and sets the count */
TESTCASE_T(sem_reset_with_waiters, KT_LIMIT_MS)
{
	pri16	prio[2] = { KT_HIPRIO, KT_HIPRIO };
	pid32	pids[2];
	sid32	sem = semcreate(0);

	CHECK(sem != SYSERR);
	recvclr();
	start_waiters(sem, 2, prio, pids);
	CHECK_EQ(semreset(sem, 5), OK);
	CHECK_EQ(kt_nlog, 2);
	CHECK_EQ(kt_log[0], 0);
	CHECK_EQ(kt_log[1], 1);
	CHECK_EQ(waitrc[0], OK);
	CHECK_EQ(waitrc[1], OK);
	CHECK_EQ(semcount(sem), 5);
	CHECK(isbadpid(pids[0]) && isbadpid(pids[1]));
	CHECK_EQ(semreset(sem, -1), SYSERR);
	CHECK_EQ(semcount(sem), 5);
	CHECK_EQ(semreset(sem, 0), OK);	/* no waiters			*/
	CHECK_EQ(semcount(sem), 0);
	CHECK_EQ(semdelete(sem), OK);
	recvclr();
}

/* semdelete makes its waiters ready; their wait returns; the id is dead */
TESTCASE_T(sem_delete_with_waiters, KT_LIMIT_MS)
{
	pri16	prio[2] = { KT_HIPRIO, KT_HIPRIO };
	pid32	pids[2];
	sid32	sem = semcreate(0);

	CHECK(sem != SYSERR);
	recvclr();
	start_waiters(sem, 2, prio, pids);
	CHECK_EQ(semdelete(sem), OK);
	CHECK_EQ(kt_nlog, 2);
	CHECK(waitrc[0] != RC_NONE);
	CHECK(waitrc[1] != RC_NONE);
	CHECK(isbadpid(pids[0]) && isbadpid(pids[1]));
	CHECK_EQ(semcount(sem), SYSERR);
	CHECK_EQ(semdelete(sem), SYSERR);	/* not twice		*/
	recvclr();
}

/* Killing a waiter takes it off the queue and gives back its count */
TESTCASE_T(sem_kill_waiter, KT_LIMIT_MS)
{
	pri16	prio[2] = { KT_HIPRIO, KT_HIPRIO };
	pid32	pids[2];
	sid32	sem = semcreate(0);

	CHECK(sem != SYSERR);
	recvclr();
	start_waiters(sem, 2, prio, pids);
	CHECK_EQ(kill(pids[0]), OK);
	CHECK_EQ(receive(), pids[0]);
	CHECK_EQ(semcount(sem), -1);
	CHECK_EQ(signal(sem), OK);	/* releases the survivor	*/
	CHECK_EQ(kt_nlog, 1);
	CHECK_EQ(kt_log[0], 1);
	CHECK_EQ(semcount(sem), 0);
	CHECK_EQ(semdelete(sem), OK);
	recvclr();
}

/* Every call refuses an id out of range or not allocated */
local	void	check_badsem(sid32 sem)
{
	CHECK_EQ(wait(sem), SYSERR);
	CHECK_EQ(signal(sem), SYSERR);
	CHECK_EQ(signaln(sem, 1), SYSERR);
	CHECK_EQ(semcount(sem), SYSERR);
	CHECK_EQ(semreset(sem, 0), SYSERR);
	CHECK_EQ(semdelete(sem), SYSERR);
}

TESTCASE_T(sem_bad_ids, KT_LIMIT_MS)
{
	sid32	sem;

	check_badsem(-1);
	check_badsem(NSEM);
	check_badsem(-2147483647 - 1);
	sem = semcreate(0);
	CHECK(sem != SYSERR);
	CHECK_EQ(semdelete(sem), OK);
	check_badsem(sem);		/* a deleted semaphore		*/
}

/* Semaphores run out after NSEM and come back when deleted */
TESTCASE_T(sem_table_full, KT_LIMIT_MS)
{
	static	sid32	sems[NSEM];
	int32	n, i, used = 0;

	for (i = 0; i < NSEM; i++) {
		if (semtab[i].sstate != S_FREE) {
			used++;
		}
	}
	for (n = 0; n < NSEM; n++) {
		if ((sems[n] = semcreate(1)) == SYSERR) {
			break;
		}
	}
	CHECK_EQ(n + used, NSEM);
	CHECK_EQ(semcreate(0), SYSERR);
	for (i = 0; i < n; i++) {
		CHECK_EQ(semdelete(sems[i]), OK);
	}
	sems[0] = semcreate(0);
	CHECK(sems[0] != SYSERR);
	CHECK_EQ(semdelete(sems[0]), OK);
}
