/* test_fork_counts.c - the frame counters across fork and copy-on-write
 *
 * used_ffs_frames(pid) counts the frames pid maps, a shared frame once
 * for each process; shared_ffs_frames() counts the frames mapped more
 * than once.  Right after fork the child's count is the parent's and
 * every page is shared; each page the child writes gets a frame of its
 * own: one shared frame less, one free frame less, the child's count
 * unchanged.  The pages fit in the FFS (no eviction moves the counts).
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

#define	FC_PAGES	(MAX_FFS_SIZE / 4 < 64 ? MAX_FFS_SIZE / 4 : 64)
#define	FC_TAG		0xC0C0		/* the parent's data		*/
#define	FC_CHILDTAG	0xC1C1		/* the child's			*/

local	volatile bool8	fc_done;

/*------------------------------------------------------------------------
 * fc_worker - count, fork, let the child count as it writes
 *------------------------------------------------------------------------
 */
local	process	fc_worker(void)
{
	pid32	me = getpid(), child;
	char	*p = vmalloc(NPG(FC_PAGES));
	uint32	ffs0, i;
	bool8	ok;

	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	ft_fill(p, 0, FC_PAGES, FC_TAG);
	CHECK_EQ(used_ffs_frames(me), FC_PAGES);
	CHECK_EQ(shared_ffs_frames(), 0);
	ffs0 = free_ffs_pages();

	child = fork();
	if (child == 0) {
		pid32	self = getpid();

		ok = CHECK_EQ(used_ffs_frames(self), FC_PAGES);
		ok &= CHECK_EQ(used_ffs_frames(me), FC_PAGES);
		ok &= CHECK_EQ(shared_ffs_frames(), FC_PAGES);
		ok &= CHECK_EQ(free_ffs_pages(), ffs0);
		for (i = 0; i < FC_PAGES; i++) {
			ft_fill(p, i, 1, FC_CHILDTAG);	/* one copy	*/
			ok &= CHECK_EQ(shared_ffs_frames(), FC_PAGES - i - 1);
			ok &= CHECK_EQ(free_ffs_pages(), ffs0 - i - 1);
			ok &= CHECK_EQ(used_ffs_frames(self), FC_PAGES);
			ok &= CHECK_EQ(used_ffs_frames(me), FC_PAGES);
		}
		ok &= CHECK_EQ(ft_bad(p, 0, FC_PAGES, FC_CHILDTAG), 0);
		ok &= CHECK_EQ(vmcheck(), OK);
		ft_tell(me, FT_VERDICT(ok));
		return OK;
	}
	if (!CHECK(child != SYSERR)) {
		return SYSERR;
	}
	CHECK_EQ(ft_hear(), FT_OK);
	ft_reap(&child, 1);
	CHECK_EQ(shared_ffs_frames(), 0);
	CHECK_EQ(free_ffs_pages(), ffs0);	/* the copies went back	*/
	CHECK_EQ(used_ffs_frames(me), FC_PAGES);
	CHECK_EQ(ft_bad(p, 0, FC_PAGES, FC_TAG), 0);

	/* Its pages have one mapping again: writing them takes no frame */
	ft_fill(p, 0, FC_PAGES, FC_CHILDTAG);
	CHECK_EQ(free_ffs_pages(), ffs0);
	CHECK_EQ(used_ffs_frames(me), FC_PAGES);
	CHECK_EQ(vmcheck(), OK);
	fc_done = TRUE;
	return OK;
}

TESTCASE_T(fork_counts_shared_frames, FT_TEST_MS)
{
	fc_done = FALSE;
	CHECK(ft_run(fc_worker, 0, 0));
	CHECK(fc_done);
}
