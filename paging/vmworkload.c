/* vmworkload.c - vmworkload */

#include <xinu.h>
#include "vmint.h"

/*
 * A workload run: a fresh vcreate process vmallocs the pages of a string
 * (vmwl_gen) and writes one byte of each page in string order; the run
 * reports the process's own fault count, zero-fill plus swap-in.  Its
 * stack is pinned kernel-heap memory and the string lives in the kernel
 * heap too, so on a quiet system its pages are the only FFS users and the
 * count equals that of a simulation with MAX_FFS_SIZE frames, cold misses
 * included.  The run checks that it was quiet and says so in res->quiet.
 *
 * FIFO needs nothing else to be simulated exactly.  CLOCK also depends on
 * which frame each page got and where the hand stood: the frames are
 * handed out in the order they were last freed, which after earlier runs
 * is not address order, and the hand stays where the last eviction left
 * it.  So when the FFS first fills up (no eviction has happened yet, every
 * accessed bit is set) the worker records the hand and, per frame, the
 * first-touch rank of the page in it (res->layout).
 */

#define	WL_STK		VSTACK_MIN	/* the worker needs little	*/
#define	WL_UNSEEN	0xFFFFFFFF	/* rank of a page not yet touched */

struct	wljob	{			/* shared with the worker	*/
	uint32	*refs, nrefs, npages;
	uint32	*rank;			/* per page: first-touch rank	*/
	uint32	*layout;		/* per frame, when the FFS filled */
	int32	hand;
	uint32	basevpn, zfaults, swapins;
	bool8	quiet, done;
};

/*------------------------------------------------------------------------
 * wl_snapshot - the FFS just filled up: record the hand and the layout
 *------------------------------------------------------------------------
 */
static	void	wl_snapshot(struct wljob *job)
{
	intmask	mask = disable();
	int32	f;

	job->hand = clock_hand;
	for (f = 0; f < MAX_FFS_SIZE; f++) {
		if (ffstab[f].state != FS_USED || ffstab[f].owner != currpid) {
			job->quiet = FALSE;	/* someone else has frames */
			job->layout[f] = WL_UNSEEN;
			continue;
		}
		job->layout[f] = job->rank[ffstab[f].vpn - job->basevpn];
	}
	restore(mask);
}

/*------------------------------------------------------------------------
 * wl_worker - the process that touches the pages in string order
 *------------------------------------------------------------------------
 */
static	process	wl_worker(struct wljob *job)
{
	volatile char	*base;
	uint32	i, pg, distinct = 0;
	struct	vmproc	*vm;
	intmask	mask;

	base = (volatile char *)vmalloc(job->npages * PAGE_SIZE);
	if (base == (volatile char *)SYSERR) {
		return SYSERR;
	}
	job->basevpn = VPN(base);
	for (i = 0; i < job->nrefs; i++) {
		pg = job->refs[i];
		base[pg * PAGE_SIZE] = (char)i;
		if (job->rank[pg] == WL_UNSEEN) {
			job->rank[pg] = distinct++;
			if (distinct == MAX_FFS_SIZE) {
				wl_snapshot(job);
			}
		}
	}
	mask = disable();
	vm = proctab[currpid].prvm;
	job->zfaults = vm->cnt.zfaults;
	job->swapins = vm->cnt.swapins;
	if (free_ffs_pages() + vm->nresident != MAX_FFS_SIZE) {
		job->quiet = FALSE;
	}
	job->done = TRUE;
	restore(mask);
	return OK;		/* the pager frees the pages		*/
}

/* Wait (bounded) until pid is gone and its address space torn down */
static	void	wl_waitgone(pid32 pid)
{
	int32	waited;

	for (waited = 0; waited < WL_SETTLE_MS; waited++) {
		if (pid >= 0 && proctab[pid].prstate == PR_FREE
		    && proctab[pid].prvm == NULL) {
			return;
		}
		if (pid < 0 && vm_zombies == 0) {
			return;
		}
		sleepms(1);
	}
}

