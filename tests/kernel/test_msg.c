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
static	volatile uint32	napped;		/* ticks the napper slept	*/
static	volatile uint32	sent_after;	/* ticks the sender slept	*/

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
	sent_after = kt_sleepticks(delay);
	send(pid, msg);
	return OK;
}

/* Child that sleeps, then picks up whatever message came meanwhile */
local	process	napper(int32 delay)
{
	napped = kt_sleepticks(delay);
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

	recvclr();
	gotit = FALSE;
	pid = create(napper, MINSTK, KT_HIPRIO, "napper", 1, SLEEPER_MS);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(send(pid, MSG_A), OK);
	CHECK_EQ(proctab[pid].prstate, PR_SLEEP);
	CHECK(!gotit);
	CHECK_EQ(receive(), pid);
	CHECK(gotit);
	CHECK_EQ(got, MSG_A);
	CHECK_EQ(napped, SLEEPER_MS);		/* slept its full time	*/
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

/* recvtime with the test's interrupts off across the wait (as in
   kt_sleepticks): *ticks is the tick the kernel chose to return on */
local	umsg32	recvticks(int32 maxwait, uint32 *ticks)
{
	intmask	mask = disable();
	uint32	start = clkticks;
	umsg32	msg;

	msg = recvtime(maxwait);
	*ticks = clkticks - start;
	restore(mask);
	return msg;
}

/* recvtime with nothing coming returns TIMEOUT on the tick the time runs
   out (never earlier, never later); recvtime(0) at the latest on the
   next tick */
TESTCASE_T(msg_recvtime_timeout, KT_LIMIT_MS)
{
	uint32	ticks;

	recvclr();
	CHECK_EQ(recvticks(RECV_WAIT_MS, &ticks), TIMEOUT);
	if (!CHECK_EQ(ticks, RECV_WAIT_MS)) {
		kprintf("  recvtime(%d) returned after %d ticks\n",
			RECV_WAIT_MS, ticks);
	}
	CHECK(!kt_onqueue(getpid(), sleepq));

	CHECK_EQ(recvticks(0, &ticks), TIMEOUT);
	CHECK(ticks <= 1);
	CHECK(!kt_onqueue(getpid(), sleepq));
}

/* A message that comes before the time is up is returned at once, and
   the process no longer sits in the sleep queue */
TESTCASE_T(msg_recvtime_early, KT_LIMIT_MS)
{
	pid32	pid, by;
	uint32	ticks;
	volatile uint32	ran;

	recvclr();
	pid = create(sender, MINSTK, KT_HIPRIO, "sender", 3, getpid(),
							MSG_A, SEND_DELAY_MS);
	CHECK(pid != SYSERR);
	resume(pid);
	CHECK_EQ(proctab[pid].prstate, PR_SLEEP);
	CHECK_EQ(recvtime(KT_NEVER), MSG_A);
	CHECK(!kt_onqueue(getpid(), sleepq));
	CHECK(isbadpid(pid));		/* the sender ran to its end	*/
	CHECK_EQ(sent_after, SEND_DELAY_MS);
	recvclr();

	/* a message already there is returned without blocking: a
	   bystander below the test never runs */
	by = kt_bystander(&ran);
	CHECK(by != SYSERR);
	CHECK_EQ(send(getpid(), MSG_B), OK);
	CHECK_EQ(recvtime(KT_NEVER), MSG_B);
	CHECK_EQ(ran, 0);
	CHECK(!kt_onqueue(getpid(), sleepq));
	kt_bystander_stop(by);

	/* and a later recvtime times out normally */
	CHECK_EQ(recvticks(RECV_WAIT_MS, &ticks), TIMEOUT);
	CHECK_EQ(ticks, RECV_WAIT_MS);
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
