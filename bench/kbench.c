/* kbench.c - main: the kernel half of `make bench`
 *
 * Built as a MAIN program with -DBATCH, in the default VM configuration
 * and in the small one (mk/bench.mk), booted headless by bench/bench.py.  Every row is timed
 * with rdtsc around the operation and reported as the median of at least
 * BENCH_REPS samples.  Under QEMU's TCG with -icount shift=0 the TSC
 * advances once per guest instruction, so the figures are instruction
 * counts, the same on any host; under KVM they are TSC cycles.
 *
 * Output, one line per row, parsed by bench/bench.py:
 *	BENCH <row> <samples> <median> <min> <max> <mean>
 * Fault samples are sorted by which paging counters moved during the
 * fault (pool hit, zeroed on the path, dirty or clean eviction, swap-in),
 * so a row only holds faults that took exactly the path it names.  The
 * cost of reading the TSC itself (row "tsc") is taken off every sample.
 */

#include <xinu.h>
#include <shell.h>
#include "../paging/vmint.h"	/* counters that tell which path a fault took */

#ifndef BENCH_REPS
#define	BENCH_REPS	101		/* least samples per row	*/
#endif
#define	MAXSAMP		1024		/* samples kept per row		*/
#define	BENCH_PRIO	2000		/* above the pager (1000): it cannot
					   run, so its background zeroing
					   neither refills the pool nor lands
					   inside a timed fault		*/
#define	BENCH_STK	16384
#define	KPERROUND	128		/* most samples of a fault kind a
					   round of the fault scenario makes */
#define	USERFAULTS	MAXSAMP		/* pages the user-priority run touches */
#define	SETTLEMS	2		/* poll interval waiting for the pager */
#define	BIGALLOC	1024		/* pages of the large vmalloc	*/
#define	FORKPAGES	1024		/* resident pages of a forking parent
					   (the small FFS holds fewer: half
					   of it there, see forkpages)	*/
#define	COWPERROUND	64		/* copy-on-write faults a fork round
					   times (the copies take frames)	*/

/* Kernel counters not in a header (see paging/pager.c, vmcounters.c) */
extern	pid32	pagerpid;
extern	uint32	pager_teardowns, vm_cr3loads;

/* The rows, in the order they are printed */
enum	rowid {
	R_TSC,		/* reading the TSC twice: the overhead taken off */
	R_BOOTMAIN,	/* TSC when main starts				*/
	R_BOOTPROMPT,	/* TSC when the shell waits at its first prompt	*/
	R_ZFUSER,	/* first touch at user priority (pager may run)	*/
	R_ZFPOOL,	/* zero-fill served from the pre-zeroed pool	*/
	R_ZFPATH,	/* zero-fill zeroed on the fault path		*/
	R_ZFDIRTY,	/* zero-fill that evicts a dirty page (copy)	*/
	R_ZFCLEAN,	/* zero-fill that evicts a clean page (no copy)	*/
	R_SWAPIN,	/* swap-in into a free frame			*/
	R_SWAPINDIRTY,	/* swap-in that evicts a dirty page		*/
	R_SWAPINCLEAN,	/* swap-in that evicts a clean page		*/
	R_VM1,		/* vmalloc + vfree of one page			*/
	R_VMBIG,	/* vmalloc + vfree of BIGALLOC pages		*/
	R_MMAP1,	/* mmap + munmap of one page (anonymous, private) */
	R_CTXV,		/* switch between two vcreate processes		*/
	R_CTXC,		/* switch between two create processes		*/
	R_CREATEKILL,	/* create + kill				*/
	R_VCREATEKILL,	/* vcreate + kill, the pager's teardown included */
	R_FORK,		/* fork of a parent with forkpages() resident pages,
			   until either side returns from it		*/
	R_FORKEXIT,	/* the same fork, the child exits at once: until the
			   pager has torn its address space down	*/
	R_COWCOPY,	/* write to a shared private page: a copy	*/
	R_COWREUSE,	/* write to a read-only page with one mapping left:
			   made writable, no copy			*/
	NROWS
};

