/* vmfuzz.c - vmfuzz */

#include <xinu.h>
#include "vmint.h"

/*
 * The VM fuzzer (docs/reliability.md).  The caller becomes the controller:
 * it runs at VMFZ_CTLPRIO, above every worker, and draws every operation
 * from one xorshift stream seeded with seed.  It hands one operation to
 * one worker and waits for that worker's report before it draws the next,
 * so the sequence of operations, and what each must return, is a function
 * of the seed alone: `vmfuzz SEED STEP+1 ...` replays a failure at STEP.
 * What timing still decides (and a replay need not repeat): which frame
 * RANDOM evicts, when the pager runs, and where a VFO_KILLIN kill lands
 * in the operation it interrupts.
 *
 * Invariants, every N steps (flags & VMFZ_EVERYMASK): vmcheck() == OK;
 * each worker's counters equal what it believes it holds (vmfz_check);
 * the policy is the last one a worker set.  At the end, after every
 * worker is gone: the kernel heap, FFS, swap, PD/PT pools and process
 * count are what they were at the start.
 */

extern	uint32	pager_lowwater;

/* Where the run stands; one per call, in the controller's stack */
struct	fzrun	{
	uint32	seed, s, flags, step, serial;
	int32	nprocs;			/* respawned workers: slots 0..	*/
	int32	nslots;			/* and fork children's, up to	*/
	struct	vmfzw	*ws;
	uint32	cap;			/* pages each worker may touch	*/
	struct	vmfztouch *shrec;	/* shared records (vmfz_worker)	*/
	uint32	nshrec;
	int32	policy;			/* the one a worker set last	*/
	struct	vmfzop	hist[VMFZ_HIST];
	pid32	histpid[VMFZ_HIST];
	uint32	nkind[VFO_NKINDS];
	uint32	nkilled[PR_RECTIM + 1];	/* kills, by state of the victim */
	uint32	nvmcheck, nwcheck, ndeaths;
	uint32	nforks, nforkfail;	/* children made, forks refused	*/
	uint32	nshforks;		/* forks with MAP_SHARED pages	*/
	uint32	nprotsegv;		/* touches their protection forbids */
	struct	vmfzstat st;		/* what the workers saw		*/
	char	why[VMFZ_WHYLEN];
};

static	const	char	*fz_names[VFO_NKINDS] = {
	"alloc", "free", "write", "read", "verify", "badcall", "yield",
	"sleep", "park", "policy", "exit", "overflow", "segv", "workload",
	"trace", "lowwater", "kill", "killin", "fork", "mmap", "munmap",
	"mprotect"
};
static	const	char	*fz_states[PR_RECTIM + 1] = {
	"free", "curr", "ready", "recv", "sleep", "susp", "wait", "rectim"
};

/* Record the first failure */
static	status	fz_fail(struct fzrun *fr, const char *fmt, ...)
{
	va_list	ap;

	if (fr->why[0] == NULLCH) {
		va_start(ap, fmt);
		vsnprintf(fr->why, VMFZ_WHYLEN, fmt, ap);
		va_end(ap);
	}
	return SYSERR;
}

/* Wait (bounded) until pid and every queued address space are gone */
static	status	fz_settle(struct fzrun *fr, pid32 pid)
{
	int32	waited;

	for (waited = 0; waited < VMFZ_SETTLE_MS; waited++) {
		if ((pid < 0 || (proctab[pid].prstate == PR_FREE
		     && proctab[pid].prvm == NULL)) && vm_zombies == 0) {
			return OK;
		}
		sleepms(1);
	}
	if (fr == NULL) {
		return SYSERR;
	}
	return fz_fail(fr, "teardown of pid %d not done after %d ms", pid,
		VMFZ_SETTLE_MS);
}

/* The key of incarnation serial's patterns (never 0) */
#define	FZ_KEY(serial)	(((serial) * 0x01000193) ^ ((serial) << 20) ^ 1)

/* Kill the live fork child of the highest slot, to make room (see
   fz_spawn); FALSE if there is none */
