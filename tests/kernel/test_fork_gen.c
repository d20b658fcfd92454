/* test_fork_gen.c - three generations write the same region at once
 *
 * The parent fills a region and forks a child, which forks a grandchild.
 * All three are alive while the grandchild writes 4/5 of the region, the
 * child half of it and the parent all of it; then each checks that it
 * sees its own values and, where it did not write, the parent's first
 * ones.  The writes go from the youngest up, so every copy-on-write
 * fault finds the page shared by two or three.  On the small
 * configuration the three views (2.3 regions) do not fit in the FFS and
 * swap.  Three rounds, each given back in full.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

#define	FG_PAGES	100			/* the region		*/
#define	FG_GRAND	(4 * FG_PAGES / 5)	/* the grandchild writes */
#define	FG_CHILD	(FG_PAGES / 2)		/* the child writes	*/
#define	FG_ROUNDS	3
#define	FG_FIRST	0x6E00		/* the parent's data before fork */
#define	FG_PTAG		0x6E10		/* ... after			*/
#define	FG_CTAG		0x6E20		/* the child's			*/
#define	FG_GTAG		0x6E30		/* the grandchild's		*/

local	volatile int32	fg_done;	/* rounds the parent finished	*/

/*------------------------------------------------------------------------
 * fg_grandchild - write 4/5, wait for the others to write, check
 *------------------------------------------------------------------------
 */
local	void	fg_grandchild(char *p, pid32 child, uint32 r)
{
	bool8	ok;

	ok = CHECK_EQ(ft_bad(p, 0, FG_PAGES, FG_FIRST + r), 0);
	ft_fill(p, 0, FG_GRAND, FG_GTAG + r);
	ft_tell(child, FT_GO);			/* your turn		*/
	ok &= CHECK_EQ(ft_hear(), FT_GO);	/* all have written	*/
	ok &= CHECK_EQ(ft_bad(p, 0, FG_GRAND, FG_GTAG + r), 0);
	ok &= CHECK_EQ(ft_bad(p, FG_GRAND, FG_PAGES - FG_GRAND,
		FG_FIRST + r), 0);
	ft_tell(child, FT_VERDICT(ok));
}

/*------------------------------------------------------------------------
 * fg_child - fork the grandchild, write half after it, check, collect
 *------------------------------------------------------------------------
 */
local	void	fg_child(char *p, pid32 parent, uint32 r)
{
	pid32	me = getpid(), grand;
	bool8	ok;

	ok = CHECK_EQ(ft_bad(p, 0, FG_PAGES, FG_FIRST + r), 0);
	grand = fork();
	if (grand == 0) {
		fg_grandchild(p, me, r);
		exit();
	}
	if (!CHECK(grand != SYSERR)) {
		ft_tell(parent, FT_BAD);
		return;
	}
	ok &= CHECK_EQ(ft_hear(), FT_GO);	/* the grandchild wrote	*/
	ft_fill(p, 0, FG_CHILD, FG_CTAG + r);
	ft_tell(parent, FT_GO);
	ok &= CHECK_EQ(ft_hear(), FT_GO);	/* the parent wrote	*/
	ok &= CHECK_EQ(ft_bad(p, 0, FG_CHILD, FG_CTAG + r), 0);
	ok &= CHECK_EQ(ft_bad(p, FG_CHILD, FG_PAGES - FG_CHILD,
		FG_FIRST + r), 0);
	ft_tell(grand, FT_GO);
	ok &= CHECK_EQ(ft_hear(), FT_OK);	/* the grandchild's view */
	ft_reap(&grand, 1);
	ft_tell(parent, FT_VERDICT(ok));
}

/*------------------------------------------------------------------------
 * fg_worker - the parent of one round
 *------------------------------------------------------------------------
 */
local	process	fg_worker(uint32 r)
{
	pid32	me = getpid(), child;
	char	*p = vmalloc(NPG(FG_PAGES));

	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	ft_fill(p, 0, FG_PAGES, FG_FIRST + r);
	child = fork();
	if (child == 0) {
		fg_child(p, me, r);
		exit();
	}
	if (!CHECK(child != SYSERR)) {
		return SYSERR;
	}
	CHECK_EQ(ft_hear(), FT_GO);		/* both wrote		*/
	ft_fill(p, 0, FG_PAGES, FG_PTAG + r);
	CHECK_EQ(ft_bad(p, 0, FG_PAGES, FG_PTAG + r), 0);
	ft_tell(child, FT_GO);
	CHECK_EQ(ft_hear(), FT_OK);		/* theirs are right	*/
	ft_reap(&child, 1);
	CHECK_EQ(ft_bad(p, 0, FG_PAGES, FG_PTAG + r), 0);
	CHECK_EQ(vmcheck(), OK);
	fg_done++;
	return OK;
}

TESTCASE_T(fork_three_generations, FT_TEST_MS)
{
	struct	vmsnap	s;
	uint32	r;

	fg_done = 0;
	vm_snap(&s, getpid());
	for (r = 0; r < FG_ROUNDS; r++) {
		CHECK(ft_run(fg_worker, r, 0));
		CHECK_SNAP(&s, getpid());
	}
	CHECK_EQ(fg_done, FG_ROUNDS);
}
