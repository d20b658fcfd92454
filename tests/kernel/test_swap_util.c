/* test_swap_util.c - sw_rand, sw_perm, sw_write, sw_verify, sw_exercise,
 *		      sw_jobs_reset, sw_start, sw_join, sw_await_level,
 *		      sw_await_stage, sw_killall, sw_frame_of, sw_slot_of
 *
 * Helpers shared by the swap tests (see swaptest.h).
 */

#include <xinu.h>
#include "testsuite.h"
#include "swaptest.h"
#include "../../paging/vmint.h"	/* the frame and slot tables	*/

#if MAX_FFS_SIZE <= 256

#define	SW_MAXREPORT	4		/* mismatches printed per worker */
#define	SW_WRITE_ONE_IN	4		/* random ops: 1 write in 4	*/

struct	swjob	swjobs[SW_MAXJOBS];
static	volatile pid32	sw_lastpid;	/* last worker that touched a page */

/*------------------------------------------------------------------------
 * sw_rand - the tests' own LCG (independent of the kernel's RANDOM
 *	     policy and of rand()), high bits only
 *------------------------------------------------------------------------
 */
uint32	sw_rand(uint32 *seed)
{
	*seed = *seed * 1664525 + 1013904223;
	return *seed >> 8;
}

/*------------------------------------------------------------------------
 * sw_perm - a random permutation of 0..n-1 (Fisher-Yates)
 *------------------------------------------------------------------------
 */
void	sw_perm(uint16 *perm, int32 n, uint32 *seed)
{
	int32	i, j;
	uint16	t;

	for (i = 0; i < n; i++) {
		perm[i] = i;
	}
	for (i = n - 1; i > 0; i--) {
		j = sw_rand(seed) % (i + 1);
		t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
}

/* Word 0 of a page names its owner plainly, so a misplaced page can be
   identified; the other words mix that name with their index */
static	uint32	sw_header(pid32 pid, uint32 page, uint32 gen)
{
	return ((uint32)(pid & 0xFF) << 24) | ((gen & 0xFF) << 16)
		| (page & 0xFFFF);
}

static	uint32	sw_word(uint32 header, uint32 w)
{
	uint32	v;

	if (w == 0) {
		return header;
	}
	v = header ^ (w * 0x9E3779B1);
	v ^= v >> 15;
	v *= 0x85EBCA77;
	v ^= v >> 13;
	return v;
}

/* Note which worker touched memory last: a change means preemption
   interleaved the workers */
static	void	sw_note(struct swjob *job)
{
	pid32	me = getpid();

	if (sw_lastpid != me) {
		sw_lastpid = me;
		job->switches++;
	}
	job->progress++;
}

/*------------------------------------------------------------------------
 * sw_write - fill page p of the range at base with generation gen
 *------------------------------------------------------------------------
 */
void	sw_write(struct swjob *job, char *base, int32 p, uint32 gen)
{
	uint32	*w = SW_PAGE(base, p);
	uint32	h = sw_header(getpid(), p, gen), i;

	for (i = 0; i < SW_WORDS; i++) {
		w[i] = sw_word(h, i);
	}
	sw_note(job);
}

/*------------------------------------------------------------------------
 * sw_verify - check every word of page p; returns the words that differ
 *	       (also added to job->errors; the first few are printed)
 *------------------------------------------------------------------------
 */
int32	sw_verify(struct swjob *job, char *base, int32 p, uint32 gen)
{
	uint32	*w = SW_PAGE(base, p);
	uint32	h = sw_header(getpid(), p, gen), i, bad = 0, got;

	for (i = 0; i < SW_WORDS; i++) {
		got = w[i];
		if (got != sw_word(h, i)) {
			if (bad == 0 && job->errors < SW_MAXREPORT) {
				kprintf("  P%d: page %d gen %d word %d: 0x%08x,"
					" expected 0x%08x (word 0 names pid %d"
					" page %d gen %d)\n", getpid(), p, gen,
					i, got, sw_word(h, i), w[0] >> 24,
					w[0] & 0xFFFF, (w[0] >> 16) & 0xFF);
			}
			bad++;
		}
	}
	job->errors += bad;
	sw_note(job);
	return bad;
}

/*------------------------------------------------------------------------
 * sw_exercise - touch n pages at base: write them in order and verify,
 *	write them in a random order and verify in another, then nops
 *	random reads and writes, and verify everything at the end.  gens
 *	(n bytes, the caller's) tracks each page's generation.
 *------------------------------------------------------------------------
 */
void	sw_exercise(struct swjob *job, char *base, int32 n, uint8 *gens)
{
	uint16	perm[SW_MAXPAGES];
	int32	i, p;

	for (p = 0; p < n; p++) {
		gens[p] = 1;
		sw_write(job, base, p, gens[p]);
	}
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, gens[p]);
	}
	sw_perm(perm, n, &job->seed);
	for (i = 0; i < n; i++) {
		p = perm[i];
		sw_write(job, base, p, ++gens[p]);
	}
	sw_perm(perm, n, &job->seed);
	for (i = 0; i < n; i++) {
		p = perm[i];
		sw_verify(job, base, p, gens[p]);
	}
	for (i = 0; i < job->nops; i++) {
		p = sw_rand(&job->seed) % n;
		if (sw_rand(&job->seed) % SW_WRITE_ONE_IN == 0) {
			sw_write(job, base, p, ++gens[p]);
		} else {
			sw_verify(job, base, p, gens[p]);
		}
	}
	for (p = 0; p < n; p++) {
		sw_verify(job, base, p, gens[p]);
	}
	CHECK_EQ(vmcheck(), OK);	/* tables agree, others running too */
}