static	char	*rowname[NROWS] = {
	"tsc", "boot_main", "boot_prompt", "zf_user", "zf_pool", "zf_path",
	"zf_dirty", "zf_clean", "swapin", "swapin_dirty", "swapin_clean",
	"vm1", "vm1024", "mmap1", "ctx_vcreate", "ctx_create", "create_kill",
	"vcreate_kill", "fork", "fork_exit", "cow_copy", "cow_reuse"
};

static	uint32	samp[NROWS][MAXSAMP];	/* kept samples			*/
static	uint32	nsamp[NROWS];		/* how many kept		*/
static	uint32	tscovh;			/* median cost of a TSC read pair */
static	uint32	unclassified;		/* faults that matched no row	*/
static	int32	poolhalf = -1;		/* pool hits count only while the
					   pool stays at least this full	*/
static	volatile uint32 sink;		/* keeps the reads of pages	*/

/* The TSC, with compiler barriers so no access moves across it */
static	uint64	tsc(void)
{
	uint64	t;

	asm volatile("" : : : "memory");
	t = rdtsc();
	asm volatile("" : : : "memory");
	return t;
}

/* Keep one sample of a row, the TSC overhead taken off */
static	void	keep(int32 row, uint64 d)
{
	uint32	v = (d > tscovh) ? (uint32)(d - tscovh) : 0;

	if (nsamp[row] < MAXSAMP) {
		samp[row][nsamp[row]++] = v;
	}
}

static	int	cmpu32(const void *a, const void *b)
{
	uint32	x = *(const uint32 *)a, y = *(const uint32 *)b;

	return (x > y) - (x < y);
}

/* Median of the samples kept for a row (sorts them) */
static	uint32	median(int32 row)
{
	if (nsamp[row] == 0) {
		return 0;
	}
	qsort(samp[row], nsamp[row], sizeof(uint32), cmpu32);
	return samp[row][nsamp[row] / 2];
}

/* Mean of a row's samples, without 64-bit division (not in the kernel):
   the quotients and the remainders by n are summed apart */
static	uint32	mean(int32 row)
{
	uint32	n = nsamp[row], q = 0, r = 0, i;

	for (i = 0; i < n; i++) {
		q += samp[row][i] / n;
		r += samp[row][i] % n;
	}
	return n ? q + r / n : 0;
}

/*------------------------------------------------------------------------
 * Faults, classified by the counters they moved
 *------------------------------------------------------------------------
 */
struct	vmsnap {
	uint32	zf, pool, path, out, clean, in;
};

static	void	snap(struct vmsnap *s)
{
	s->zf = vmtotals.zfaults;
	s->pool = vmtotals_pool_hits;
	s->path = vmtotals_path_zeroes;
	s->out = vmtotals.swapouts;
	s->clean = vmtotals.cleanevicts;
	s->in = vmtotals.swapins;
}

/* The row a fault belongs to, from the counter changes, or -1 */
static	int32	faultkind(struct vmsnap *a, struct vmsnap *b)
{
	uint32	zf = b->zf - a->zf, pool = b->pool - a->pool;
	uint32	path = b->path - a->path, out = b->out - a->out;
	uint32	clean = b->clean - a->clean, in = b->in - a->in;

	if (zf == 1 && in == 0 && pool + path == 1 && out + clean == 0) {
		return pool ? R_ZFPOOL : R_ZFPATH;
	}
	if (zf == 1 && in == 0 && path == 1 && out + clean == 1) {
		return out ? R_ZFDIRTY : R_ZFCLEAN;
	}
	if (in == 1 && zf == 0 && pool + path == 0 && out + clean <= 1) {
		return out ? R_SWAPINDIRTY : (clean ? R_SWAPINCLEAN : R_SWAPIN);
	}
	return -1;
}

/*------------------------------------------------------------------------
 * touch - fault in n pages from p, writing or only reading them; each
 *	   fault is timed and kept in the row of the path it took (or in
 *	   row, if row >= 0: every fault goes there).  A pool hit that
 *	   leaves the pool below half is not kept: it also asks the pager
 *	   for a refill (pager_refill), which a process at user priority
 *	   almost never sees, as the pager then refills the pool at once.
 *------------------------------------------------------------------------
 */
