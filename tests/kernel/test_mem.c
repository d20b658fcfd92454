/* test_mem.c - tests of the heap: getmem/freemem first fit, rounding,
 *		coalescing, refusal of bogus frees, getstk/freestk, and no
 *		leak over 1000 process lifetimes
 *
 * Expected addresses are worked out by walking the free list (with
 * interrupts off, in the same critical section as the allocation), so the
 * tests hold whatever the heap looked like when they started.
 */

#include <xinu.h>
#include "testsuite.h"
#include "kerntest.h"

#define	UNIT		256		/* block size the tests carve	*/
#define	STKSIZE		4096
#define	NCYCLES		1000		/* create/kill cycles		*/

/* The first (lowest) free block that can hold n bytes, as first fit
   must choose it; interrupts must be off */
local	char	*first_fit(uint32 n)
{
	struct	memblk	*blk;

	n = (uint32)roundmb(n);
	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		if (blk->mlength >= n) {
			return (char *)blk;
		}
	}
	return (char *)SYSERR;
}

/* The top word of the highest free block that can hold n bytes: what
   getstk must return; interrupts must be off */
local	char	*highest_fit_top(uint32 n)
{
	struct	memblk	*blk, *fit = NULL;

	n = (uint32)roundmb(n);
	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		if (blk->mlength >= n) {
			fit = blk;
		}
	}
	if (fit == NULL) {
		return (char *)SYSERR;
	}
	return (char *)fit + fit->mlength - sizeof(uint32);
}

/* The list is sorted, its blocks disjoint, not adjacent (fully
   coalesced), and their lengths add up to memfree() */
local	bool8	list_sane(void)
{
	intmask	mask = disable();
	struct	memblk	*blk;
	uint32	sum = 0, prevend = 0;
	bool8	ok = TRUE;

	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		if ((uint32)blk <= prevend || ((uint32)blk & 7)
		    || (blk->mlength & 7) || blk->mlength == 0) {
			ok = FALSE;
			break;
		}
		sum += blk->mlength;
		prevend = (uint32)blk + blk->mlength;
	}
	if (sum != memlist.mlength) {
		ok = FALSE;
	}
	restore(mask);
	return ok;
}

/* Requests are rounded up to a multiple of 8 and 8-aligned */
TESTCASE_T(mem_rounding, KT_LIMIT_MS)
{
	uint32	sizes[5] = { 1, 7, 8, 9, 13 };
	uint32	heap = memfree();
	char	*p;
	int32	i;

	for (i = 0; i < 5; i++) {
		p = getmem(sizes[i]);
		CHECK(p != (char *)SYSERR);
		CHECK_EQ((uint32)p & 7, 0);
		CHECK_EQ(heap - memfree(), (sizes[i] + 7) & ~7);
		CHECK_EQ(freemem(p, sizes[i]), OK);
		CHECK_EQ(memfree(), heap);
	}
	CHECK(list_sane());
}

/* getmem takes the lowest block that fits, not the best fitting one */
TESTCASE_T(mem_first_fit, KT_LIMIT_MS)
{
	intmask	mask;
	uint32	heap = memfree();
	int32	nblocks = kt_nfreeblocks();
	char	*p, *a, *expect;

	mask = disable();
	expect = first_fit(5 * UNIT);
	p = getmem(5 * UNIT);
	restore(mask);
	CHECK(p != (char *)SYSERR);
	CHECK_EQ(p, expect);

	/* a 2-unit hole at p, then an exact 1-unit hole at p + 3 units */
	CHECK_EQ(freemem(p, 2 * UNIT), OK);
	CHECK_EQ(freemem(p + 3 * UNIT, UNIT), OK);
	mask = disable();
	expect = first_fit(UNIT);
	a = getmem(UNIT);
	restore(mask);
	CHECK_EQ(a, expect);
	CHECK(a <= p);			/* not the exact hole above it	*/

	CHECK_EQ(freemem(a, UNIT), OK);
	CHECK_EQ(freemem(p + 2 * UNIT, UNIT), OK);
	CHECK_EQ(freemem(p + 4 * UNIT, UNIT), OK);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(kt_nfreeblocks(), nblocks);
	CHECK(list_sane());
}

/* Adjacent freed blocks merge, with the block before, after, or both: a
   request of their combined size then gets the first address back */
