/* test_fork_storm.c - many forks at once: reference counts under churn
 *
 * Each round the parent forks three children, each of which forks two
 * grandchildren; all nine write the same first pages (copies of pages
 * shared by up to ten processes), check them, report to their parent and
 * exit while their siblings are still writing, so reference counts go
 * up and down at once.  After every round the parent's pages must hold
 * its own data, no frame may be left shared, and vmcheck must agree.
 * The parent holds 256 pages on the full configuration.  On the small
 * one it holds 64: the nine others map each of its pages once more, and
 * a mapping beyond a page's first takes a node of the reverse map, whose
 * pool is 2 x (FFS + swap) = 640 nodes there (paging/vmint.h): 9 x 128
 * would not fit and fork would rightly say SYSERR.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

#define	FS_PAGES	(VM_SMALL ? 64 : 256)	/* the parent's pages	*/
#define	FS_WRITE	(VM_SMALL ? 4 : 8)	/* each writer's pages	*/
#define	FS_ROUNDS	100
#define	FS_KIDS		3		/* children per round		*/
#define	FS_GRAND	2		/* grandchildren per child	*/
#define	FS_PTAG		0x5700		/* the parent's data		*/
#define	FS_KTAG		0x10000		/* writers': + round, kid, who	*/
#define	FS_TAG(r, k, w)	(FS_KTAG + ((r) << 8) + ((k) << 4) + (w))

local	volatile int32	fs_rounds;	/* rounds the parent checked	*/

/*------------------------------------------------------------------------
 * fs_write - a writer's work: the parent's data seen, own pages written
 *	      and read back; TRUE if all were right
 *------------------------------------------------------------------------
 */
local	bool8	fs_write(char *p, uint32 tag)
{
	bool8	ok;

	ok = CHECK_EQ(ft_bad(p, 0, FS_PAGES, FS_PTAG), 0);
	ft_fill(p, 0, FS_WRITE, tag);
	ok &= CHECK_EQ(ft_bad(p, 0, FS_WRITE, tag), 0);
	ok &= CHECK_EQ(ft_bad(p, FS_WRITE, FS_PAGES - FS_WRITE, FS_PTAG), 0);
	return ok;
}

/*------------------------------------------------------------------------
 * fs_child - fork two grandchildren, write with them, collect them
 *------------------------------------------------------------------------
 */
local	void	fs_child(char *p, pid32 parent, uint32 r, uint32 k)
{
	pid32	me = getpid(), grand[FS_GRAND];
	int32	g;
	bool8	ok = TRUE;

	for (g = 0; g < FS_GRAND; g++) {
		grand[g] = fork();
		if (grand[g] == 0) {
			ft_tell(me, FT_VERDICT(fs_write(p,
				FS_TAG(r, k, g + 1))));
			exit();
		}
		ok &= CHECK(grand[g] != SYSERR);
	}
	ok &= fs_write(p, FS_TAG(r, k, 0));
	for (g = 0; g < FS_GRAND; g++) {
		if (grand[g] != SYSERR) {
			ok &= CHECK_EQ(ft_hear(), FT_OK);
		}
	}
	ft_reap(grand, FS_GRAND);
	ft_tell(parent, FT_VERDICT(ok));
}

/*------------------------------------------------------------------------
 * fs_worker - the parent: FS_ROUNDS rounds, its pages checked after each
 *------------------------------------------------------------------------
 */
local	process	fs_worker(void)
{
	pid32	me = getpid(), kid[FS_KIDS];
	char	*p = vmalloc(NPG(FS_PAGES));
	struct	vmsnap	s;
	uint32	r, k;
	bool8	ok = TRUE;

	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	ft_fill(p, 0, FS_PAGES, FS_PTAG);
	vm_snap(&s, me);
	for (r = 0; r < FS_ROUNDS && ok; r++) {
		for (k = 0; k < FS_KIDS; k++) {
			kid[k] = fork();
			if (kid[k] == 0) {
				fs_child(p, me, r, k);
				exit();
			}
			ok &= CHECK(kid[k] != SYSERR);
		}
		for (k = 0; k < FS_KIDS; k++) {
			if (kid[k] != SYSERR) {
				ok &= CHECK_EQ(ft_hear(), FT_OK);
			}
		}
		ft_reap(kid, FS_KIDS);
		ok &= CHECK_EQ(ft_bad(p, 0, FS_PAGES, FS_PTAG), 0);
		ok &= CHECK_EQ(shared_ffs_frames(), 0);
		ok &= CHECK_EQ(vmcheck(), OK);
		if (!VM_SMALL) {		/* nothing was evicted	*/
			CHECK_SNAP(&s, me);
		}
		if (ok) {
			fs_rounds++;
		}
	}
	return OK;
}

TESTCASE_T(fork_storm_refcounts, FT_TEST_MS)
{
	fs_rounds = 0;
	CHECK(ft_run(fs_worker, 0, 0));
	CHECK_EQ(fs_rounds, FS_ROUNDS);
}