static	void	touch(char *p, uint32 n, bool8 write, int32 row)
{
	struct	vmsnap	a, b;
	volatile char	*q;
	uint64	t0, t1;
	uint32	i;
	int32	k, zbefore;

	for (i = 0; i < n; i++) {
		q = (volatile char *)(p + i * PAGE_SIZE);
		zbefore = ffs_zero_count;
		snap(&a);
		t0 = tsc();
		if (write) {
			*q = (char)i;
		} else {
			sink += *q;
		}
		t1 = tsc();
		snap(&b);
		k = (row >= 0) ? row : faultkind(&a, &b);
		if (k == R_ZFPOOL && zbefore - 1 < poolhalf) {
			continue;	/* also asked the pager to refill */
		}
		if (k >= 0) {
			keep(k, t1 - t0);
		} else {
			unclassified++;
		}
	}
}

/* vmalloc that must succeed: the scenario depends on every page */
static	char	*mustalloc(uint32 npages)
{
	char	*p = vmalloc(npages * PAGE_SIZE);

	if (p == (char *)SYSERR) {
		kprintf("BENCHERR vmalloc of %u pages failed\n", npages);
		exit();
	}
	return p;
}

/*------------------------------------------------------------------------
 * settle - wait until the pager is idle: no teardown pending and the
 *	    zeroed pool as full as it will get
 *------------------------------------------------------------------------
 */
static	void	settle(void)
{
	while (proctab[pagerpid].prstate != PR_WAIT || vm_zombies > 0) {
		sleepms(SETTLEMS);
	}
}

/*------------------------------------------------------------------------
 * fault_round - one round of the fault scenario, under FIFO, by a
 *	process above the pager.  F frames, K samples of each kind:
 *	  X, V (K pages each) then Y (F pages) are written: pool hits,
 *	    zeroes on the path, and Y's last 2K evict X and V (dirty);
 *	  Y is freed; X is read back into free frames (plain swap-ins);
 *	  W (F - K pages) is written: zeroed on the path, FFS full again;
 *	  V is read back: the victims are X, swapped in and never written
 *	    (clean re-eviction, no copy);
 *	  X is read back: the victims are W's first pages (dirty);
 *	  W is freed; T is written: the victims of its last K pages are V
 *	    (a zero-fill fault evicting a clean page).
 *------------------------------------------------------------------------
 */
static	void	fault_round(uint32 k)
{
	uint32	f = MAX_FFS_SIZE;
	char	*x, *v, *y, *w, *t;

	x = mustalloc(k);
	v = mustalloc(k);
	y = mustalloc(f);
	touch(x, k, TRUE, -1);
	touch(v, k, TRUE, -1);
	touch(y, f, TRUE, -1);
	vfree(y, f * PAGE_SIZE);
	touch(x, k, FALSE, -1);
	w = mustalloc(f - k);
	touch(w, f - k, TRUE, -1);
	touch(v, k, FALSE, -1);
	touch(x, k, FALSE, -1);
	vfree(w, (f - k) * PAGE_SIZE);
	t = mustalloc(f - k);
	touch(t, f - k, TRUE, -1);
	vfree(t, (f - k) * PAGE_SIZE);
	vfree(v, k * PAGE_SIZE);
	vfree(x, k * PAGE_SIZE);
}

/*------------------------------------------------------------------------
 * vmworker - the paging rows, run in a vcreate process above the pager
 *------------------------------------------------------------------------
 */