TESTCASE_T(mem_coalesce, KT_LIMIT_MS)
{
	uint32	heap = memfree();
	int32	nblocks = kt_nfreeblocks();
	char	*p;

	/* lower half first, then the upper half merges into it */
	p = getmem(2 * UNIT);
	CHECK(p != (char *)SYSERR);
	CHECK_EQ(freemem(p, UNIT), OK);
	CHECK_EQ(freemem(p + UNIT, UNIT), OK);
	CHECK(kt_isfree(p, 2 * UNIT));
	CHECK_EQ(kt_nfreeblocks(), nblocks);
	CHECK_EQ(getmem(2 * UNIT), p);

	/* upper half first, then the lower half merges with it */
	CHECK_EQ(freemem(p + UNIT, UNIT), OK);
	CHECK_EQ(freemem(p, UNIT), OK);
	CHECK(kt_isfree(p, 2 * UNIT));
	CHECK_EQ(kt_nfreeblocks(), nblocks);
	CHECK_EQ(getmem(2 * UNIT), p);
	CHECK_EQ(freemem(p, 2 * UNIT), OK);

	/* both ends free: the middle one joins all three */
	p = getmem(3 * UNIT);
	CHECK(p != (char *)SYSERR);
	CHECK_EQ(freemem(p, UNIT), OK);
	CHECK_EQ(freemem(p + 2 * UNIT, UNIT), OK);
	CHECK_EQ(kt_nfreeblocks(), nblocks + 1);
	CHECK_EQ(freemem(p + UNIT, UNIT), OK);
	CHECK(kt_isfree(p, 3 * UNIT));
	CHECK_EQ(kt_nfreeblocks(), nblocks);
	CHECK_EQ(getmem(3 * UNIT), p);
	CHECK_EQ(freemem(p, 3 * UNIT), OK);

	CHECK_EQ(memfree(), heap);
	CHECK(list_sane());
}

TESTCASE_T(mem_getmem_bad, KT_LIMIT_MS)
{
	intmask	mask;
	uint32	heap = memfree(), largest = 0;
	struct	memblk	*blk;

	CHECK_EQ(getmem(0), (char *)SYSERR);
	CHECK_EQ(getmem(heap + 1), (char *)SYSERR);
	CHECK_EQ(getmem(0xffffffff), (char *)SYSERR);	/* rounds to 0	*/
	CHECK_EQ(getmem(0xfffffff9), (char *)SYSERR);

	/* more than any one block holds */
	mask = disable();
	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		if (blk->mlength > largest) {
			largest = blk->mlength;
		}
	}
	CHECK_EQ(getmem(largest + 1), (char *)SYSERR);
	restore(mask);
	CHECK_EQ(memfree(), heap);
}

/* Every bogus free is refused and leaves the heap as it was */
TESTCASE_T(mem_bad_free, KT_LIMIT_MS)
{
	uint32	heap = memfree(), held;
	int32	nblocks = kt_nfreeblocks();
	char	*p, *a;

	CHECK_EQ(freemem(NULL, UNIT), SYSERR);
	CHECK_EQ(freemem((char *)minheap - UNIT, UNIT), SYSERR);
	CHECK_EQ(freemem((char *)((uint32)&text & ~7), UNIT), SYSERR);
	CHECK_EQ(freemem((char *)maxheap + 1, UNIT), SYSERR);
	CHECK_EQ(freemem((char *)maxheap + 1 - 8, 16), SYSERR);
	CHECK_EQ(freemem((char *)0xfffffff8, 8), SYSERR);
	CHECK_EQ(memfree(), heap);

	/* p: three units, the middle one freed (a hole between two held) */
	p = getmem(3 * UNIT);
	CHECK(p != (char *)SYSERR);
	CHECK_EQ(freemem(p + UNIT, UNIT), OK);
	held = memfree();
	CHECK_EQ(freemem(p + UNIT, UNIT), SYSERR);	/* double free	*/
	CHECK_EQ(freemem(p + UNIT + 8, 8), SYSERR);	/* inside a free one */
	CHECK_EQ(freemem(p, 2 * UNIT), SYSERR);		/* runs into it	*/
	CHECK_EQ(freemem(p, 3 * UNIT), SYSERR);		/* covers it	*/
	CHECK_EQ(freemem(p + 2 * UNIT - 8, 16), SYSERR); /* starts in it */
	CHECK_EQ(freemem(p + 4, UNIT - 8), SYSERR);	/* misaligned	*/
	CHECK_EQ(freemem(p + 1, 8), SYSERR);
	CHECK_EQ(freemem(p, 0), SYSERR);
	CHECK_EQ(freemem(p, 0xfffffff8), SYSERR);	/* wraps around	*/
	CHECK_EQ(memfree(), held);
	CHECK(list_sane());
	CHECK_EQ(freemem(p, UNIT), OK);
	CHECK_EQ(freemem(p + 2 * UNIT, UNIT), OK);

	/* a whole block freed twice */
	a = getmem(UNIT);
	CHECK(a != (char *)SYSERR);
	CHECK_EQ(freemem(a, UNIT), OK);
	CHECK_EQ(freemem(a, UNIT), SYSERR);

	CHECK_EQ(memfree(), heap);
	CHECK_EQ(kt_nfreeblocks(), nblocks);
	CHECK(list_sane());
}

/* getstk takes the top of the highest block that fits and returns its
   top word; freestk gives it back */
