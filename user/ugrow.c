/* ugrow.c - main, grow, shrink, child, reaped, settle */

/*
 * ugrow [NCHILD [MINCHILD]]: sbrk-style growth of a heap through vmalloc,
 * after xv6's usertests (sbrkbasic, sbrkmuch, sbrkfail).
 *
 * 1. Grow the heap in GROW_STEPS steps to GROW_BYTES (100 MiB), touching
 *    every page (a word written, read back after all are written); shrink
 *    it with vfree from the top down, step by step; grow it again: every
 *    re-grown page reads as zeros.  Touching needs a frame or a swap slot
 *    per page, so on a kernel with less than that (the small test
 *    configuration) the size is scaled to 3/4 of the free FFS frames and
 *    swap slots seen at the start: more would get this program killed
 *    with OUT_OF_MEMORY, which is right but not what is tested here.
 * 2. NCHILD (default 10) children, forked first and then released at
 *    once, each vmalloc until refused (SYSERR) without touching (virtual
 *    pages and page tables run out, not frames), then touch a few pages
 *    of what it got.  Each writes its result in a MAP_SHARED page.
 *    Fewer than NCHILD forks may succeed when page tables are scarce (the
 *    small configuration); at least MINCHILD (default NCHILD) must.
 * 3. After every child is gone, the FFS and swap counts are back to what
 *    the parent saw before forking, and the parent still allocates and
 *    touches (nothing leaked).
 *
 * Exit status: 0 when every check passed, else the number of failures,
 * one line printed per failure.
 */

#include <ulib.h>

#define	GROW_BYTES	(100 * 1024 * 1024)	/* xv6's "sbrkmuch"	*/
#define	GROW_PAGES	(GROW_BYTES / PAGE_SIZE)
#define	GROW_STEPS	16		/* vmalloc calls to grow it	*/
#define	NCHILD_MAX	10		/* the ten children	*/
#define	CHILD_FIRST	(256 * 1024 * 1024)	/* a child's first try	*/
#define	CHILD_TOUCH	4		/* pages a child touches	*/
#define	AFTER_PAGES	16		/* the parent's last allocation	*/
#define	WAIT_MS		60000		/* hang limit for children, pager */
#define	POLL_MS		2
#define	MAGIC		0x6b1d0000u

/* A child's report, in the page shared by all (MAP_SHARED) */
struct	report	{
	uint32	pages;			/* heap pages vmalloc gave	*/
	int32	fails;			/* its checks that failed	*/
	int32	done;			/* written last			*/
};

static	int32	fails;
static	char	*steps[GROW_STEPS];	/* the pieces of the heap	*/

static	void	fail(const char *what, uint32 a, uint32 b)
{
	printf("ugrow: FAIL %s (%u, %u)\n", what, a, b);
	fails++;
}

/*------------------------------------------------------------------------
 * grow - vmalloc the heap in GROW_STEPS pieces of per pages; write a
 *	  word per page (touch), or only check that every page reads as
 *	  zeros (its first, middle and last word)
 *------------------------------------------------------------------------
 */
static	void	grow(uint32 per, bool8 touch)
{
	int32	i;
	uint32	p;
	volatile uint32	*w;

	for (i = 0; i < GROW_STEPS; i++) {
		steps[i] = vmalloc(per * PAGE_SIZE);
		if (steps[i] == (char *)SYSERR) {
			fail("vmalloc refused while growing", i, per);
			return;
		}
	}
	for (i = 0; i < GROW_STEPS; i++) {
		for (p = 0; p < per; p++) {
			w = (volatile uint32 *)(steps[i] + p * PAGE_SIZE);
			if (touch) {
				w[p % (PAGE_SIZE / 4)] = MAGIC ^ (uint32)w;
			} else if (w[0] != 0 || w[PAGE_SIZE / 8] != 0
				   || w[PAGE_SIZE / 4 - 1] != 0) {
				fail("a re-grown page is not zeros", i, p);
				return;
			}
		}
	}
	if (!touch) {
		return;
	}
	for (i = 0; i < GROW_STEPS; i++) {	/* read back: swapped in */
		for (p = 0; p < per; p++) {
			w = (volatile uint32 *)(steps[i] + p * PAGE_SIZE);
			if (w[p % (PAGE_SIZE / 4)] != (MAGIC ^ (uint32)w)) {
				fail("a touched word changed", i, p);
				return;
			}
		}
	}
}