static	process	vmworker(void)
{
	uint32	k, i, zpool;
	uint64	t0, t1;
	char	*p;
	int32	row, rc;
	static	uint32	sizes[2] = { 1, BIGALLOC };

	for (;;) {
		/* Each round starts with every frame free and the pool full:
		   the pager refills it while this process sleeps */
		settle();
		zpool = (uint32)ffs_zero_count;
		poolhalf = zpool / 2;
		k = zpool / 2;
		if (k > KPERROUND) {
			k = KPERROUND;
		}
		if (k > MAX_FFS_SIZE / 8) {
			k = MAX_FFS_SIZE / 8;
		}
		if (free_ffs_pages() != MAX_FFS_SIZE || k == 0) {
			kprintf("BENCHERR FFS not free at round start: %u of %u "
				"free, %u zeroed\n", free_ffs_pages(),
				MAX_FFS_SIZE, zpool);
			return SYSERR;
		}
		fault_round(k);
		for (row = R_ZFPOOL; row <= R_SWAPINCLEAN; row++) {
			if (nsamp[row] < BENCH_REPS) {
				break;
			}
		}
		if (row > R_SWAPINCLEAN) {
			break;
		}
	}

	for (i = 0; i < 2; i++) {
		for (k = 0; k < BENCH_REPS; k++) {
			t0 = tsc();
			p = vmalloc(sizes[i] * PAGE_SIZE);
			vfree(p, sizes[i] * PAGE_SIZE);
			t1 = tsc();
			if (p == (char *)SYSERR) {
				kprintf("BENCHERR vmalloc of %u pages failed\n",
					sizes[i]);
				return SYSERR;
			}
			keep(R_VM1 + i, t1 - t0);
		}
	}
	for (k = 0; k < BENCH_REPS; k++) {
		t0 = tsc();
		p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		rc = (p == MAP_FAILED) ? SYSERR : munmap(p, PAGE_SIZE);
		t1 = tsc();
		if (rc != OK) {
			kprintf("BENCHERR mmap + munmap of a page failed\n");
			return SYSERR;
		}
		keep(R_MMAP1, t1 - t0);
	}
	return OK;
}

/*------------------------------------------------------------------------
 * userfaults - first touches at user priority, the pager free to run
 *		(it preempts a fault that drains the pool below half and
 *		refills the pool then)
 *------------------------------------------------------------------------
 */
static	process	userfaults(void)
{
	uint32	n = USERFAULTS;
	char	*p;

	if (n > MAX_FFS_SIZE) {
		n = MAX_FFS_SIZE;
	}
	while (nsamp[R_ZFUSER] < BENCH_REPS) {
		p = mustalloc(n);
		touch(p, n, TRUE, R_ZFUSER);
		vfree(p, n * PAGE_SIZE);
	}
	return OK;
}

/*------------------------------------------------------------------------
 * Sharing: fork and copy-on-write.  The forking process runs at the
 * shell's priority, below the pager, so that a child's exit is torn
 * down as it happens (as in the vcreate + kill row); it rises above the
 * pager (BENCH_PRIO) only around timed writes, so the pager's refills
 * never land inside one.
 *------------------------------------------------------------------------
 */
static	volatile uint64	forkret;	/* TSC where the first side of a
					   fork returned (kernel memory:
					   both sides see it)		*/

/* Pages of the forking parent: FORKPAGES, or half the FFS if smaller */
static	uint32	forkpages(void)
{
	return FORKPAGES < MAX_FFS_SIZE / 2 ? FORKPAGES : MAX_FFS_SIZE / 2;
}

/* The first side back from fork stamps forkret (the child usually:
   ready() switches to it, being of the parent's priority) */
static	void	forkstamp(uint64 t)
{
	intmask	mask = disable();

	if (forkret == 0) {
		forkret = t;
	}
	restore(mask);
}

/* Wait (yielding to the pager) until it has torn down one more address
   space and given back the PD/PT frames down to ptfree */
static	void	waitteardown(uint32 teardowns, uint32 ptfree)
{
	while (pager_teardowns == teardowns || free_pt_frames() != ptfree) {
		yield();
	}
}

/*------------------------------------------------------------------------
 * cowtouch - write n pages from p, above the pager, timing each write
 *	fault and keeping it in row if the copy-on-write counters say it
 *	took that path alone (a copy, or a reuse of the last reference)
 *------------------------------------------------------------------------
 */
static	void	cowtouch(char *p, uint32 n, int32 row)
{
	struct	vmsnap	a, b;
	uint32	cow, reuse, i;
	uint64	t0, t1;
	pri16	old;

	old = chprio(getpid(), BENCH_PRIO);
	for (i = 0; i < n; i++) {
		snap(&a);
		cow = vmtotals.cowfaults;
		reuse = vmtotals.cowreuses;
		t0 = tsc();
		*(volatile char *)(p + i * PAGE_SIZE) = (char)i;
		t1 = tsc();
		snap(&b);
		cow = vmtotals.cowfaults - cow;
		reuse = vmtotals.cowreuses - reuse;
		if (b.zf == a.zf && b.in == a.in
		    && b.out + b.clean == a.out + a.clean
		    && cow + reuse == 1
		    && (row == R_COWCOPY ? cow : reuse) == 1) {
			keep(row, t1 - t0);
		} else {
			unclassified++;
		}
	}
	chprio(getpid(), old);
}