static	bool8	fz_dropchild(struct fzrun *fr)
{
	struct	vmfzw	*w;
	int32	i;

	for (i = fr->nslots - 1; i >= fr->nprocs; i--) {
		w = &fr->ws[i];
		if (w->pid != SYSERR) {
			kill(w->pid);
			recvclr();
			w->pid = SYSERR;
			return TRUE;
		}
	}
	return FALSE;
}

/* Start a new incarnation in slot w */
static	status	fz_spawn(struct fzrun *fr, struct vmfzw *w)
{
	static	const	uint32	stacks[] = { VSTACK_MIN, 2 * VSTACK_MIN,
		4 * VSTACK_MIN, VSTACK_MAX / 2, VSTACK_MAX };
	uint32	nstk = (fr->flags & VMFZ_BIGSTK) ? 5 : 3;
	pid32	pid;

	w->stk = stacks[vmfz_rand(&fr->s) % nstk];
	w->prio = VMFZ_WPRIO - vmfz_rand(&fr->s) % 3;	/* some equal	*/
	w->serial = ++fr->serial;
	w->key = FZ_KEY(w->serial);
	w->nreg = 0;
	w->ntouch = 0;
	w->lastlen = 0;
	w->park = VFP_NONE;
	w->release = FALSE;
	semreset(w->go, 0);
	semreset(w->parksem, 0);
	pid = vcreate(vmfz_worker, w->stk, w->prio, "vmfuzz", 1, w);
	if (pid == SYSERR && !(fr->flags & VMFZ_NOSETTLE)) {
		fz_settle(fr, -1);	/* the dead's memory first	*/
		pid = vcreate(vmfz_worker, w->stk, w->prio, "vmfuzz", 1, w);
	}
	/* Fork children may hold the page tables (or pids) a new worker
	   needs: the respawned slots come first, so children go, the
	   newest slot first, until it fits (the choice is the state's, so
	   a seed still replays) */
	while (pid == SYSERR && fz_dropchild(fr)) {
		fz_settle(NULL, -1);
		pid = vcreate(vmfz_worker, w->stk, w->prio, "vmfuzz", 1, w);
	}
	/* Big stacks may not all fit in the kernel heap at once, and it
	   may be too fragmented for one: a refusal is right when no free
	   block can hold the stack (with its slack and alignment page) */
	if (pid == SYSERR
	    && memlargest() < w->stk + STKSLACK + 2 * PAGE_SIZE) {
		w->stk = VSTACK_MIN;
		pid = vcreate(vmfz_worker, w->stk, w->prio, "vmfuzz", 1, w);
	}
	if (pid == SYSERR) {
		w->pid = SYSERR;
		return fz_fail(fr, "vcreate (stack %d) failed, %d teardowns"
			" pending", w->stk, vm_zombies);
	}
	w->pid = pid;
	resume(pid);			/* it waits on w->go		*/
	return OK;
}

/* After w's worker died: a respawned slot gets a new one, a fork
   child's slot stays empty until a fork fills it */
static	status	fz_respawn(struct fzrun *fr, struct vmfzw *w)
{
	if (w - fr->ws >= fr->nprocs) {
		return OK;
	}
	return fz_spawn(fr, w);
}

/* Free the shared records no live worker points at any more (theirs
   died, unmapped or freed the page), so that the fork about to run finds
   one for each of its MAP_SHARED pages: a worker maps at most
   VMFZ_SHMAX, so nslots * VMFZ_SHMAX records are enough.  Every worker
   waits meanwhile; sh of a record is its mark. */
static	void	fz_shgc(struct fzrun *fr)
{
	struct	vmfzw	*w;
	uint32	i, k;

	for (i = 0; i < fr->nshrec; i++) {
		fr->shrec[i].sh = 0;
	}
	for (k = 0; k < (uint32)fr->nslots; k++) {
		w = &fr->ws[k];
		for (i = 0; w->pid != SYSERR && i < w->ntouch; i++) {
			if (w->touch[i].sh != 0) {
				fr->shrec[w->touch[i].sh - 1].sh = 1;
			}
		}
	}
	for (i = 0; i < fr->nshrec; i++) {
		if (fr->shrec[i].sh == 0) {
			fr->shrec[i].vpn = 0;	/* free			*/
		}
	}
}