/*------------------------------------------------------------------------
 * sw_jobs_reset - forget every job of an earlier test
 *------------------------------------------------------------------------
 */
void	sw_jobs_reset(void)
{
	memset(swjobs, 0, sizeof(swjobs));
	sw_lastpid = -1;
}

/*------------------------------------------------------------------------
 * sw_start - vcreate and resume a worker for swjobs[i]; SYSERR counts
 *	      as a failure of the test
 *------------------------------------------------------------------------
 */
pid32	sw_start(void *fn, int32 i, char *name)
{
	pid32	pid;

	pid = vcreate(fn, swjobs[i].ssize ? swjobs[i].ssize : SW_STK, SW_PRIO,
		name, 1, &swjobs[i]);
	if (pid == SYSERR) {
		t_fail("vcreate of %s failed", name);
		return SYSERR;
	}
	swjobs[i].pid = pid;
	resume(pid);
	return pid;
}

/*------------------------------------------------------------------------
 * sw_join - wait until process pid is gone and its address space torn
 *	     down; TIMEOUT (after killing it) if that takes over ms
 *------------------------------------------------------------------------
 */
status	sw_join(pid32 pid, int32 ms)
{
	int32	t;

	if (pid < 0 || pid >= NPROC) {
		return SYSERR;
	}
	for (t = 0; t < ms; t += SW_POLL_MS) {
		if (proctab[pid].prstate == PR_FREE
				&& proctab[pid].prvm == NULL) {
			return OK;
		}
		sleepms(SW_POLL_MS);
	}
	kill(pid);
	t_fail("process %d did not end within %d ms", pid, ms);
	return TIMEOUT;
}

/*------------------------------------------------------------------------
 * sw_await_level - (worker) wait until the test raises job->arg to level
 *------------------------------------------------------------------------
 */
void	sw_await_level(struct swjob *job, int32 level)
{
	while (*(volatile int32 *)&job->arg < level) {
		sleepms(1);
	}
}

/*------------------------------------------------------------------------
 * sw_await_stage - (test) wait until swjobs[first..first+n-1] all reached
 *		    stage; FALSE (a failure) if they do not in SW_JOIN_MS
 *------------------------------------------------------------------------
 */