/*------------------------------------------------------------------------
 * forker - the sharing rows: a parent with forkpages() resident pages
 *	forks BENCH_REPS times; each child exits at once (fork, fork_exit),
 *	and then the parent's pages, read-only with one mapping left, are
 *	written (cow_reuse).  Then rounds where the child waits while the
 *	parent writes shared pages (cow_copy).
 *------------------------------------------------------------------------
 */
static	process	forker(void)
{
	uint32	n = forkpages(), i, k, teardowns, ptfree;
	uint64	t0, t;
	char	*p = mustalloc(n);
	pid32	child;

	for (i = 0; i < n; i++) {
		p[i * PAGE_SIZE] = (char)i;		/* all resident	*/
	}
	kprintf("BENCHNOTE fork parent with %u resident pages\n", n);
	for (k = 0; k < BENCH_REPS; k++) {
		settle();
		teardowns = pager_teardowns;
		ptfree = free_pt_frames();
		forkret = 0;
		t0 = tsc();
		child = fork();
		t = tsc();
		forkstamp(t);
		if (child == 0) {
			exit();
		}
		if (child == SYSERR) {
			kprintf("BENCHERR fork failed\n");
			return SYSERR;
		}
		waitteardown(teardowns, ptfree);
		t = tsc();
		keep(R_FORK, forkret - t0);
		keep(R_FORKEXIT, t - t0);
		recvclr();
		settle();
		cowtouch(p, n, R_COWREUSE);
	}

	/* Copies: each round forks a child that waits in receive while the
	   parent writes COWPERROUND of the shared pages */
	while (nsamp[R_COWCOPY] < BENCH_REPS) {
		settle();
		teardowns = pager_teardowns;
		ptfree = free_pt_frames();
		child = fork();
		if (child == 0) {
			receive();
			exit();
		}
		if (child == SYSERR) {
			kprintf("BENCHERR fork failed\n");
			return SYSERR;
		}
		cowtouch(p, n < COWPERROUND ? n : COWPERROUND, R_COWCOPY);
		send(child, OK);
		waitteardown(teardowns, ptfree);
		recvclr();
		settle();
		cowtouch(p + COWPERROUND * PAGE_SIZE, n > COWPERROUND ?
			n - COWPERROUND : 0, R_COWREUSE);
	}
	vfree(p, n * PAGE_SIZE);
	return OK;
}

/*------------------------------------------------------------------------
 * ping, pong - the two ends of a message ping-pong: one round trip is
 *		two context switches
 *------------------------------------------------------------------------
 */
static	process	pong(void)
{
	pid32	peer;

	while ((peer = (pid32)receive()) != SYSERR) {
		send(peer, OK);
	}
	return OK;
}

static	process	ping(pid32 peer, int32 row)
{
	uint32	i, loads;
	uint64	t0, t1;

	loads = vm_cr3loads;
	for (i = 0; i < BENCH_REPS; i++) {
		t0 = tsc();
		send(peer, getpid());
		receive();
		t1 = tsc();
		/* Half the round trip, less the TSC read, which keep()
		   takes off: (d + o) / 2 - o = (d - o) / 2 */
		keep(row, (t1 - t0 + tscovh) / 2);
	}
	kprintf("BENCHNOTE %s %u CR3 loads in %u switches\n", rowname[row],
		vm_cr3loads - loads, 2 * BENCH_REPS);
	send(peer, (umsg32)SYSERR);		/* pong ends		*/
	return OK;
}

/* Wait until a child has ended (two children may end before this process
   runs again, and a second death message finds the first unreceived) */
static	void	waitgone(pid32 pid)
{
	while (proctab[pid].prstate != PR_FREE) {
		sleepms(SETTLEMS);
	}
	recvclr();
}