/* Get the first empty fork-child slot ready for the child of op (a
   VFO_FORK): op->a its index, op->b the slot; VMFZ_NOSLOT and NULL if
   every one is taken (the child will exit at once) */
static	void	fz_forkslot(struct fzrun *fr, struct vmfzop *op)
{
	struct	vmfzw	*w;
	int32	i;

	op->a = VMFZ_NOSLOT;
	op->b = (uint32)NULL;
	for (i = fr->nprocs; i < fr->nslots; i++) {
		w = &fr->ws[i];
		if (w->pid != SYSERR) {
			continue;
		}
		w->serial = ++fr->serial;
		w->key = FZ_KEY(w->serial);
		w->park = VFP_NONE;
		w->release = FALSE;
		semreset(w->go, 0);
		semreset(w->parksem, 0);
		op->a = i;
		op->b = (uint32)w;
		return;
	}
}

/* End a park, so that w takes its next operation */
static	void	fz_release(struct vmfzw *w)
{
	intmask	mask = disable();

	switch (w->park) {
	case VFP_RECV:
	case VFP_RECTIM:
		send(w->pid, 1);
		break;
	case VFP_SLEEP:
		if (proctab[w->pid].prstate == PR_SLEEP
		    && unsleep(w->pid) == OK) {
			ready(w->pid);
		}
		break;
	case VFP_WAIT:
		signal(w->parksem);
		break;
	case VFP_SUSP:
		resume(w->pid);
		break;
	case VFP_READY:
		w->release = TRUE;
		break;
	default:
		break;
	}
	restore(mask);
}

/* Kill w where it stands (counted by its state) and start another */
static	status	fz_kill(struct fzrun *fr, struct vmfzw *w)
{
	pid32	pid = w->pid;
	uint16	st = proctab[pid].prstate;

	if (st <= PR_RECTIM) {
		fr->nkilled[st]++;
	}
	if (kill(pid) != OK) {
		return fz_fail(fr, "kill(%d) failed", pid);
	}
	recvclr();			/* its report or its death	*/
	w->pid = SYSERR;
	if (!(fr->flags & VMFZ_NOSETTLE) && fz_settle(fr, pid) != OK) {
		return SYSERR;
	}
	return fz_respawn(fr, w);
}

/* Hand op to w; wait for its report (or, if op ends it, its death) */
static	status	fz_run(struct fzrun *fr, struct vmfzw *w, struct vmfzop *op)
{
	bool8	dying = op->kind == VFO_EXIT || op->kind == VFO_OVERFLOW
			|| op->kind == VFO_SEGV;
	pid32	pid = w->pid;
	umsg32	msg;
	int32	i;

	fz_release(w);
	for (i = 0; i < fr->nslots; i++) {	/* spinners above w	*/
		if (fr->ws[i].park == VFP_READY && fr->ws[i].prio >= w->prio) {
			fz_release(&fr->ws[i]);
		}
	}
	w->op = *op;
	w->dying = dying;
	signal(w->go);
	for (;;) {
		msg = recvtime(VMFZ_HANG_MS);
		if (msg == (umsg32)(VMFZ_ACK | pid)) {
			break;
		}
		if (msg == (umsg32)pid) {	/* its death		*/
			if (!dying) {
				return fz_fail(fr, "pid %d died during %s",
					pid, fz_names[op->kind]);
			}
			fr->ndeaths++;
			w->pid = SYSERR;
			if (!(fr->flags & VMFZ_NOSETTLE)
			    && fz_settle(fr, pid) != OK) {
				return SYSERR;
			}
			return fz_respawn(fr, w);
		}
		if (msg == (umsg32)TIMEOUT) {
			return fz_fail(fr, "pid %d: no report of %s after %d"
				" ms", pid, fz_names[op->kind], VMFZ_HANG_MS);
		}
	}
	if (dying) {
		return fz_fail(fr, "pid %d survived %s", pid,
			fz_names[op->kind]);
	}
	if (w->rc != OK) {
		return fz_fail(fr, "pid %d, %s: %s", pid, fz_names[op->kind],
			w->why);
	}
	if (op->kind == VFO_POLICY) {
		fr->policy = op->a;
	}
	if (op->kind == VFO_FORK && op->a != VMFZ_NOSLOT) {
		if (fr->ws[op->a].pid == SYSERR) {
			fr->nforkfail++;
		} else {
			fr->nforks++;
			for (i = 0; i < fr->ws[op->a].nreg; i++) {
				if (fr->ws[op->a].reg[i].kind == MAP_SHARED) {
					fr->nshforks++;
					break;
				}
			}
		}
	}
	return OK;
}