/* Free what vmworkload took; buffers of the caller are not ours */
static	void	wl_free(struct wljob *job, struct vmwlres *res)
{
	if (job->refs != NULL && job->refs != res->refs) {
		freemem((char *)job->refs, WL_MAXREFS * sizeof(uint32));
	}
	if (job->layout != NULL && job->layout != res->layout) {
		freemem((char *)job->layout, MAX_FFS_SIZE * sizeof(uint32));
	}
	if (job->rank != NULL) {
		freemem((char *)job->rank, job->npages * sizeof(uint32));
	}
	freemem((char *)job, sizeof(*job));
}

/* getmem, but NULL on failure, so that wl_free can tell what was had */
static	void	*wl_get(uint32 nbytes)
{
	char	*p = getmem(nbytes);

	return p == (char *)SYSERR ? NULL : p;
}

/*------------------------------------------------------------------------
 * vmworkload - run workload kind for seed under policy (or WL_CURPOLICY)
 *	and fill in res; the policy in force before is restored.  The
 *	caller's message slot is used (the worker's death message).
 *	SYSERR: bad arguments, no memory, or the worker did not finish.
 *------------------------------------------------------------------------
 */
syscall	vmworkload(int32 kind, uint32 seed, int32 policy, struct vmwlres *res)
{
	struct	wljob	*job;
	int32	n, oldpolicy, rc;
	uint32	i, np, t0, left;
	pid32	pid;
	umsg32	msg;

	if (res == NULL || (policy != WL_CURPOLICY && policy != RANDOM
	    && policy != FIFO && policy != CLOCK)) {
		return SYSERR;
	}
	if ((job = (struct wljob *)wl_get(sizeof(*job))) == NULL) {
		return SYSERR;
	}
	memset(job, 0, sizeof(*job));
	job->refs = res->refs ? res->refs
		: (uint32 *)wl_get(WL_MAXREFS * sizeof(uint32));
	job->layout = res->layout ? res->layout
		: (uint32 *)wl_get(MAX_FFS_SIZE * sizeof(uint32));
	if (job->refs == NULL || job->layout == NULL
	    || (n = vmwl_gen(kind, seed, job->refs, WL_MAXREFS, &np))
			== SYSERR) {
		wl_free(job, res);
		return SYSERR;
	}
	job->nrefs = n;
	job->npages = np;
	if ((job->rank = (uint32 *)wl_get(np * sizeof(uint32))) == NULL) {
		wl_free(job, res);
		return SYSERR;
	}
	for (i = 0; i < np; i++) {
		job->rank[i] = WL_UNSEEN;
	}
	job->hand = -1;

	wl_waitgone(-1);		/* earlier address spaces first	*/
	job->quiet = (free_ffs_pages() == MAX_FFS_SIZE);
	oldpolicy = vm_policy;
	if (policy != WL_CURPOLICY) {
		vmpolicy(policy);
	}
	res->policy = vm_policy;

	recvclr();
	pid = vcreate(wl_worker, WL_STK, getprio(getpid()), "vmworkload", 1,
			job);
	if (pid == SYSERR) {
		vmpolicy(oldpolicy);
		wl_free(job, res);
		return SYSERR;
	}
	resume(pid);
	t0 = uptime();
	for (;;) {			/* its death message, or the limit */
		left = WL_LIMIT_MS - (uptime() - t0);
		msg = recvtime(left > 0 && left <= WL_LIMIT_MS ? left : 1);
		if (msg == (umsg32)pid) {
			break;
		}
		if (msg == (umsg32)TIMEOUT) {
			kill(pid);
			break;
		}
	}
	wl_waitgone(pid);
	vmpolicy(oldpolicy);

	res->kind = kind;
	res->seed = seed;
	res->npages = np;
	res->nrefs = n;
	res->zfaults = job->zfaults;
	res->swapins = job->swapins;
	res->faults = job->zfaults + job->swapins;
	res->quiet = job->quiet;
	res->pid = pid;
	res->basevpn = job->basevpn;
	res->hand = job->hand;
	rc = job->done ? OK : SYSERR;
	wl_free(job, res);
	return rc;
}
