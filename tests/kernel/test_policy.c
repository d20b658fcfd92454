/* test_policy.c - tests of the replacement-policy interface (vmint.h,
 *		   paging/vmpolicies.c) and of CLOCK-Pro (pol_clockpro.c)
 *
 * The table names every policy the shell and vmworkload take; CLOCK-Pro
 * counts what tools/opt/replay simulates on the workloads, keeps its
 * clock to the frames in use, holds at most MAX_FFS_SIZE test entries,
 * and drops a page's entries when vfree or teardown frees it.  Its data
 * integrity under swapping, kills and a full swap is checked with the
 * other policies' in test_swap*.c.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "../../paging/vmint.h"

extern	uint32	pager_lowwater, pager_evictions;	/* paging/pager.c */

/* CLOCK-Pro's fault counts on the workloads with seed 1 in the small
   configuration, as tools/opt/replay simulates them (make bench prints
   the same rows); indexed by WL_* */
#if MAX_FFS_SIZE == 64 && MAX_SWAP_SIZE == 256
#define	PO_EXPECT	1
static	const	uint32	po_expect[WL_NKINDS] = {
	[WL_SEQ] = 1456, [WL_RAND] = 2086, [WL_ZIPF] = 715,
	[WL_PHASE] = 311, [WL_LOOPHOT] = 1392, [WL_SCAN] = 256,
};
#endif

/* Pages the state test cycles over: past the FFS by far in the small
   configuration (every slot), a little past it in the full one */
#define	PO_PAGES	(VM_SMALL ? WL_MIN(4 * MAX_FFS_SIZE, MAX_SWAP_SIZE) \
				  : MAX_FFS_SIZE + 64)
#define	PO_PASSES	3
#define	PO_SPIN		100		/* touches of one page		*/

static	uint32	po_refs[WL_MAXREFS], po_layout[MAX_FFS_SIZE];
static	volatile bool8	po_done;

/* Every entry CLOCK-Pro holds: none once no page is in use */
static	void	po_empty(void)
{
	CHECK_EQ(cp_nhot, 0);
	CHECK_EQ(cp_ncold, 0);
	CHECK_EQ(cp_ntest, 0);
}

/*------------------------------------------------------------------------
 * The table: every policy has a name and a victim, vmpolicy takes each
 * number and nothing else, the names are those the tools print
 *------------------------------------------------------------------------
 */