/*------------------------------------------------------------------------
 * shrink - vfree the pieces from the top down
 *------------------------------------------------------------------------
 */
static	void	shrink(uint32 per)
{
	int32	i;

	for (i = GROW_STEPS - 1; i >= 0; i--) {
		if (steps[i] != (char *)SYSERR
		    && vfree(steps[i], per * PAGE_SIZE) != OK) {
			fail("vfree of a grown piece", i, per);
		}
		steps[i] = (char *)SYSERR;
	}
}

/*------------------------------------------------------------------------
 * child - wait for the start, vmalloc until refused, touch a few pages,
 *	   report, and wait for the end
 *------------------------------------------------------------------------
 */
static	void	child(sid32 go, sid32 done, sid32 end, struct report *rp)
{
	uint32	ask = CHILD_FIRST, pages = 0, i, ntouch = 0;
	char	*first = NULL, *p;
	int32	bad = 0;

	wait(go);
	while (ask >= PAGE_SIZE) {
		p = vmalloc(ask);
		if (p == (char *)SYSERR) {
			ask /= 2;		/* refused: try less	*/
			continue;
		}
		if (first == NULL) {
			first = p;
			ntouch = ask / PAGE_SIZE < CHILD_TOUCH
				? ask / PAGE_SIZE : CHILD_TOUCH;
		}
		pages += ask / PAGE_SIZE;
	}
	if (vmalloc(PAGE_SIZE) != (char *)SYSERR) {
		bad++;			/* refused now: no child has ended */
	}
	if (first != NULL) {
		for (i = 0; i < ntouch; i++) {
			((volatile uint32 *)first)[i * PAGE_SIZE / 4] = i + 1;
		}
		for (i = 0; i < ntouch; i++) {
			bad += ((volatile uint32 *)first)[i * PAGE_SIZE / 4]
				!= i + 1;
		}
	}
	rp->pages = pages;
	rp->fails = bad;
	rp->done = 1;
	signal(done);
	wait(end);		/* all report before any ends (and gives
				   its tables back)			*/
	exit(0);
}

/*------------------------------------------------------------------------
 * reaped - wait until pid is gone (getprio refuses it); FALSE at the limit
 *------------------------------------------------------------------------
 */
static	bool8	reaped(pid32 pid)
{
	uint32	t0 = uptime();

	while (getprio(pid) != SYSERR) {
		if (uptime() - t0 > WAIT_MS) {
			return FALSE;
		}
		sleepms(POLL_MS);
	}
	return TRUE;
}

/*------------------------------------------------------------------------
 * settle - wait until the free FFS and swap counts are ffs and swap again
 *	    (a dead child's memory is given back by the pager, later);
 *	    FALSE at the limit
 *------------------------------------------------------------------------
 */
static	bool8	settle(uint32 ffs, uint32 swap)
{
	uint32	t0 = uptime();

	while (free_ffs_pages() != ffs || free_swap_pages() != swap) {
		if (uptime() - t0 > WAIT_MS) {
			return FALSE;
		}
		sleepms(POLL_MS);
	}
	return TRUE;
}