TESTCASE_T(mem_getstk_freestk, KT_LIMIT_MS)
{
	intmask	mask;
	uint32	heap = memfree();
	int32	nblocks = kt_nfreeblocks();
	char	*s, *expect, *base, *p;

	mask = disable();
	expect = highest_fit_top(STKSIZE);
	s = getstk(STKSIZE);
	restore(mask);
	CHECK(s != (char *)SYSERR);
	CHECK_EQ(s, expect);
	CHECK_EQ(((uint32)s + sizeof(uint32)) & 7, 0);
	CHECK_EQ(heap - memfree(), STKSIZE);
	base = s + sizeof(uint32) - STKSIZE;
	CHECK(!kt_isfree(base, 8));
	CHECK(!kt_isfree(s - 4, 8));
	memset(base, 0x5a, STKSIZE);	/* all of it is ours		*/
	CHECK(list_sane());
	CHECK_EQ(freestk(s, STKSIZE), OK);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(kt_nfreeblocks(), nblocks);

	/* with a fitting hole low in the heap, getstk still takes the
	   highest block: p is held around a two-stack hole */
	p = getmem(3 * STKSIZE);
	CHECK(p != (char *)SYSERR);
	CHECK_EQ(freemem(p, 2 * STKSIZE), OK);
	mask = disable();
	expect = highest_fit_top(STKSIZE);
	s = getstk(STKSIZE);
	restore(mask);
	CHECK_EQ(s, expect);
	CHECK(s > p + 3 * STKSIZE);	/* above the hole and p		*/
	CHECK_EQ(freestk(s, STKSIZE), OK);
	CHECK_EQ(freemem(p + 2 * STKSIZE, STKSIZE), OK);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(kt_nfreeblocks(), nblocks);

	s = getstk(13);			/* rounded like getmem		*/
	CHECK(s != (char *)SYSERR);
	CHECK_EQ(heap - memfree(), 16);
	CHECK_EQ(freestk(s, 13), OK);
	CHECK_EQ(memfree(), heap);

	CHECK_EQ(getstk(0), (char *)SYSERR);
	CHECK_EQ(getstk(0xffffffff), (char *)SYSERR);
	CHECK_EQ(getstk(heap + 8), (char *)SYSERR);
	CHECK_EQ(memfree(), heap);
	CHECK(list_sane());
}

/* The states a victim of the cycle test is killed in */
#define	V_SUSP		0	/* never resumed			*/
#define	V_READY		1	/* below the test: never runs		*/
#define	V_SLEEP		2
#define	V_RECV		3
#define	V_WAIT		4
#define	V_RECTIM	5
#define	V_EXIT		6	/* returns by itself			*/
#define	NVKINDS		7

local	process	victim(int32 kind, sid32 sem)
{
	switch (kind) {
	case V_SLEEP:	sleepms(KT_NEVER);	break;
	case V_RECV:	receive();		break;
	case V_WAIT:	wait(sem);		break;
	case V_RECTIM:	recvtime(KT_NEVER);	break;
	default:				break;
	}
	return OK;
}

/* 1000 processes created and killed in every state leave the heap, the
   process count, the semaphore and the sleep queue exactly as they were */
TESTCASE_T(mem_no_leak_create_kill, KT_LONG_MS)
{
	uint16	expect[NVKINDS] = { PR_SUSP, PR_READY, PR_SLEEP, PR_RECV,
				    PR_WAIT, PR_RECTIM, PR_FREE };
	uint32	heap = memfree();
	int32	nblocks = kt_nfreeblocks();
	int32	nproc = prcount;
	sid32	sem = semcreate(0);
	int32	i, kind, n;
	pid32	pid;
	uint32	ssize;

	CHECK(sem != SYSERR);
	recvclr();
	for (i = 0; i < NCYCLES; i++) {
		kind = i % NVKINDS;
		ssize = MINSTK + (i % 3) * 1000;	/* various sizes */
		pid = create(victim, ssize,
			kind == V_READY ? KT_LOPRIO : KT_HIPRIO,
			"victim", 2, kind, sem);
		if (!CHECK(pid != SYSERR)) {
			break;
		}
		if (kind != V_SUSP) {
			resume(pid);
		}
		if (!CHECK_EQ(proctab[pid].prstate, expect[kind])) {
			kprintf("  cycle %d\n", i);
			break;
		}
		if (kind != V_EXIT && !CHECK_EQ(kill(pid), OK)) {
			break;
		}
		if (!CHECK_EQ(receive(), pid) || !CHECK(isbadpid(pid))) {
			kprintf("  cycle %d\n", i);
			break;
		}
	}
	CHECK_EQ(i, NCYCLES);
	CHECK_EQ(memfree(), heap);
	CHECK_EQ(kt_nfreeblocks(), nblocks);
	CHECK_EQ(prcount, nproc);
	CHECK_EQ(semcount(sem), 0);
	CHECK_EQ(semdelete(sem), OK);
	CHECK(list_sane());

	/* nothing dead is left on the sleep queue */
	n = 0;
	for (pid = 0; pid < NPROC; pid++) {
		if (proctab[pid].prstate == PR_FREE
		    && kt_onqueue(pid, sleepq)) {
			n++;
		}
	}
	CHECK_EQ(n, 0);
}