/* After a fork was killed: a child it made has no slot (the controller
   gave it none) and may not have run yet to exit; it goes, and its
   death message with it, so that no stray message or process is left */
static	status	fz_strays(struct fzrun *fr)
{
	pid32	p;
	int32	i;

	for (p = 0; p < NPROC; p++) {
		if (proctab[p].prstate == PR_FREE
		    || strncmp(proctab[p].prname, "vmfuzz", PNMLEN) != 0) {
			continue;
		}
		for (i = 0; i < fr->nslots && fr->ws[i].pid != p; i++) {
			;
		}
		if (i == fr->nslots) {
			kill(p);
		}
	}
	if (fz_settle(fr, -1) != OK) {
		return SYSERR;
	}
	recvclr();
	return OK;
}

/* Hand w a long operation, and kill it a few ms into it */
static	status	fz_killin(struct fzrun *fr, struct vmfzw *w,
			  struct vmfzop *op)
{
	struct	vmfzop	in;

	in.kind = op->b;
	in.a = op->c;
	in.b = op->c >> 8;
	in.c = VMFZ_LONGRUN;
	if (in.kind == VFO_SLEEP) {
		in.a = VMFZ_KILLSLEEP;
	} else if (in.kind == VFO_WORKLOAD) {
		in.a = op->c % WL_NKINDS;
		in.c = FALSE;
	} else if (in.kind == VFO_TRACE) {
		in.a = CONSOLE;
	} else if (in.kind == VFO_FORK) {
		/* Killed in one of fork's windows (a table at a time) or
		   after: a child made has no slot and exits */
		in.a = VMFZ_NOSLOT;
		in.b = (uint32)NULL;
	} else if (in.kind == VFO_MUNMAP) {
		/* All of the heap range: whatever the worker holds goes, a
		   table at a time with interrupt windows (vfree.c's rules) */
		in.a = VHEAP_START;
		in.b = VHEAP_END - VHEAP_START;
	} else if (in.kind == VFO_ALLOC) {
		/* As many tables as half the free PD/PT frames (hundreds in
		   the default configuration): an interrupt window after each
		   one, where the kill may land */
		in.a = (free_pt_frames() / 2) * PT_SPAN;
	}
	fz_release(w);
	w->op = in;
	signal(w->go);
	sleepms(op->a);			/* it runs meanwhile		*/
	if (fz_kill(fr, w) != OK) {
		return SYSERR;
	}
	return in.kind == VFO_FORK ? fz_strays(fr) : OK;
}

/* Every invariant that holds between two operations */
static	status	fz_invariants(struct fzrun *fr)
{
	int32	i;

	fr->nvmcheck++;
	if (vmcheck() != OK) {
		return fz_fail(fr, "vmcheck found inconsistencies");
	}
	if (vm_policy != fr->policy) {
		return fz_fail(fr, "policy is %d, the last one set was %d",
			vm_policy, fr->policy);
	}
	for (i = 0; i < fr->nslots; i++) {
		if (fr->ws[i].pid == SYSERR) {
			continue;
		}
		fr->nwcheck++;
		if (vmfz_check(&fr->ws[i], fr->why) != OK) {
			return SYSERR;
		}
	}
	return OK;
}

