/* umix.c - main, rnd, op, forkop, mapop */

/*
 * umix SEED [OPS]: a seeded random mix of every system call, for running
 * many instances at once (the kernel's test starts 50).  OPS operations
 * (default 40), each one of: getpid, getprio, sleepms(0..2), yield,
 * semaphores of its own (create, wait, signal, delete), messages (to
 * itself, which must come back, and to a neighbouring pid, which may fail
 * or go to a sibling, then a recvtime that takes whatever came), vmalloc
 * and vfree with the data checked, mmap / mprotect / munmap, private and
 * shared, fork (the child writes to a shared and a private page, signals
 * and exits; the parent sees the shared write only), write on stdout, the
 * VM counters and uptime.  A call refused for want of resources (fork,
 * vmalloc, mmap with many processes running) is not a failure; a wrong
 * result is.  Children are waited for before the program ends.
 *
 * Exit status: 0 when every check passed, else the number of failures,
 * one line printed per failure.
 */

#include <ulib.h>

#define	OPS_DEF		40
#define	NOPS		12		/* kinds of operation		*/
#define	MAXPAGES	3		/* a vmalloc or mmap's size	*/
#define	WAIT_MS		60000		/* hang limit for a child	*/
#define	NEIGHBOUR	3		/* send to pid +- this		*/
#define	PRINT_EVERY	10		/* seeds that print a line	*/

static	uint32	seed;
static	int32	fails;
static	int32	nforks, nmaps;		/* how many were not refused	*/
static	volatile int32	priv = 1;	/* .data: copy-on-write in a child */

static	void	fail(const char *what, int32 a, int32 b)
{
	printf("umix %u: FAIL %s (%d, %d)\n", seed, what, a, b);
	fails++;
}

/* A linear congruential generator: the same seed, the same mix */
static	uint32	rnd(uint32 n)
{
	static	uint32	x;

	if (x == 0) {
		x = seed * 2654435761u + 1;
	}
	x = x * 1103515245u + 12345u;
	return (x >> 16) % n;
}

/* Fill pages at p with words of tag, or check them */
static	void	fill(char *p, uint32 npages, uint32 tag)
{
	uint32	i;

	for (i = 0; i < npages * PAGE_SIZE / 4; i += 64) {
		((uint32 *)p)[i] = tag ^ i;
	}
}

static	bool8	same(char *p, uint32 npages, uint32 tag)
{
	uint32	i;

	for (i = 0; i < npages * PAGE_SIZE / 4; i += 64) {
		if (((uint32 *)p)[i] != (tag ^ i)) {
			return FALSE;
		}
	}
	return TRUE;
}

/*------------------------------------------------------------------------
 * forkop - a child writes a shared page and a private global, signals,
 *	    exits; the parent waits for it, sees the shared write only
 *------------------------------------------------------------------------
 */
static	void	forkop(void)
{
	char	*sh = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
			MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	sid32	s = semcreate(0);
	pid32	pid;
	uint32	t0;

	if (sh == MAP_FAILED || s == SYSERR) {
		goto out;		/* no room now: allowed		*/
	}
	sh[0] = 'p';
	priv = 1;
	pid = fork();
	if (pid == 0) {
		priv = 2;
		sh[0] = 'c';
		sh[1] = (char)(getpid() != 0);
		signal(s);
		exit(0);
	}
	if (pid == SYSERR) {
		goto out;
	}
	nforks++;
	if (wait(s) != OK) {
		fail("wait for the child", s, 0);
	}
	if (sh[0] != 'c' || sh[1] != 1) {
		fail("the child's write to a shared page", sh[0], sh[1]);
	}
	if (priv != 1) {
		fail("the child's write to a private global", priv, 0);
	}
	t0 = uptime();			/* it is gone before we go on	*/
	while (getprio(pid) != SYSERR && uptime() - t0 < WAIT_MS) {
		sleepms(1);
	}
	if (getprio(pid) != SYSERR) {
		fail("the child never ended", pid, 0);
	}
out:
	if (s != SYSERR && semdelete(s) != OK) {
		fail("semdelete", s, 0);
	}
	if (sh != MAP_FAILED && munmap(sh, PAGE_SIZE) != OK) {
		fail("munmap of the shared page", 0, 0);
	}
}

/*------------------------------------------------------------------------
 * mapop - a private mapping: written, made read-only, read, made
 *	   writable again, written, unmapped
 *------------------------------------------------------------------------
 */
