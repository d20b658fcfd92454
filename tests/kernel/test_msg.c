/* test_msg.c - tests of messages: send, receive, recvclr, recvtime */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	MSG_A		0xdeadbeef	/* arbitrary message values	*/
#define	MSG_B		0x12345678
#define	RECV_WAIT_MS	50		/* recvtime that runs out	*/
#define	SEND_DELAY_MS	20		/* sender's delay		*/
#define	SLEEPER_MS	50		/* a sleeping recipient's nap	*/

static	volatile umsg32	got;		/* what the receiver received	*/
static	volatile bool8	gotit;

/* Child that receives one message and records it */
local	process	receiver(void)
{
	got = receive();
	gotit = TRUE;
	return OK;
}

/* Child that sends msg to pid after delay ms */
local	process	sender(pid32 pid, umsg32 msg, int32 delay)
{
	sleepms(delay);
	send(pid, msg);
	return OK;
}

/* Child that sleeps, then picks up whatever message came meanwhile */
local	process	napper(int32 delay)
{
	sleepms(delay);
	got = recvclr();
	gotit = TRUE;
	return OK;
}

/* send readies a receiving process with the message */
TESTCASE_T(msg_send_receive, KT_LIMIT_MS)
{
	pid32	pid;

	recvclr();
	gotit = FALSE;
	pid = create(receiver, MINSTK, KT_HIPRIO, "receiver", 0);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(proctab[pid].prstate, PR_RECV);
	CHECK(!gotit);
	CHECK_EQ(send(pid, MSG_A), OK);
	CHECK(gotit);			/* it ran before send returned	*/
	CHECK_EQ(got, MSG_A);
	CHECK(isbadpid(pid));
	CHECK_EQ(receive(), pid);	/* its death notice		*/
}

/* A process holds one message: a second send fails and the first one
   is the one delivered */
TESTCASE_T(msg_one_slot, KT_LIMIT_MS)
{
	pid32	pid;

	recvclr();
	CHECK_EQ(send(getpid(), MSG_A), OK);
	CHECK_EQ(send(getpid(), MSG_B), SYSERR);
	CHECK_EQ(receive(), MSG_A);

	/* the same for a process that is not receiving yet */
	gotit = FALSE;
	pid = create(receiver, MINSTK, KT_HIPRIO, "receiver", 0);
	CHECK(pid != SYSERR);
	CHECK_EQ(send(pid, MSG_B), OK);
	CHECK_EQ(send(pid, MSG_A), SYSERR);
	CHECK_EQ(proctab[pid].prstate, PR_SUSP);	/* not woken	*/
	resume(pid);
	CHECK(gotit);			/* receive returned at once	*/
	CHECK_EQ(got, MSG_B);
	CHECK_EQ(receive(), pid);
}

/* A message to a sleeping process waits for it; it is not woken */
TESTCASE_T(msg_send_to_sleeper, KT_LIMIT_MS)
{
	pid32	pid;
	uint32	start;

	recvclr();
	gotit = FALSE;
	start = uptime();
	pid = create(napper, MINSTK, KT_HIPRIO, "napper", 1, SLEEPER_MS);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(send(pid, MSG_A), OK);
	CHECK_EQ(proctab[pid].prstate, PR_SLEEP);
	CHECK(!gotit);
	CHECK_EQ(receive(), pid);
	CHECK(gotit);
	CHECK_EQ(got, MSG_A);
	CHECK(uptime() - start >= SLEEPER_MS);
}

/* recvclr returns a waiting message and clears it, or OK if none */
TESTCASE_T(msg_recvclr, KT_LIMIT_MS)
{
	recvclr();
	CHECK_EQ(recvclr(), OK);
	CHECK_EQ(send(getpid(), MSG_A), OK);
	CHECK_EQ(recvclr(), MSG_A);
	CHECK_EQ(recvclr(), OK);
	CHECK_EQ(send(getpid(), MSG_B), OK);	/* the slot is free again */
	CHECK_EQ(receive(), MSG_B);
}

/* recvtime with nothing coming returns TIMEOUT after the time asked
   (never earlier; at most KT_TOL_MS later) */
TESTCASE_T(msg_recvtime_timeout, KT_LIMIT_MS)
{
	uint32	start, elapsed;

	recvclr();
	start = uptime();
	CHECK_EQ(recvtime(RECV_WAIT_MS), TIMEOUT);
	elapsed = uptime() - start;
	if (!CHECK(elapsed >= RECV_WAIT_MS)
	    || !CHECK(elapsed <= RECV_WAIT_MS + KT_TOL_MS)) {
		kprintf("  recvtime(%d) took %d ms\n", RECV_WAIT_MS, elapsed);
	}
	CHECK(!kt_onqueue(getpid(), sleepq));

	start = uptime();
	CHECK_EQ(recvtime(0), TIMEOUT);
	CHECK(uptime() - start <= KT_TOL_MS);
}

/* A message that comes before the time is up is returned at once, and
   the process no longer sits in the sleep queue */
TESTCASE_T(msg_recvtime_early, KT_LIMIT_MS)
{
	pid32	pid;
	uint32	start, elapsed;

	recvclr();
	start = uptime();
	pid = create(sender, MINSTK, KT_HIPRIO, "sender", 3, getpid(),
							MSG_A, SEND_DELAY_MS);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(recvtime(KT_NEVER), MSG_A);
	elapsed = uptime() - start;
	CHECK(elapsed >= SEND_DELAY_MS);
	CHECK(elapsed <= SEND_DELAY_MS + KT_TOL_MS);
	CHECK(!kt_onqueue(getpid(), sleepq));
	CHECK(isbadpid(pid));
	recvclr();

	/* a message already there is returned without waiting */
	CHECK_EQ(send(getpid(), MSG_B), OK);
	start = uptime();
	CHECK_EQ(recvtime(KT_NEVER), MSG_B);
	CHECK(uptime() - start <= 1);

	/* and a later recvtime times out normally */
	start = uptime();
	CHECK_EQ(recvtime(RECV_WAIT_MS), TIMEOUT);
	elapsed = uptime() - start;
	CHECK(elapsed >= RECV_WAIT_MS);
	CHECK(elapsed <= RECV_WAIT_MS + KT_TOL_MS);
}

TESTCASE_T(msg_bad_args, KT_LIMIT_MS)
{
	recvclr();
	CHECK_EQ(send(-1, MSG_A), SYSERR);
	CHECK_EQ(send(NPROC, MSG_A), SYSERR);
	CHECK_EQ(send(kt_freepid(), MSG_A), SYSERR);
	CHECK_EQ(recvtime(-1), SYSERR);
	CHECK_EQ(recvtime(-2147483647 - 1), SYSERR);

	/* a refused recvtime leaves a waiting message alone */
	CHECK_EQ(send(getpid(), MSG_A), OK);
	CHECK_EQ(recvtime(-1), SYSERR);
	CHECK_EQ(recvclr(), MSG_A);
}