/* Run a ping-pong pair made by cr (create or vcreate); wait for both */
static	void	pingpong(pid32 (*cr)(void *, uint32, pri16, char *, uint32, ...),
			int32 row)
{
	pid32	b, a;

	recvclr();
	b = cr(pong, BENCH_STK, BENCH_PRIO, "pong", 0);
	a = cr(ping, BENCH_STK, BENCH_PRIO, "ping", 2, b, row);
	if (a == SYSERR || b == SYSERR) {
		kprintf("BENCHERR cannot create the ping-pong pair\n");
		return;
	}
	resume(b);			/* runs at once, waits in receive */
	resume(a);
	waitgone(a);
	waitgone(b);
}

/* A process that is never resumed (create+kill rows) */
static	process	never_run(void)
{
	return OK;
}

/*------------------------------------------------------------------------
 * main - run every row, then print them
 *------------------------------------------------------------------------
 */
process	main(void)
{
	uint64	t0, t1, boot;
	uint32	i, teardowns, ptfree;
	pid32	pid;
	int32	row;

	boot = tsc();			/* first thing: boot to main	*/

	/* Boot to the prompt: start the shell the way system/main.c does;
	   it runs at once (same priority), prints the prompt and blocks
	   for input, and only then does this process run again */
	recvclr();
	pid = create(shell, SHELL_STK, INITPRIO, "shell", 1, CONSOLE);
	resume(pid);
	t1 = tsc();
	kill(pid);
	recvclr();
	kprintf("\n");

	for (i = 0; i < BENCH_REPS; i++) {
		t0 = tsc();
		keep(R_TSC, tsc() - t0);
	}
	tscovh = median(R_TSC);

	/* create + kill, and vcreate + kill until the pager has torn the
	   address space down (it preempts this process inside kill) */
	for (i = 0; i < BENCH_REPS; i++) {
		t0 = tsc();
		kill(create(never_run, BENCH_STK, INITPRIO, "never_run", 0));
		keep(R_CREATEKILL, tsc() - t0);
		recvclr();
	}
	settle();
	for (i = 0; i < BENCH_REPS; i++) {
		teardowns = pager_teardowns;
		ptfree = free_pt_frames();
		t0 = tsc();
		kill(vcreate(never_run, BENCH_STK, INITPRIO, "never_run", 0));
		while (pager_teardowns == teardowns
		       || free_pt_frames() != ptfree) {
			yield();
		}
		keep(R_VCREATEKILL, tsc() - t0);
		recvclr();
	}

	pingpong(vcreate, R_CTXV);
	pingpong(create, R_CTXC);

	vmpolicy(FIFO);
	settle();
	pid = vcreate(userfaults, BENCH_STK, INITPRIO, "userfaults", 0);
	resume(pid);
	waitgone(pid);
	settle();
	pid = vcreate(vmworker, BENCH_STK, BENCH_PRIO, "vmworker", 0);
	resume(pid);
	waitgone(pid);
	settle();
	pid = vcreate(forker, BENCH_STK, INITPRIO, "forker", 0);
	resume(pid);
	waitgone(pid);
	settle();

	/* The boot rows are one reading each, and may not fit 32 bits */
	kprintf("BENCH %s 1 %llu %llu %llu %llu\n", rowname[R_BOOTMAIN],
		boot, boot, boot, boot);
	kprintf("BENCH %s 1 %llu %llu %llu %llu\n", rowname[R_BOOTPROMPT],
		t1, t1, t1, t1);
	for (row = 0; row < NROWS; row++) {
		if (row == R_BOOTMAIN || row == R_BOOTPROMPT) {
			continue;
		}
		kprintf("BENCH %s %u %u ", rowname[row], nsamp[row],
			median(row));
		kprintf("%u %u %u\n", samp[row][0],
			nsamp[row] ? samp[row][nsamp[row] - 1] : 0, mean(row));
	}
	kprintf("BENCHNOTE config FFS %u frames, swap %u slots, PD/PT %u "
		"frames\n", MAX_FFS_SIZE, MAX_SWAP_SIZE, MAX_PT_SIZE);
	kprintf("BENCHNOTE unclassified faults %u\n", unclassified);
	kprintf("BENCHNOTE vmcheck %s\n", vmcheck() == OK ? "OK" : "FAILED");
	kprintf("BENCH end\n");
	return OK;
}