static	void	mapop(void)
{
	uint32	n = 1 + rnd(MAXPAGES), tag = seed << 8;
	char	*p = mmap(NULL, n * PAGE_SIZE, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED) {
		return;
	}
	nmaps++;
	fill(p, n, tag);
	if (mprotect(p, n * PAGE_SIZE, PROT_READ) != OK) {
		fail("mprotect read-only", n, 0);
	}
	if (!same(p, n, tag)) {
		fail("a read-only mapping's data", n, 0);
	}
	if (mprotect(p, n * PAGE_SIZE, PROT_READ | PROT_WRITE) != OK) {
		fail("mprotect writable", n, 0);
	}
	fill(p, n, tag + 1);
	if (!same(p, n, tag + 1)) {
		fail("a mapping's data", n, 0);
	}
	if (munmap(p, n * PAGE_SIZE) != OK) {
		fail("munmap", n, 0);
	}
}

/*------------------------------------------------------------------------
 * op - one operation of kind k
 *------------------------------------------------------------------------
 */
static	void	op(uint32 k)
{
	pid32	me = getpid();
	uint32	n, t0, avp;
	char	*p;
	sid32	s;
	umsg32	m;

	switch (k) {
	case 0:
		if (getpid() != me || me <= 0) {
			fail("getpid", me, getpid());
		}
		if (getprio(me) <= 0) {
			fail("getprio", getprio(me), 0);
		}
		break;
	case 1:
		t0 = uptime();
		if (sleepms(rnd(3)) != OK) {
			fail("sleepms", 0, 0);
		}
		if (uptime() < t0) {
			fail("uptime went back", t0, uptime());
		}
		break;
	case 2:
		if (yield() != OK) {
			fail("yield", 0, 0);
		}
		break;
	case 3:
		s = semcreate(1);
		if (s == SYSERR) {
			break;		/* table full: allowed		*/
		}
		if (wait(s) != OK || signal(s) != OK || signal(s) != OK
		    || wait(s) != OK || wait(s) != OK) {
			fail("wait and signal", s, 0);
		}
		if (semdelete(s) != OK) {
			fail("semdelete", s, 0);
		}
		break;
	case 4:				/* to itself: must come back	*/
		m = seed + 1000;
		if (send(me, m) == OK) {
			if (receive() != m) {
				fail("a message to itself", m, 0);
			}
		} else {
			receive();	/* someone's message was there	*/
		}
		break;
	case 5:				/* to a neighbour: may fail	*/
		send(me + (int32)rnd(2 * NEIGHBOUR + 1) - NEIGHBOUR, seed);
		recvtime(rnd(2));
		break;
	case 6:
		n = 1 + rnd(MAXPAGES);
		avp = allocated_virtual_pages(me);
		p = vmalloc(n * PAGE_SIZE);
		if (p == (char *)SYSERR) {
			break;
		}
		if (allocated_virtual_pages(me) != avp + n) {
			fail("allocated_virtual_pages after vmalloc",
				allocated_virtual_pages(me), avp + n);
		}
		fill(p, n, seed);
		yield();
		if (!same(p, n, seed)) {
			fail("vmalloc'd data", n, 0);
		}
		if (vfree(p, n * PAGE_SIZE) != OK
		    || vfree(p, n * PAGE_SIZE) != SYSERR) {
			fail("vfree", n, 0);
		}
		if (allocated_virtual_pages(me) != avp) {
			fail("allocated_virtual_pages after vfree",
				allocated_virtual_pages(me), avp);
		}
		break;
	case 7:
		mapop();
		break;
	case 8:
		forkop();
		break;
	case 9:
		if (write(STDOUT, "", 0) != 0) {
			fail("write of nothing", 0, 0);
		}
		break;
	case 10:
		if (used_ffs_frames(me) == (uint32)SYSERR
		    || used_swap_frames(me) == (uint32)SYSERR
		    || free_ffs_pages() == (uint32)SYSERR
		    || free_swap_pages() == (uint32)SYSERR) {
			fail("a VM counter", 0, 0);
		}
		break;
	default:
		if (getprio(-1) != SYSERR || kill(-1) != SYSERR) {
			fail("a call with a bad pid", 0, 0);
		}
		break;
	}
}

/*------------------------------------------------------------------------
 * main - OPS operations, then a line from some seeds
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	int32	ops = argc > 2 ? atoi(argv[2]) : OPS_DEF, i;

	seed = argc > 1 ? atoi(argv[1]) : 0;
	for (i = 0; i < ops; i++) {
		op(rnd(NOPS));
	}
	recvtime(0);			/* a last message from a sibling */
	if (seed % PRINT_EVERY == 0) {
		printf("umix %u: %d operations (%d forks, %d mmaps), "
			"%d failures\n", seed, ops, nforks, nmaps, fails);
	}
	return fails;
}