bool8	sw_await_stage(int32 first, int32 n, int32 stage)
{
	int32	t, i, behind;

	for (t = 0; t < SW_JOIN_MS; t++) {
		behind = 0;
		for (i = first; i < first + n; i++) {
			if (swjobs[i].stage < stage) {
				behind++;
			}
		}
		if (behind == 0) {
			return TRUE;
		}
		sleepms(1);
	}
	t_fail("workers %d..%d did not reach stage %d", first,
		first + n - 1, stage);
	return FALSE;
}

/*------------------------------------------------------------------------
 * sw_killall - make sure no worker of the test outlives it (a failing
 *		test must not leak processes into the next one)
 *------------------------------------------------------------------------
 */
void	sw_killall(void)
{
	int32	i;

	for (i = 0; i < SW_MAXJOBS; i++) {
		if (swjobs[i].pid > 0) {
			if (proctab[swjobs[i].pid].prstate != PR_FREE) {
				kill(swjobs[i].pid);
			}
			sw_join(swjobs[i].pid, SW_JOIN_MS);
		}
	}
}

/*------------------------------------------------------------------------
 * sw_frame_of - the FFS frame that holds page p of the range at base of
 *		 process pid (by the frame table), or -1
 * sw_slot_of - the swap slot that holds it (its data or a clean copy),
 *		or -1
 *------------------------------------------------------------------------
 */
int32	sw_frame_of(pid32 pid, char *base, int32 p)
{
	int32	i;

	for (i = 0; i < MAX_FFS_SIZE; i++) {
		if (ffstab[i].state == FS_USED && ffstab[i].pg.owner == pid
		    && ffstab[i].pg.vpn == VPN(SW_PAGE(base, p))) {
			return i;
		}
	}
	return -1;
}

int32	sw_slot_of(pid32 pid, char *base, int32 p)
{
	int32	i;

	for (i = 0; i < MAX_SWAP_SIZE; i++) {
		if (swaptab[i].pg.owner == pid
		    && swaptab[i].pg.vpn == VPN(SW_PAGE(base, p))) {
			return i;
		}
	}
	return -1;
}

/*------------------------------------------------------------------------
 * sw_run_one - run one job under a policy, wait for it, check that it
 *		finished without data errors, restore the default policy
 *------------------------------------------------------------------------
 */
void	sw_run_one(void *fn, int32 arg, char *name, int32 policy)
{
	sw_jobs_reset();
	sw_run_job(fn, arg, name, policy);
}

/*------------------------------------------------------------------------
 * sw_run_job - the same for a job whose slot the caller has set up
 *		(after sw_jobs_reset)
 *------------------------------------------------------------------------
 */
void	sw_run_job(void *fn, int32 arg, char *name, int32 policy)
{
	pid32	pid;

	CHECK_EQ(vmpolicy(policy), OK);
	pid = sw_start(fn, arg, name);
	if (pid != SYSERR) {
		sw_join(pid, SW_JOIN_MS);
	}
	CHECK(swjobs[0].done);
	CHECK_EQ(swjobs[0].errors, 0);
	sw_killall();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

/*------------------------------------------------------------------------
 * sw_fill - vmalloc the job's pages and write every one with generation
 *	     gen (recorded in gens[] if given); NULL if vmalloc failed
 *------------------------------------------------------------------------
 */
char	*sw_fill(struct swjob *job, uint8 *gens, uint32 gen)
{
	char	*base;
	int32	p;

	base = vmalloc(job->npages * PAGE_SIZE);
	if (!CHECK(base != (char *)SYSERR)) {
		return NULL;
	}
	for (p = 0; p < job->npages; p++) {
		if (gens != NULL) {
			gens[p] = gen;
		}
		sw_write(job, base, p, gen);
	}
	return base;
}

#endif /* MAX_FFS_SIZE <= 256 */
