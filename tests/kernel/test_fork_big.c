/* test_fork_big.c - fork of a process holding two thirds of all memory
 *
 * The parent fills two thirds of FFS + swap, so half of its pages or more
 * are in swap, and forks.  Sharing copies nothing: the free counts barely
 * move (FT_FORK_SLACK).  The child writes a few pages and exits; the
 * parent's data is intact.  Run twice: the second run fits only if the
 * first gave everything back.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

#define	FB_PAGES	(2 * (MAX_FFS_SIZE + MAX_SWAP_SIZE) / 3)
#define	FB_FEW		8		/* pages the child writes	*/
#define	FB_RUNS		2
#define	FB_TAG		0xB160		/* the parent's data, per run	*/
#define	FB_CHILDTAG	0xC41D		/* the child's			*/

local	volatile int32	fb_done;	/* workers that reached their end */

/*------------------------------------------------------------------------
 * fb_worker - fill FB_PAGES, fork, let the child write a few, check
 *------------------------------------------------------------------------
 */
local	process	fb_worker(uint32 run)
{
	pid32	me = getpid(), child;
	char	*p = vmalloc(NPG(FB_PAGES));
	uint32	ffs0, swap0, tag = FB_TAG + run;
	bool8	ok;

	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	ft_fill(p, 0, FB_PAGES, tag);
	CHECK_EQ(used_ffs_frames(me) + used_swap_frames(me) >= FB_PAGES, TRUE);
	ffs0 = free_ffs_pages();
	swap0 = free_swap_pages();

	child = fork();
	if (child == 0) {
		/* The child runs first (same priority): nothing was copied */
		ok = CHECK((int32)(ffs0 - free_ffs_pages()) <= FT_FORK_SLACK);
		ok &= CHECK((int32)(swap0 - free_swap_pages()) <= FT_FORK_SLACK);
		ok &= CHECK_EQ(allocated_virtual_pages(getpid()),
			allocated_virtual_pages(me));
		ok &= CHECK_EQ(used_ffs_frames(getpid()), used_ffs_frames(me));
		ok &= CHECK_EQ(used_swap_frames(getpid()),
			used_swap_frames(me));
		ok &= CHECK_EQ(ft_bad(p, 0, FB_FEW, tag), 0);
		ok &= CHECK_EQ(ft_bad(p, FB_PAGES - FB_FEW, FB_FEW, tag), 0);
		ft_fill(p, 0, FB_FEW, FB_CHILDTAG);	/* first and last */
		ft_fill(p, FB_PAGES - FB_FEW, FB_FEW, FB_CHILDTAG);
		ok &= CHECK_EQ(ft_bad(p, 0, FB_FEW, FB_CHILDTAG), 0);
		ok &= CHECK_EQ(ft_bad(p, FB_PAGES - FB_FEW, FB_FEW,
			FB_CHILDTAG), 0);
		ft_tell(me, FT_VERDICT(ok));
		return OK;
	}
	if (!CHECK(child != SYSERR)) {
		return SYSERR;
	}
	CHECK((int32)(ffs0 - free_ffs_pages()) <= FB_FEW * 2 + FT_FORK_SLACK);
	CHECK_EQ(ft_hear(), FT_OK);
	ft_reap(&child, 1);
	CHECK_EQ(ft_bad(p, 0, FB_PAGES, tag), 0);
	CHECK_EQ(vmcheck(), OK);
	fb_done++;
	return OK;
}

TESTCASE_T(fork_two_thirds_of_memory_twice, FT_TEST_MS)
{
	struct	vmsnap	s;
	uint32	run;

	fb_done = 0;
	vm_snap(&s, getpid());
	for (run = 0; run < FB_RUNS; run++) {
		CHECK(ft_run(fb_worker, run, 0));
		CHECK_SNAP(&s, getpid());	/* all of it given back	*/
	}
	CHECK_EQ(fb_done, FB_RUNS);
}
