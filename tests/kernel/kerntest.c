/* kerntest.c - kt_logreset, kt_logadd, kt_logger, kt_counter, kt_freepid,
 *		kt_onqueue, kt_nfreeblocks, kt_isfree, kt_spin,
 *		kt_sleepticks, kt_bystander, kt_bystander_stop, kt_waitchange
 *
 * Helpers of the base-kernel tests (see kerntest.h).  The queue and heap
 * walks read kernel lists directly, with interrupts off, so a test can
 * state exactly where a block or a process must be.
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

volatile int32	kt_log[KT_LOGMAX];
volatile int32	kt_nlog;

/*------------------------------------------------------------------------
 * kt_logreset - empty the order log
 *------------------------------------------------------------------------
 */
void	kt_logreset(void)
{
	kt_nlog = 0;
}

/*------------------------------------------------------------------------
 * kt_logadd - append a tag to the order log
 *------------------------------------------------------------------------
 */
void	kt_logadd(int32 tag)
{
	intmask	mask = disable();

	if (kt_nlog < KT_LOGMAX) {
		kt_log[kt_nlog++] = tag;
	}
	restore(mask);
}

/*------------------------------------------------------------------------
 * kt_logger - child that logs its tag and ends
 *------------------------------------------------------------------------
 */
process	kt_logger(int32 tag)
{
	kt_logadd(tag);
	return OK;
}

/*------------------------------------------------------------------------
 * kt_counter - child that counts for as long as it gets the CPU, until
 *		it is killed: shows whether it ran and that it still runs
 *------------------------------------------------------------------------
 */
process	kt_counter(volatile uint32 *count)
{
	for (;;) {
		(*count)++;
	}
	return OK;
}

/*------------------------------------------------------------------------
 * kt_freepid - a valid pid number whose table entry is free (a "stale"
 *		pid), or SYSERR if the table is full
 *------------------------------------------------------------------------
 */
pid32	kt_freepid(void)
{
	pid32	pid;

	for (pid = NPROC - 1; pid > NULLPROC; pid--) {
		if (proctab[pid].prstate == PR_FREE) {
			return pid;
		}
	}
	return SYSERR;
}

/*------------------------------------------------------------------------
 * kt_onqueue - is the process on queue q (the ready list, sleepq, ...)?
 *------------------------------------------------------------------------
 */
bool8	kt_onqueue(pid32 pid, qid16 q)
{
	intmask	mask = disable();
	int32	i, n;

	for (i = firstid(q), n = 0; i < NPROC && n <= NPROC;
					i = queuetab[i].qnext, n++) {
		if (i == pid) {
			restore(mask);
			return TRUE;
		}
	}
	restore(mask);
	return FALSE;
}

/*------------------------------------------------------------------------
 * kt_nfreeblocks - number of blocks on the heap's free list
 *------------------------------------------------------------------------
 */
int32	kt_nfreeblocks(void)
{
	intmask	mask = disable();
	struct	memblk	*blk;
	int32	n = 0;

	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		n++;
	}
	restore(mask);
	return n;
}

/*------------------------------------------------------------------------
 * kt_isfree - does [addr, addr+len) lie inside a single free block?
 *------------------------------------------------------------------------
 */
bool8	kt_isfree(char *addr, uint32 len)
{
	intmask	mask = disable();
	struct	memblk	*blk;
	uint32	a = (uint32)addr;

	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		if ((uint32)blk <= a
		    && a + len <= (uint32)blk + blk->mlength) {
			restore(mask);
			return TRUE;
		}
	}
	restore(mask);
	return FALSE;
}

/*------------------------------------------------------------------------
 * kt_spin - keep the CPU (no blocking call) for ms milliseconds
 *------------------------------------------------------------------------
 */
void	kt_spin(uint32 ms)
{
	uint32	start = uptime();

	while (uptime() - start < ms) {
		;
	}
}

/*------------------------------------------------------------------------
 * kt_sleepticks - sleep ms milliseconds and return the clock ticks from
 *		   the call to the moment the process runs again
 *
 * Interrupts stay off in this process across the sleep (their state is
 * saved per process, as in every blocking system call), so no tick can
 * come between reading the counter and going to sleep, nor between the
 * wake-up and the second reading: the count is the tick the kernel chose
 * to wake the process, however late or bunched the host delivered the
 * ticks.  Exact only if the caller is then the highest ready process.
 *------------------------------------------------------------------------
 */
uint32	kt_sleepticks(int32 ms)
{
	intmask	mask = disable();
	uint32	start = clkticks, ticks;

	sleepms(ms);
	ticks = clkticks - start;
	restore(mask);
	return ticks;
}

/*------------------------------------------------------------------------
 * kt_bystander - start a counter below the test: it gets the CPU only
 *		  while the test is blocked, so *count still 0 later shows
 *		  that the test never blocked
 *------------------------------------------------------------------------
 */
pid32	kt_bystander(volatile uint32 *count)
{
	pid32	pid;

	*count = 0;
	pid = create(kt_counter, MINSTK, KT_LOPRIO, "bystander", 1, count);
	if (pid != SYSERR) {
		resume(pid);
	}
	return pid;
}

/*------------------------------------------------------------------------
 * kt_bystander_stop - kill a bystander and take its death notice
 *------------------------------------------------------------------------
 */
void	kt_bystander_stop(pid32 pid)
{
	if (pid != SYSERR && kill(pid) == OK) {
		while (receive() != (umsg32)pid) {
			;
		}
	}
}

/*------------------------------------------------------------------------
 * kt_waitchange - block until *count differs from old; FALSE if it did
 *		   not within KT_HANG_MS (a hang, not a slow host)
 *------------------------------------------------------------------------
 */
bool8	kt_waitchange(volatile uint32 *count, uint32 old)
{
	uint32	start = clkticks;

	while (*count == old) {
		if (clkticks - start > KT_HANG_MS) {
			return FALSE;
		}
		sleepms(1);
	}
	return TRUE;
}