/*------------------------------------------------------------------------
 * main - the three parts, see above
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	int32	nchild = argc > 1 ? atoi(argv[1]) : NCHILD_MAX;
	int32	minchild = argc > 2 ? atoi(argv[2]) : nchild;
	uint32	room, max, per, avp0, ffs0, swap0, i;
	pid32	pids[NCHILD_MAX];
	struct	report	*rep;
	sid32	go, done, end;
	int32	n, k;
	char	*p;

	if (nchild < 1 || nchild > NCHILD_MAX) {
		nchild = NCHILD_MAX;
	}

	/* 1. grow, shrink, grow again */
	room = free_ffs_pages() + free_swap_pages();
	max = room / 4 * 3;
	if (max > GROW_PAGES) {
		max = GROW_PAGES;
	}
	per = max / GROW_STEPS;
	avp0 = allocated_virtual_pages(getpid());
	printf("ugrow: growing to %u pages (%u free frames and slots)\n",
		per * GROW_STEPS, room);
	grow(per, TRUE);
	if (allocated_virtual_pages(getpid()) != avp0 + per * GROW_STEPS) {
		fail("allocated_virtual_pages after growing",
			allocated_virtual_pages(getpid()), avp0);
	}
	shrink(per);
	if (allocated_virtual_pages(getpid()) != avp0) {
		fail("allocated_virtual_pages after shrinking",
			allocated_virtual_pages(getpid()), avp0);
	}
	grow(per, FALSE);
	shrink(per);

	/* 2. children growing until refused */
	rep = (struct report *)mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	go = semcreate(0);
	done = semcreate(0);
	end = semcreate(0);
	if ((char *)rep == MAP_FAILED || go == SYSERR || done == SYSERR
	    || end == SYSERR) {
		fail("mmap or semcreate", (uint32)rep, go);
		return fails;
	}
	memset(rep, 0, sizeof(*rep) * NCHILD_MAX);
	printf("ugrow: %d children grow until refused\n", nchild);
	ffs0 = free_ffs_pages();
	swap0 = free_swap_pages();
	for (n = 0; n < nchild; n++) {
		pids[n] = fork();
		if (pids[n] == 0) {
			child(go, done, end, &rep[n]);
		}
		if (pids[n] == SYSERR) {
			break;		/* no tables or pids left	*/
		}
	}
	if (n < minchild) {
		fail("too few forks succeeded", n, minchild);
	}
	for (k = 0; k < n; k++) {
		signal(go);
	}
	for (k = 0; k < n; k++) {
		wait(done);
	}
	for (k = 0; k < n; k++) {
		signal(end);
	}
	for (k = 0; k < n; k++) {
		if (!reaped(pids[k])) {
			fail("a child never ended", k, pids[k]);
		}
		if (!rep[k].done || rep[k].fails != 0 || rep[k].pages == 0) {
			fail("a child's growth", k, rep[k].fails);
		}
	}

	/* 3. nothing leaked: the counts come back, the parent allocates */
	if (!settle(ffs0, swap0)) {
		fail("free FFS pages after the children", free_ffs_pages(),
			ffs0);
		fail("free swap pages after the children", free_swap_pages(),
			swap0);
	}
	p = vmalloc(AFTER_PAGES * PAGE_SIZE);
	if (p == (char *)SYSERR) {
		fail("the parent's vmalloc after the children", 0, 0);
	} else {
		for (i = 0; i < AFTER_PAGES; i++) {
			p[i * PAGE_SIZE] = (char)i;
		}
		for (i = 0; i < AFTER_PAGES; i++) {
			if (p[i * PAGE_SIZE] != (char)i) {
				fail("the parent's pages after the children",
					i, 0);
			}
		}
		if (vfree(p, AFTER_PAGES * PAGE_SIZE) != OK) {
			fail("the parent's vfree after the children", 0, 0);
		}
	}
	for (i = 0, k = 0; k < n; k++) {
		i += rep[k].pages;
	}
	printf("ugrow: %d children got %u pages, %d failures\n", n, i, fails);
	semdelete(go);
	semdelete(done);
	semdelete(end);
	munmap((char *)rep, PAGE_SIZE);
	return fails;
}
