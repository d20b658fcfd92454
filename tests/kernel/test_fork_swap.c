/* test_fork_swap.c - fork of a process whose pages are partly in swap
 *
 * The parent holds more pages than the FFS has frames (1.25 x), so fork
 * shares swapped pages as well as resident ones.  Then, under each
 * replacement policy:
 * - sharing a swapped page takes no slot: free_swap_pages() does not
 *   drop by the count of shared slots, and the child owns as many slots
 *   as the parent;
 * - a shared page brought in by one side is there for the other: its
 *   read faults nothing (vmtotals.swapins unchanged) and takes no frame.
 *   A side finds such pages by reading its pages in order and watching
 *   vmtotals.swapins step by one, then names the page to the other side;
 *   both sides take each role;
 * - copy-on-write after swap-in: the child rewrites every page, then the
 *   parent checks its own data and rewrites it, then the child checks
 *   again: each sees only its own values.
 * Both copies (2.5 x the FFS) fit in FFS + swap on both configurations.
 * The default policy (RANDOM) is restored at the end.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "test_fork_util.h"

#define	FW_PAGES	(MAX_FFS_SIZE + MAX_FFS_SIZE / 4)
#define	FW_PROBES	4		/* pages each side brings in	*/
#define	FW_PAGEMSG	0x8000		/* a report naming page FT_VALMASK */
#define	FW_PAGE(i)	(FT_MSG | FW_PAGEMSG | (i))
#define	FW_TAG		0x5A00		/* the parent's first data	*/
#define	FW_PTAG		0x5A10		/* ... after the child wrote	*/
#define	FW_CTAG		0x5A20		/* the child's			*/
#define	FW_DEFAULT	RANDOM		/* the boot policy		*/

local	volatile int32	fw_done;	/* policies the parent finished	*/

/*------------------------------------------------------------------------
 * fw_bring - read pages in order until FW_PROBES of them came from swap;
 *	      name each to the other side and wait for its nod
 *------------------------------------------------------------------------
 */
local	bool8	fw_bring(char *p, pid32 other)
{
	uint32	i, s0;
	int32	found = 0;
	bool8	ok = TRUE;

	for (i = 0; i < FW_PAGES && found < FW_PROBES; i++) {
		s0 = vmtotals.swapins;
		ok &= CHECK_EQ(ft_bad(p, i, 1, FW_TAG), 0);
		if (vmtotals.swapins == s0 + 1) {	/* it came in	*/
			found++;
			ft_tell(other, FW_PAGE(i));
			ok &= CHECK_EQ(ft_hear(), FT_GO);
		}
	}
	ft_tell(other, FT_OK);			/* no more pages	*/
	return ok & CHECK_EQ(found, FW_PROBES);
}

/*------------------------------------------------------------------------
 * fw_see - read each page the other side brought in: no fault, no frame
 *------------------------------------------------------------------------
 */
local	bool8	fw_see(char *p, pid32 other)
{
	umsg32	msg;
	uint32	i, s0, f0;
	bool8	ok = TRUE;

	while ((msg = ft_hear()) != FT_OK && msg != (umsg32)TIMEOUT) {
		if (!(ok &= CHECK(msg & FW_PAGEMSG))) {
			break;
		}
		i = msg & FT_VALMASK & ~FW_PAGEMSG;
		s0 = vmtotals.swapins;
		f0 = free_ffs_pages();
		ok &= CHECK_EQ(ft_bad(p, i, 1, FW_TAG), 0);
		ok &= CHECK_EQ(vmtotals.swapins, s0);	/* no second copy */
		ok &= CHECK_EQ(free_ffs_pages(), f0);
		ft_tell(other, FT_GO);
	}
	return ok;
}

/*------------------------------------------------------------------------
 * fw_worker - the parent under one policy
 *------------------------------------------------------------------------
 */
local	process	fw_worker(void)
{
	pid32	me = getpid(), child;
	char	*p = vmalloc(NPG(FW_PAGES));
	uint32	swap0;
	bool8	ok;

	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	ft_fill(p, 0, FW_PAGES, FW_TAG);
	CHECK(used_swap_frames(me) >= FW_PAGES - MAX_FFS_SIZE);
	swap0 = free_swap_pages();

	child = fork();
	if (child == 0) {
		pid32	self = getpid();

		ok = CHECK((int32)(swap0 - free_swap_pages())
			<= FT_FORK_SLACK);
		ok &= CHECK_EQ(used_swap_frames(self), used_swap_frames(me));
		ok &= fw_bring(p, me);
		ok &= fw_see(p, me);
		ft_fill(p, 0, FW_PAGES, FW_CTAG);	/* copies	*/
		ok &= CHECK_EQ(ft_bad(p, 0, FW_PAGES, FW_CTAG), 0);
		ft_tell(me, FT_GO);
		ok &= CHECK_EQ(ft_hear(), FT_GO);	/* the parent wrote */
		ok &= CHECK_EQ(ft_bad(p, 0, FW_PAGES, FW_CTAG), 0);
		ok &= CHECK_EQ(vmcheck(), OK);
		ft_tell(me, FT_VERDICT(ok));
		exit();
	}
	if (!CHECK(child != SYSERR)) {
		return SYSERR;
	}
	fw_see(p, child);
	fw_bring(p, child);
	CHECK_EQ(ft_hear(), FT_GO);		/* the child wrote	*/
	CHECK_EQ(ft_bad(p, 0, FW_PAGES, FW_TAG), 0);
	ft_fill(p, 0, FW_PAGES, FW_PTAG);
	CHECK_EQ(ft_bad(p, 0, FW_PAGES, FW_PTAG), 0);
	ft_tell(child, FT_GO);
	CHECK_EQ(ft_hear(), FT_OK);
	ft_reap(&child, 1);
	CHECK_EQ(ft_bad(p, 0, FW_PAGES, FW_PTAG), 0);
	CHECK_EQ(vmcheck(), OK);
	fw_done++;
	return OK;
}

TESTCASE_T(fork_swapped_pages_under_each_policy, FT_TEST_MS)
{
	struct	vmsnap	s;
	int32	pol;

	fw_done = 0;
	vm_snap(&s, getpid());
	for (pol = 0; pol < NPOLICIES; pol++) {
		CHECK_EQ(vmpolicy(pol), OK);
		CHECK(ft_run(fw_worker, 0, 0));
		CHECK_SNAP(&s, getpid());
	}
	CHECK_EQ(vmpolicy(FW_DEFAULT), OK);
	CHECK_EQ(fw_done, NPOLICIES);
}
