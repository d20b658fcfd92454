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
 *
 * The worker is another address space: it sees kernel memory but not the
 * caller's heap or stack.  So every buffer the worker touches (the job,
 * the string, the layout, the ranks) is vmworkload's own, in the kernel
 * heap; res->refs and res->layout, which may point anywhere the caller
 * can write (its heap too), are filled by copying, in the caller's
 * context, after the run.  A buffer the caller could not write is refused
 * with SYSERR before anything is done.
 *
 * The caller waits (and may be killed) while the worker runs: a kill hook
 * (killhook.h) then kills the worker, switches the policy back and frees
 * the job's buffers, which nothing else would ever free.
 */

#define	WL_STK		VSTACK_MIN	/* the worker needs little	*/
#define	WL_UNSEEN	0xFFFFFFFF	/* rank of a page not yet touched */

struct	wljob	{			/* shared with the worker	*/
	struct	killhook hook;		/* first: the hook is the job	*/
	pid32	worker;			/* -1 once it is known gone	*/
	int32	oldpolicy;		/* policy to restore ...	*/
	bool8	switched;		/* ... if the run switched it	*/
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
		if (ffstab[f].state != FS_USED || ffstab[f].pg.owner != currpid) {
			job->quiet = FALSE;	/* someone else has frames */
			job->layout[f] = WL_UNSEEN;
			continue;
		}
		job->layout[f] = job->rank[ffstab[f].pg.vpn - job->basevpn];
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

/* Free the job and its buffers (interrupts off) */
static	void	wl_free(struct wljob *job)
{
	if (job->refs != NULL) {
		freemem((char *)job->refs, WL_MAXREFS * sizeof(uint32));
	}
	if (job->layout != NULL) {
		freemem((char *)job->layout, MAX_FFS_SIZE * sizeof(uint32));
	}
	if (job->rank != NULL) {
		freemem((char *)job->rank, job->npages * sizeof(uint32));
	}
	freemem((char *)job, sizeof(*job));
}

/*------------------------------------------------------------------------
 * wl_killed - kill hook: the caller was killed during the run (interrupts
 *	off, rescheduling deferred).  The worker still reads the job, so it
 *	goes first; it is ours if it lives and the caller made it (a pid
 *	reused meanwhile has another parent: the caller was blocked).
 *------------------------------------------------------------------------
 */
static	void	wl_killed(struct killhook *h, pid32 pid)
{
	struct	wljob	*job = (struct wljob *)h;
	pid32	w = job->worker;

	if (w >= 0 && w != currpid && proctab[w].prstate != PR_FREE
	    && proctab[w].prparent == pid) {
		kill(w);
	}
	if (job->switched) {
		vmpolicy(job->oldpolicy);
	}
	wl_free(job);
}

/* getmem, but NULL on failure, so that wl_free can tell what was had */
static	void	*wl_get(uint32 nbytes)
{
	char	*p = getmem(nbytes);

	return p == (char *)SYSERR ? NULL : p;
}

/*------------------------------------------------------------------------
 * wl_bufok - may the kernel write n entries at buf in the caller's
 *	context?  NULL (no buffer), kernel memory (mapped in every address
 *	space), or allocated pages of the caller's own heap or stack.
 *------------------------------------------------------------------------
 */
static	bool8	wl_bufok(uint32 *buf, uint32 n)
{
	uint32	a = (uint32)buf, len = n * sizeof(uint32), va;
	struct	vmproc	*vm = proctab[currpid].prvm;
	intmask	mask;
	pt_t	*pte;

	if (buf == NULL) {
		return TRUE;
	}
	if (a + len < a || (a & (sizeof(uint32) - 1))) {
		return FALSE;
	}
	if (a + len <= KHEAP_END) {
		return TRUE;
	}
	if (vm_stack_contains(currpid, a, len)) {
		return TRUE;
	}
	if (vm == NULL || a < VHEAP_START || a + len > VHEAP_END) {
		return FALSE;
	}
	mask = disable();
	for (va = a & ~(PAGE_SIZE - 1); va < a + len; va += PAGE_SIZE) {
		pte = vm_pte(vm->pdframe, va, WS_PD, WS_PT);
		if (pte == NULL || !(*pte & PTE_ALLOC)) {
			restore(mask);
			return FALSE;
		}
	}
	restore(mask);
	return TRUE;
}

/*------------------------------------------------------------------------
 * vmworkload - run workload kind for seed under policy (or WL_CURPOLICY)
 *	and fill in res; the policy in force before is restored.  The
 *	caller's message slot is used (the worker's death message).
 *	SYSERR: bad arguments (res->refs or res->layout where the caller
 *	cannot write), no memory, or the worker did not finish.
 *------------------------------------------------------------------------
 */
syscall	vmworkload(int32 kind, uint32 seed, int32 policy, struct vmwlres *res)
{
	struct	wljob	*job;
	int32	n, rc;
	uint32	i, np, t0, left;
	pid32	pid;
	umsg32	msg;
	intmask	mask;

	if (res == NULL || (policy != WL_CURPOLICY
	    && (policy < 0 || policy >= NPOLICIES))
	    || !wl_bufok(res->refs, WL_MAXREFS)
	    || !wl_bufok(res->layout, MAX_FFS_SIZE)) {
		return SYSERR;
	}

	/* Every buffer is taken and recorded in the job, and the hook that
	   frees them pushed, with interrupts off: a kill in between would
	   leak what was taken */
	mask = disable();
	if ((job = (struct wljob *)wl_get(sizeof(*job))) == NULL) {
		restore(mask);
		return SYSERR;
	}
	memset(job, 0, sizeof(*job));
	job->worker = -1;
	job->hook.fn = wl_killed;
	killhook_push(&job->hook);
	job->refs = (uint32 *)wl_get(WL_MAXREFS * sizeof(uint32));
	job->layout = (uint32 *)wl_get(MAX_FFS_SIZE * sizeof(uint32));
	restore(mask);
	if (job->refs == NULL || job->layout == NULL
	    || (n = vmwl_gen(kind, seed, job->refs, WL_MAXREFS, &np))
			== SYSERR) {
		rc = SYSERR;
		goto out;
	}
	job->nrefs = n;
	mask = disable();
	job->rank = (uint32 *)wl_get(np * sizeof(uint32));
	job->npages = np;
	restore(mask);
	if (job->rank == NULL) {
		rc = SYSERR;
		goto out;
	}
	for (i = 0; i < np; i++) {
		job->rank[i] = WL_UNSEEN;
	}
	for (i = 0; i < MAX_FFS_SIZE; i++) {
		job->layout[i] = WL_UNSEEN;
	}
	job->hand = -1;

	wl_waitgone(-1);		/* earlier address spaces first	*/
	job->quiet = (free_ffs_pages() == MAX_FFS_SIZE);
	mask = disable();
	job->oldpolicy = vm_policy;
	job->switched = TRUE;
	if (policy != WL_CURPOLICY) {
		vmpolicy(policy);
	}
	res->policy = vm_policy;
	restore(mask);

	recvclr();
	mask = disable();		/* the hook must know the worker */
	pid = vcreate(wl_worker, WL_STK, getprio(getpid()), "vmworkload", 1,
			job);
	job->worker = pid;
	restore(mask);
	if (pid == SYSERR) {
		rc = SYSERR;
		goto out;
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
	job->worker = -1;		/* gone: never to be killed again */
	wl_waitgone(pid);

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
	if (res->refs != NULL) {	/* the caller's context: its heap */
		memcpy(res->refs, job->refs, n * sizeof(uint32));
	}
	if (res->layout != NULL) {
		memcpy(res->layout, job->layout, MAX_FFS_SIZE * sizeof(uint32));
	}
	rc = job->done ? OK : SYSERR;

out:
	mask = disable();
	if (job->switched) {
		vmpolicy(job->oldpolicy);
	}
	killhook_pop(&job->hook);
	wl_free(job);
	restore(mask);
	return rc;
}