/* The counts that must come back */
struct	fzpools	{
	uint32	heap, ffs, swap, pt;
	int32	nproc;
};

static	void	fz_pools(struct fzpools *p)
{
	p->heap = memfree();
	p->ffs = free_ffs_pages();
	p->swap = free_swap_pages();
	p->pt = free_pt_frames();
	p->nproc = prcount;
}

/* Print the failure, the way to replay it, and the last operations */
static	void	fz_report(struct fzrun *fr)
{
	uint32	i, k;
	struct	vmfzop	*op;

	kprintf("vmfuzz: FAIL seed %u step %u: %s\n", fr->seed, fr->step,
		fr->why);
	kprintf("vmfuzz: replay: vmfuzz %u %u %d 0x%x\n", fr->seed,
		fr->step + 1, fr->nprocs, fr->flags);
	for (i = fr->step >= VMFZ_HIST ? fr->step - VMFZ_HIST + 1 : 0;
	     i <= fr->step; i++) {
		k = i % VMFZ_HIST;
		op = &fr->hist[k];
		kprintf("vmfuzz:   step %u pid %d %s 0x%x 0x%x %u\n", i,
			fr->histpid[k], fz_names[op->kind], op->a, op->b,
			op->c);
	}
}

/*------------------------------------------------------------------------
 * vmfuzz - run nops random operations with nprocs workers (flags:
 *	VMFZ_...); prints what it did and checked.  OK, or SYSERR after
 *	printing the seed and step of the first failure.
 *------------------------------------------------------------------------
 */
