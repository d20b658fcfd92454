/* test_fork.c - fork and copy-on-write: the basic contract
 *
 * The parent is a vcreate process (vm_run); it forks and waits for the
 * child with receive: the child sends its verdict and returns.  Counts
 * are read from the pools, so each check says what a user sees.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "../../paging/vmint.h"

#define	FK_PAGES	8		/* pages the parent touches	*/
#define	FK_MSGOK	0x600D		/* a child's report: all good	*/
#define	FK_WAIT_MS	20000		/* longest wait for a child	*/

local	volatile bool8	done;

/* Wait for the child's report; FALSE if none came */
local	bool8	fk_wait(umsg32 want)
{
	return recvtime(FK_WAIT_MS) == want;
}

/*------------------------------------------------------------------------
 * fork returns twice: the child gets 0, the parent the child's pid; the
 * child is the parent's child, with its name and priority
 *------------------------------------------------------------------------
 */
local	process	w_forkret(void)
{
	pid32	me = getpid(), child;
	volatile uint32	onstack = 0x1234;	/* the stack is copied	*/

	child = fork();
	if (child == 0) {
		CHECK(getpid() != me);
		CHECK_EQ(proctab[getpid()].prparent, me);
		CHECK_EQ(getprio(getpid()), getprio(me));
		CHECK_EQ(strncmp(proctab[getpid()].prname, proctab[me].prname,
			PNMLEN), 0);
		CHECK_EQ(onstack, 0x1234);
		onstack = 0x5678;		/* its own copy		*/
		send(me, FK_MSGOK);
		return OK;
	}
	CHECK(child != SYSERR && child > 0);
	CHECK(fk_wait(FK_MSGOK));
	CHECK_EQ(onstack, 0x1234);
	done = TRUE;
	return OK;
}

TESTCASE(fork_returns_twice)
{
	done = FALSE;
	CHECK(vm_run(w_forkret, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * The heap is shared copy-on-write: fork takes no frame; each side's
 * writes stay its own; the child's exit gives its copies back
 *------------------------------------------------------------------------
 */
local	process	w_cow(void)
{
	pid32	me = getpid(), child;
	char	*p = vmalloc(NPG(FK_PAGES));
	uint32	freebefore, i;

	vm_fill(p, FK_PAGES / 2, 1);		/* two halves	*/
	vm_fill(p + NPG(FK_PAGES / 2), FK_PAGES / 2, 5);
	freebefore = free_ffs_pages();
	child = fork();
	if (child == 0) {
		CHECK_EQ(vm_verify(p, FK_PAGES / 2, 1), 0);	/* sees the data */
		CHECK_EQ(used_ffs_frames(getpid()), FK_PAGES);
		vm_fill(p, FK_PAGES / 2, 2);		/* copies half	*/
		CHECK_EQ(vm_verify(p, FK_PAGES / 2, 2), 0);
		CHECK_EQ(vm_verify(p + NPG(FK_PAGES / 2), FK_PAGES / 2, 5), 0);
		CHECK_EQ(vmcheck(), OK);
		send(me, FK_MSGOK);
		return OK;
	}
	CHECK(child != SYSERR);
	if (!VM_SMALL) {
		CHECK_EQ(free_ffs_pages() + FK_PAGES / 2 >= freebefore, TRUE);
	}
	CHECK(fk_wait(FK_MSGOK));
	CHECK_EQ(vm_verify(p, FK_PAGES / 2, 1), 0);	/* untouched	*/
	CHECK_EQ(vm_verify(p + NPG(FK_PAGES / 2), FK_PAGES / 2, 5), 0);
	for (i = 0; i < FK_PAGES; i++) {		/* last reference */
		p[NPG(i)] = 3;
	}
	CHECK_EQ(vmcheck(), OK);
	done = TRUE;
	return OK;
}

TESTCASE(fork_copy_on_write)
{
	done = FALSE;
	CHECK(vm_run(w_cow, 0, 0));
	CHECK(done);
}

/*------------------------------------------------------------------------
 * fork refuses a create process and changes nothing
 *------------------------------------------------------------------------
 */
TESTCASE(fork_from_create_fails)
{
	int32	n = prcount;

	CHECK_EQ(fork(), SYSERR);
	CHECK_EQ(prcount, n);
}

/*------------------------------------------------------------------------
 * Untouched pages need no reverse-map node: a heap far larger than the
 * node pool, one page touched, forks (it once returned SYSERR)
 *------------------------------------------------------------------------
 */
#define	FK_BIGHEAP	(RMAP_NODES + RMAP_NODES / 4)

local	process	w_bigheap(void)
{
	pid32	me = getpid(), child;
	char	*p = vmalloc(NPG(FK_BIGHEAP));

	CHECK(p != VMERR);
	p[0] = 7;
	child = fork();
	if (child == 0) {
		CHECK_EQ(p[0], 7);
		send(me, FK_MSGOK);
		return OK;
	}
	CHECK(child != SYSERR);
	if (child != SYSERR) {
		CHECK(fk_wait(FK_MSGOK));
	}
	done = TRUE;
	return OK;
}

TESTCASE(fork_large_untouched_heap)
{
	done = FALSE;
	CHECK(vm_run(w_bigheap, 0, 0));
	CHECK(done);
}