TESTCASE(policy_table)
{
	int32	p, q;

	for (p = 0; p < NPOLICIES; p++) {
		if (!CHECK(vm_policies[p] != NULL)) {
			continue;
		}
		CHECK(vm_policies[p]->name != NULL);
		CHECK(vm_policies[p]->victim != NULL);
		CHECK(strcmp(vmwl_polname(p), vm_policies[p]->name) == 0);
		for (q = 0; q < p; q++) {
			CHECK(strcmp(vmwl_polname(p), vmwl_polname(q)) != 0);
		}
		CHECK_EQ(vmpolicy(p), OK);
		CHECK_EQ(vm_policy, p);
	}
	CHECK(strcmp(vmwl_polname(CLOCKPRO), "clockpro") == 0);
	CHECK(strcmp(vmwl_polname(NPOLICIES), "?") == 0);
	CHECK_EQ(vmpolicy(NPOLICIES), SYSERR);
	CHECK_EQ(vm_policy, NPOLICIES - 1);
	CHECK_EQ(vmpolicy(-1), SYSERR);
	CHECK_EQ(vm_policy, NPOLICIES - 1);
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

/*------------------------------------------------------------------------
 * Every workload under CLOCK-Pro: a quiet run, every first touch a
 * zero-fill fault, and (small configuration) the count tools/opt/replay
 * simulates.  Its entries go with the worker.
 *------------------------------------------------------------------------
 */
TESTCASE_T(clockpro_workloads_match_replay, 120000)
{
	struct	vmwlres	res;
	int32	kind;

	for (kind = 0; kind < WL_NKINDS; kind++) {
		memset(&res, 0, sizeof(res));
		res.refs = po_refs;
		res.layout = po_layout;
		if (!CHECK_EQ(vmworkload(kind, 1, CLOCKPRO, &res), OK)) {
			continue;
		}
		CHECK(res.quiet);
		CHECK_EQ(res.policy, CLOCKPRO);
		CHECK(res.faults >= res.zfaults && res.faults <= res.nrefs);
		CHECK_EQ(vm_policy, RANDOM);		/* switched back */
#ifdef	PO_EXPECT
		if (!CHECK_EQ(res.faults, po_expect[kind])) {
			kprintf("  %s: kernel %d, simulated %d\n",
				vmwl_name(kind), res.faults, po_expect[kind]);
		}
#endif
		vmpolicy(CLOCKPRO);			/* its counts now */
		po_empty();
		vmpolicy(RANDOM);
	}
}

/*------------------------------------------------------------------------
 * po_cycle - worker: PO_PASSES passes over PO_PAGES pages under
 *	CLOCK-Pro; the clock holds exactly the frames in use and at most
 *	MAX_FFS_SIZE test entries; vfree drops the entries of what it
 *	frees.  With keep, the last range is left to teardown.
 *------------------------------------------------------------------------
 */
static	process	po_cycle(uint32 keep, uint32 unused)
{
	char	*p;
	uint32	i, pass;
	pid32	me = getpid();
	int32	maxtest = 0;

	p = vmalloc(NPG(PO_PAGES));
	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	for (pass = 0; pass < PO_PASSES; pass++) {
		for (i = 0; i < PO_PAGES; i++) {
			p[NPG(i)] = (char)(i + pass);
			if (cp_ntest > maxtest) {
				maxtest = cp_ntest;
			}
		}
		CHECK_EQ(cp_nhot + cp_ncold, used_ffs_frames(me));
	}
	CHECK(maxtest > 0);			/* evicted pages in test */
	CHECK(maxtest <= MAX_FFS_SIZE);
	for (i = 0; i < PO_PAGES; i++) {	/* nothing lost		*/
		if (p[NPG(i)] != (char)(i + PO_PASSES - 1)) {
			t_fail("page %d lost its data", i);
			break;
		}
	}
	if (!keep) {
		CHECK_EQ(vfree(p, NPG(PO_PAGES / 2)), OK);
		CHECK_EQ(cp_nhot + cp_ncold, used_ffs_frames(me));
		CHECK(cp_ntest <= (int32)used_swap_frames(me));
		CHECK_EQ(vfree(p + NPG(PO_PAGES / 2),
			NPG(PO_PAGES - PO_PAGES / 2)), OK);
		po_empty();
	}
	po_done = TRUE;
	return OK;
}

TESTCASE_T(clockpro_state_bounded_and_freed, 4 * VW_LIMIT_MS)
{
	uint32	keep;

	for (keep = 0; keep <= 1; keep++) {
		CHECK_EQ(vmpolicy(CLOCKPRO), OK);
		po_empty();
		po_done = FALSE;
		CHECK(vm_run(po_cycle, keep, 0));
		CHECK(po_done);
		po_empty();			/* teardown dropped them */
		CHECK_EQ(vmpolicy(RANDOM), OK);
	}
}

/*------------------------------------------------------------------------
 * po_switch - worker: fills the FFS under RANDOM, then chooses CLOCK-Pro
 *	with every frame in use (they join its clock) and goes on paging
 *------------------------------------------------------------------------
 */
static	process	po_switch(uint32 npages, uint32 unused)
{
	char	*p;
	uint32	i, pass;
	pid32	me = getpid();

	p = vmalloc(NPG(npages));
	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	for (i = 0; i < MAX_FFS_SIZE; i++) {
		p[NPG(i)] = (char)i;
	}
	CHECK_EQ(vmpolicy(CLOCKPRO), OK);
	CHECK_EQ(cp_ncold, used_ffs_frames(me));
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < npages; i++) {
			p[NPG(i)] = (char)(i + pass);
		}
	}
	for (i = 0; i < npages; i++) {
		if (p[NPG(i)] != (char)(i + 1)) {
			t_fail("page %d lost its data", i);
			break;
		}
	}
	CHECK_EQ(cp_nhot + cp_ncold, used_ffs_frames(me));
	po_done = TRUE;
	return OK;
}

TESTCASE_T(clockpro_chosen_with_frames_in_use, 2 * VW_LIMIT_MS)
{
	CHECK_EQ(vmpolicy(RANDOM), OK);
	po_done = FALSE;
	CHECK(vm_run(po_switch, MAX_FFS_SIZE + MAX_FFS_SIZE / 2, 0));
	CHECK(po_done);
	CHECK_EQ(vm_policy, CLOCKPRO);
	po_empty();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}

/*------------------------------------------------------------------------
 * po_spin - worker: pages past the FFS, then one page touched over and
 *	over: the pager's low-water evictions spare the newest fill, so
 *	every touch completes
 *------------------------------------------------------------------------
 */
static	process	po_spin(uint32 npages, uint32 unused)
{
	char	*p;
	uint32	i;

	p = vmalloc(NPG(npages));
	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	for (i = 0; i < npages; i++) {
		p[NPG(i)] = (char)i;
	}
	for (i = 0; i < PO_SPIN; i++) {
		p[0] = (char)i;
		CHECK_EQ(p[0], (char)i);
	}
	for (i = 1; i < npages; i++) {
		if (p[NPG(i)] != (char)i) {
			t_fail("page %d lost its data", i);
			break;
		}
	}
	po_done = TRUE;
	return OK;
}

TESTCASE_T(clockpro_lowwater_spares_newest, 2 * VW_LIMIT_MS)
{
	uint32	ev0 = pager_evictions;

	CHECK_EQ(vmpolicy(CLOCKPRO), OK);
	pager_lowwater = MAX_FFS_SIZE / 4;
	po_done = FALSE;
	CHECK(vm_run(po_spin, MAX_FFS_SIZE + MAX_FFS_SIZE / 2, 0));
	pager_lowwater = 0;
	CHECK(po_done);
	CHECK(pager_evictions > ev0);		/* the pager evicted	*/
	po_empty();
	CHECK_EQ(vmpolicy(RANDOM), OK);
}