syscall	vmfuzz(uint32 seed, uint32 nops, int32 nprocs, uint32 flags)
{
	struct	fzrun	*fr;
	struct	fzpools	before, after;
	struct	vmcounts c0;
	struct	vmfzw	*w;
	struct	vmfzop	op;
	uint32	every, demand, t0, ms, lw0, k;
	int32	i, pol0, policy, rc = OK;
	pri16	oldprio;

	policy = (flags & VMFZ_POLMASK) >> VMFZ_POLSHIFT;
	if (nops == 0 || nprocs < 1 || nprocs > VMFZ_MAXPROCS
	    || policy > CLOCK) {
		return SYSERR;
	}
	every = (flags & VMFZ_EVERYMASK) ? (flags & VMFZ_EVERYMASK) : 1;

	/* Each worker may touch its share of the demand; vmworkload runs
	   need room in swap besides, so that no one runs out of memory */
	demand = ((flags & VMFZ_DEMAND4) ? 4 : 2) * MAX_FFS_SIZE;
	k = MAX_FFS_SIZE + MAX_SWAP_SIZE
		- (MAX_FFS_SIZE <= VMFZ_WLFFS ? WL_SPAN : 0);
	demand = demand < k ? demand : k;

	fz_settle(NULL, -1);		/* earlier address spaces first	*/
	fz_pools(&before);
	pol0 = vm_policy;
	lw0 = pager_lowwater;
	fr = (struct fzrun *)getmem(sizeof(*fr));
	if (fr == (struct fzrun *)SYSERR) {
		return SYSERR;
	}
	memset(fr, 0, sizeof(*fr));
	fr->seed = seed;
	fr->s = seed ? seed : VMFZ_SEED0;
	fr->flags = flags;
	fr->nprocs = nprocs;
	/* Fork children have slots of their own; every slot's share of the
	   demand bounds what its worker may touch, so that a parent and its
	   children, whose copies of shared pages come with their writes,
	   still fit */
	fr->nslots = nprocs;
	if (flags & VMFZ_FORK) {
		fr->nslots = nprocs + VMFZ_FORKSLOTS < VMFZ_MAXPROCS
			? nprocs + VMFZ_FORKSLOTS : VMFZ_MAXPROCS;
	}
	fr->cap = demand / fr->nslots;
	fr->policy = policy;
	fr->ws = (struct vmfzw *)getmem(fr->nslots * sizeof(struct vmfzw));
	if (fr->ws == (struct vmfzw *)SYSERR) {
		freemem((char *)fr, sizeof(*fr));
		return SYSERR;
	}
	fr->nshrec = fr->nslots * VMFZ_SHMAX;
	fr->shrec = (struct vmfztouch *)getmem(fr->nshrec
			* sizeof(struct vmfztouch));
	if (fr->shrec == (struct vmfztouch *)SYSERR) {
		freemem((char *)fr->ws, fr->nslots * sizeof(struct vmfzw));
		freemem((char *)fr, sizeof(*fr));
		return SYSERR;
	}
	memset(fr->shrec, 0, fr->nshrec * sizeof(struct vmfztouch));
	memset(fr->ws, 0, fr->nslots * sizeof(struct vmfzw));
	for (i = 0; i < fr->nslots; i++) {
		w = &fr->ws[i];
		w->pid = SYSERR;
		w->go = w->parksem = SYSERR;
		w->touch = (struct vmfztouch *)getmem(fr->cap
				* sizeof(struct vmfztouch));
		w->go = semcreate(0);
		w->parksem = semcreate(0);
		if (w->touch == (struct vmfztouch *)SYSERR || w->go == SYSERR
		    || w->parksem == SYSERR) {
			rc = fz_fail(fr, "no memory or semaphores for %d"
				" workers", nprocs);
			break;
		}
		w->cap = fr->cap;
		w->shrec = fr->shrec;
		w->nshrec = fr->nshrec;
		w->st = &fr->st;
		w->ctl = getpid();
	}

	vmpolicy(policy);
	recvclr();
	oldprio = chprio(getpid(), VMFZ_CTLPRIO);
	kprintf("vmfuzz: seed %u, %u operations, %d workers, flags 0x%x,"
		" policy %s, %u pages each\n", seed, nops, nprocs, flags,
		vmwl_polname(policy), fr->cap);
	t0 = uptime();
	c0 = vmtotals;
	for (i = 0; i < nprocs && rc == OK; i++) {
		rc = fz_spawn(fr, &fr->ws[i]);
	}

	for (fr->step = 0; fr->step < nops && rc == OK; fr->step++) {
		i = vmfz_rand(&fr->s) % fr->nslots;
		if (fr->ws[i].pid == SYSERR) {
			i %= nprocs;		/* an empty child slot	*/
		}
		w = &fr->ws[i];
		vmfz_draw(w, &fr->s, flags, &op);
		if (op.kind == VFO_FORK
		    || (op.kind == VFO_KILLIN && op.b == VFO_FORK)) {
			fz_shgc(fr);
		}
		if (op.kind == VFO_FORK) {
			fz_forkslot(fr, &op);
		}
		if (op.kind == VFO_SEGV && vmfz_covered(w, VPN(op.a), 1)) {
			fr->nprotsegv++;	/* held, but protected	*/
		}
		fr->hist[fr->step % VMFZ_HIST] = op;
		fr->histpid[fr->step % VMFZ_HIST] = w->pid;
		fr->nkind[op.kind]++;
		if (flags & VMFZ_VERBOSE) {
			kprintf("vmfuzz: step %u pid %d %s 0x%x 0x%x %u\n",
				fr->step, w->pid, fz_names[op.kind], op.a,
				op.b, op.c);
		}
		if (op.kind == VFO_KILL) {
			rc = fz_kill(fr, w);
		} else if (op.kind == VFO_KILLIN) {
			rc = fz_killin(fr, w, &op);
		} else {
			rc = fz_run(fr, w, &op);
		}
		if (rc == OK && ((fr->step + 1) % every == 0
		    || fr->step + 1 == nops)) {
			rc = fz_invariants(fr);
		}
	}
	ms = uptime() - t0;
	if (rc != OK) {
		if (fr->step > 0) {
			fr->step--;	/* the loop moved past it	*/
		}
		fz_report(fr);
	}

	/* Every worker goes; then everything must be back */
	for (i = 0; i < fr->nslots; i++) {
		w = &fr->ws[i];
		if (w->pid != SYSERR) {
			kill(w->pid);
			recvclr();
		}
	}
	chprio(getpid(), oldprio);
	if (fz_settle(fr, -1) != OK && rc == OK) {
		rc = SYSERR;
		fz_report(fr);
	}
	for (i = 0; i < fr->nslots; i++) {
		w = &fr->ws[i];
		if (w->touch != NULL && w->touch != (struct vmfztouch *)SYSERR) {
			freemem((char *)w->touch, fr->cap
				* sizeof(struct vmfztouch));
		}
		if (w->go != SYSERR) {
			semdelete(w->go);
		}
		if (w->parksem != SYSERR) {
			semdelete(w->parksem);
		}
	}
	freemem((char *)fr->ws, fr->nslots * sizeof(struct vmfzw));
	freemem((char *)fr->shrec, fr->nshrec * sizeof(struct vmfztouch));
	vmpolicy(pol0);
	pager_lowwater = lw0;

	if (rc == OK) {
		kprintf("vmfuzz: %u operations in %u ms (%u/s), %u workers"
			" started, %u died by their own operation\n", nops, ms,
			ms ? (nops / ms) * 1000 + (nops % ms) * 1000 / ms : nops,
			fr->serial, fr->ndeaths);
		if (flags & VMFZ_FORK) {
			kprintf("vmfuzz: forks: %u children made, %u refused"
				" (legal: short of pids, tables or nodes)\n",
				fr->nforks, fr->nforkfail);
		}
		if (flags & VMFZ_MMAP) {
			kprintf("vmfuzz: mmap: %u made, %u refused as expected;"
				" munmap %u, mprotect %u made, %u bad calls"
				" refused; %u touches the protection forbids"
				" (each killed); %u forks shared MAP_SHARED"
				" pages, %u reads saw another worker's write"
				" there\n", fr->st.mmaps, fr->st.mmapfails,
				fr->st.munmaps, fr->st.mprotects,
				fr->st.badrefused, fr->nprotsegv, fr->nshforks,
				fr->st.shreads);
		}
		kprintf("vmfuzz: paging: %u zero-fills, %u swap-ins, %u"
			" swap-outs, %u clean evictions, %u OOM kills, %u"
			" copy-on-write copies, %u last-reference reuses\n",
			vmtotals.zfaults - c0.zfaults,
			vmtotals.swapins - c0.swapins,
			vmtotals.swapouts - c0.swapouts,
			vmtotals.cleanevicts - c0.cleanevicts,
			vmtotals.oomkills - c0.oomkills,
			vmtotals.cowfaults - c0.cowfaults,
			vmtotals.cowreuses - c0.cowreuses);
		kprintf("vmfuzz: operations:");
		for (k = 0; k < VFO_NKINDS; k++) {
			kprintf(" %s %u", fz_names[k], fr->nkind[k]);
		}
		kprintf("\nvmfuzz: kills by state:");
		for (k = PR_CURR; k <= PR_RECTIM; k++) {
			kprintf(" %s %u", fz_states[k], fr->nkilled[k]);
		}
		kprintf("\nvmfuzz: invariants: vmcheck %u times, worker"
			" counters %u times, pages checked on every read\n",
			fr->nvmcheck, fr->nwcheck);
	}
	freemem((char *)fr, sizeof(*fr));
	fz_pools(&after);
	if (after.heap != before.heap || after.ffs != before.ffs
	    || after.swap != before.swap || after.pt != before.pt
	    || after.nproc != before.nproc) {
		kprintf("vmfuzz: FAIL seed %u: resources not returned: heap"
			" %u->%u FFS %u->%u swap %u->%u PD/PT %u->%u"
			" processes %d->%d\n", seed, before.heap, after.heap,
			before.ffs, after.ffs, before.swap, after.swap,
			before.pt, after.pt, before.nproc, after.nproc);
		return SYSERR;
	}
	if (rc == OK) {
		kprintf("vmfuzz: pools, kernel heap and process table back to"
			" their values at the start: OK\n");
	}
	return rc;
}
