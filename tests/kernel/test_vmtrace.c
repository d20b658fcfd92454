/* test_vmtrace.c - tests of fault tracing (vmtrace) and of the workloads
 *		    (vmworkload) against simulations of FIFO and CLOCK
 *
 * vmtrace must record exactly the faults a known access pattern takes,
 * in order, with the faulting pid and page, nothing while it is off, and
 * count what the full ring overwrites.  A workload's fault count must
 * equal that of a simulation of the same string with MAX_FFS_SIZE frames:
 * FIFO needs only the string, CLOCK also the hand and frame layout the
 * run recorded.  The simulations here are deliberately small and plain;
 * tools/opt/replay does the same on the host.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"

extern	int32	vm_policy;

#define	TR_PAGES	8		/* pages of the basic pattern	*/
#define	TR_EXTRA	100		/* faults past a full ring	*/
#define	TR_OVER		(VMTRACE_LEN + TR_EXTRA)	/* faults taken	*/
/* Pages the overflow worker cycles over: all of them fit the FFS, or
   1.5 x the FFS under FIFO, where every touch of a cycle faults */
#define	TR_SPAN		(TR_OVER <= MAX_FFS_SIZE ? TR_OVER		\
			 : MAX_FFS_SIZE + MAX_FFS_SIZE / 2)
#define	TR_SWAPX	4		/* pages past the FFS (swap pattern) */
#define	TR_SEEDS	2		/* seeds per workload kind	*/
#define	TR_VPN(a)	((uint32)(a) >> PAGE_SHIFT)	/* page number	*/

/* What the workers saw, in kernel-region globals */
local	volatile pid32	tr_pid;
local	volatile uint32	tr_base;	/* VPN of the worker's page 0	*/
local	volatile bool8	tr_done;

/*------------------------------------------------------------------------
 * tr_touch - worker: vmalloc npages pages and write them in a pattern:
 *	mode 0: pages 0..npages-1, then again backwards (all resident);
 *	mode 1: cycle over the pages until nfaults pages were written
 *------------------------------------------------------------------------
 */
local	process	tr_touch(uint32 npages, uint32 mode)
{
	volatile char	*p;
	uint32	i;

	tr_pid = getpid();
	p = (volatile char *)vmalloc(NPG(npages));
	if (!CHECK(p != (volatile char *)SYSERR)) {
		return SYSERR;
	}
	tr_base = TR_VPN(p);
	if (mode == 0) {
		for (i = 0; i < npages; i++) {
			p[NPG(i)] = (char)i;
		}
		for (i = npages; i-- > 0; ) {
			p[NPG(i)] = (char)(i + 1);
		}
	} else {
		for (i = 0; i < TR_OVER; i++) {
			p[NPG(i % npages)] = (char)i;
		}
	}
	tr_done = TRUE;
	return OK;
}

/* Run tr_touch to its end, teardown included */
local	void	tr_run(uint32 npages, uint32 mode)
{
	tr_done = FALSE;
	CHECK(vm_run(tr_touch, npages, mode));
	CHECK(tr_done);
}

/* Tracing off and empty again, whatever a test did */
local	void	tr_reset(void)
{
	vmtrace(VMTRACE_OFF);
	vmtrace(VMTRACE_CLEAR);
}

/*------------------------------------------------------------------------
 * Bad arguments are refused
 *------------------------------------------------------------------------
 */
TESTCASE(vmtrace_bad_arguments)
{
	struct	vmtref	e;
	struct	vmwlres	res;
	uint32	refs[1], np;

	CHECK_EQ(vmtrace(3), SYSERR);
	CHECK_EQ(vmtrace(-1), SYSERR);
	CHECK_EQ(vmtrace(VMTRACE_CLEAR), OK);
	CHECK_EQ(vmtrace(VMTRACE_ON), OK);
	CHECK_EQ(vmtrace(VMTRACE_OFF), OK);
	CHECK_EQ(vmtrace_dump(-1), SYSERR);
	CHECK_EQ(vmtrace_dump(NDEVS), SYSERR);
	CHECK_EQ(vmtrace_read(NULL, 1, NULL), SYSERR);
	CHECK_EQ(vmtrace_read(&e, -1, NULL), SYSERR);
	CHECK_EQ(vmtrace_read(&e, 1, NULL), 0);		/* empty	*/

	memset(&res, 0, sizeof(res));
	CHECK_EQ(vmworkload(WL_NKINDS, 1, FIFO, &res), SYSERR);
	CHECK_EQ(vmworkload(-1, 1, FIFO, &res), SYSERR);
	CHECK_EQ(vmworkload(WL_ZIPF, 1, 7, &res), SYSERR);
	CHECK_EQ(vmworkload(WL_ZIPF, 1, FIFO, NULL), SYSERR);
	CHECK_EQ(vmwl_gen(WL_NKINDS, 1, refs, 1, &np), SYSERR);
	CHECK_EQ(vmwl_gen(WL_RAND, 1, refs, 1, &np), SYSERR);	/* no room */
	CHECK_EQ(vmwl_gen(WL_RAND, 1, NULL, WL_MAXREFS, &np), SYSERR);
	CHECK_EQ(vmwl_kind("zipf"), WL_ZIPF);
	CHECK_EQ(vmwl_kind("phase"), WL_PHASE);
	CHECK_EQ(vmwl_kind("lru"), SYSERR);
	CHECK_EQ(vmwl_kind(NULL), SYSERR);
	tr_reset();
}

/*------------------------------------------------------------------------
 * Touching 8 fresh pages faults 8 times, in order; touching them again
 * faults no more; nothing is recorded while tracing is off
 *------------------------------------------------------------------------
 */
TESTCASE(vmtrace_records_faults)
{
	struct	vmtref	e[2 * TR_PAGES];
	uint32	dropped = 1, i;
	int32	n;

	tr_reset();
	CHECK_EQ(vmtrace(VMTRACE_ON), OK);
	tr_run(TR_PAGES, 0);
	CHECK_EQ(vmtrace(VMTRACE_OFF), OK);
	n = vmtrace_read(e, 2 * TR_PAGES, &dropped);
	CHECK_EQ(n, TR_PAGES);
	CHECK_EQ(dropped, 0);
	CHECK_EQ(tr_base, TR_VPN(VHEAP_START));
	for (i = 0; i < (uint32)n && i < TR_PAGES; i++) {
		CHECK_EQ(e[i].pid, tr_pid);
		CHECK_EQ(e[i].vpn, tr_base + i);
	}
	CHECK_EQ(vmtrace_dump(CONSOLE), TR_PAGES);

	tr_run(TR_PAGES, 0);			/* off: nothing added	*/
	CHECK_EQ(vmtrace_read(e, 2 * TR_PAGES, NULL), TR_PAGES);
	CHECK_EQ(vmtrace(VMTRACE_CLEAR), OK);
	CHECK_EQ(vmtrace_read(e, 2 * TR_PAGES, &dropped), 0);
	CHECK_EQ(dropped, 0);
	tr_reset();
}

/*------------------------------------------------------------------------
 * A full ring keeps the latest VMTRACE_LEN faults and counts the rest
 *------------------------------------------------------------------------
 */
TESTCASE(vmtrace_ring_overflow)
{
	struct	vmtref	*e;
	uint32	dropped = 0, i, bad = 0;
	int32	n, oldpolicy = vm_policy;

	e = (struct vmtref *)getmem(VMTRACE_LEN * sizeof(*e));
	if (!CHECK(e != (struct vmtref *)SYSERR)) {
		return;
	}
	tr_reset();
	vmpolicy(FIFO);			/* a cycle over TR_SPAN: all miss */
	CHECK_EQ(vmtrace(VMTRACE_ON), OK);
	tr_run(TR_SPAN, 1);
	CHECK_EQ(vmtrace(VMTRACE_OFF), OK);
	vmpolicy(oldpolicy);
	n = vmtrace_read(e, VMTRACE_LEN, &dropped);
	CHECK_EQ(n, VMTRACE_LEN);
	CHECK_EQ(dropped, TR_EXTRA);
	for (i = 0; i < (uint32)n; i++) {	/* fault j touched j % span */
		if (e[i].pid != tr_pid
		    || e[i].vpn != tr_base + (TR_EXTRA + i) % TR_SPAN) {
			bad++;
		}
	}
	CHECK_EQ(bad, 0);
	freemem((char *)e, VMTRACE_LEN * sizeof(*e));
	tr_reset();
}

#if MAX_FFS_SIZE <= 256

/* Simulation state, sized for the small configuration */
local	uint32	sim_frame[MAX_FFS_SIZE];	/* page in each frame	*/
local	bool8	sim_ref[MAX_FFS_SIZE];		/* CLOCK reference bits	*/
local	int32	sim_where[WL_MAXPAGES];		/* frame of each page	*/
local	uint32	sim_pos[MAX_FFS_SIZE];		/* frame of rank r	*/
local	uint32	sim_miss[WL_MAXREFS];		/* pages that faulted	*/
local	uint32	tr_refs[WL_MAXREFS], tr_layout[MAX_FFS_SIZE];
local	uint32	tr_again[WL_MAXREFS];
local	struct	vmtref	tr_ent[VMTRACE_LEN];

/*------------------------------------------------------------------------
 * sim - faults of refs[0..n) with MAX_FFS_SIZE frames under FIFO, or
 *	 under CLOCK from a hand and layout; the pages that faulted go to
 *	 sim_miss.  Frames are filled in order (or as the layout says)
 *	 while any is free.
 *------------------------------------------------------------------------
 */
local	uint32	sim(uint32 *refs, uint32 n, uint32 npages, int32 policy,
			int32 hand, uint32 *layout)
{
	uint32	i, used = 0, faults = 0, f, next = 0;

	for (i = 0; i < npages; i++) {
		sim_where[i] = -1;
	}
	for (f = 0; f < MAX_FFS_SIZE; f++) {
		sim_pos[f] = f;
	}
	if (policy == CLOCK && layout != NULL) {
		for (f = 0; f < MAX_FFS_SIZE; f++) {
			sim_pos[layout[f]] = f;
		}
	}
	for (i = 0; i < n; i++) {
		if (sim_where[refs[i]] >= 0) {
			sim_ref[sim_where[refs[i]]] = TRUE;
			continue;
		}
		sim_miss[faults++] = refs[i];
		if (used < MAX_FFS_SIZE) {
			f = sim_pos[used++];
		} else {
			if (policy == FIFO) {	/* frames age in fill order */
				f = next;
				next = (next + 1) % MAX_FFS_SIZE;
			} else {
				while (sim_ref[hand]) {
					sim_ref[hand] = FALSE;
					hand = (hand + 1) % MAX_FFS_SIZE;
				}
				f = hand;
				hand = (hand + 1) % MAX_FFS_SIZE;
			}
			sim_where[sim_frame[f]] = -1;
		}
		sim_frame[f] = refs[i];
		sim_where[refs[i]] = f;
		sim_ref[f] = TRUE;
	}
	return faults;
}

/*------------------------------------------------------------------------
 * Every workload kind, two seeds: the kernel's FIFO and CLOCK counts
 * equal the simulated ones, the first touches are the zero-fill faults,
 * and the string is the one vmwl_gen makes from the seed
 *------------------------------------------------------------------------
 */
TESTCASE_T(vmworkload_matches_simulation, 120000)
{
	struct	vmwlres	res;
	int32	kind, n, i, p;
	uint32	seed, np, distinct, k;
	int32	policies[] = { FIFO, CLOCK };

	for (kind = 0; kind < WL_NKINDS; kind++) {
		for (seed = 1; seed <= TR_SEEDS; seed++) {
			for (p = 0; p < 2; p++) {
				memset(&res, 0, sizeof(res));
				res.refs = tr_refs;
				res.layout = tr_layout;
				if (!CHECK_EQ(vmworkload(kind, seed, policies[p],
						&res), OK)) {
					continue;
				}
				CHECK(res.quiet);
				CHECK_EQ(res.policy, policies[p]);
				CHECK_EQ(res.kind, kind);
				CHECK_EQ(res.basevpn, TR_VPN(VHEAP_START));
				CHECK_EQ(res.faults, res.zfaults + res.swapins);
				n = vmwl_gen(kind, seed, tr_again, WL_MAXREFS,
						&np);
				CHECK_EQ(n, res.nrefs);
				CHECK_EQ(np, res.npages);
				for (i = 0; i < n; i++) {
					if (tr_again[i] != tr_refs[i]) {
						t_fail("%s seed %d: string "
							"differs at %d",
							vmwl_name(kind), seed, i);
						break;
					}
				}
				for (i = 0, distinct = 0; i < (int32)np; i++) {
					sim_where[i] = 0;
				}
				for (i = 0; i < n; i++) {
					if (sim_where[tr_refs[i]] == 0) {
						sim_where[tr_refs[i]] = 1;
						distinct++;
					}
				}
				CHECK_EQ(res.zfaults, distinct);
				if (policies[p] == CLOCK) {
					CHECK(distinct < MAX_FFS_SIZE
						|| res.hand >= 0);
				}
				k = sim(tr_refs, n, np, policies[p], res.hand,
					res.hand >= 0 ? tr_layout : NULL);
				if (!CHECK_EQ(res.faults, k)) {
					kprintf("  %s seed %d policy %s: kernel "
						"%d, simulated %d\n",
						vmwl_name(kind), seed,
						vmwl_polname(policies[p]),
						res.faults, k);
				}
			}
		}
	}
}

/*------------------------------------------------------------------------
 * Tracing a workload records exactly the faults the simulation predicts
 *------------------------------------------------------------------------
 */
TESTCASE(vmtrace_records_workload)
{
	struct	vmwlres	res;
	uint32	dropped = 1, k, i, bad = 0;
	int32	n;

	tr_reset();
	memset(&res, 0, sizeof(res));
	res.refs = tr_refs;
	CHECK_EQ(vmtrace(VMTRACE_ON), OK);
	CHECK_EQ(vmworkload(WL_ZIPF, 1, FIFO, &res), OK);
	CHECK_EQ(vmtrace(VMTRACE_OFF), OK);
	k = sim(tr_refs, res.nrefs, res.npages, FIFO, 0, NULL);
	CHECK_EQ(res.faults, k);
	CHECK(k <= VMTRACE_LEN);
	n = vmtrace_read(tr_ent, VMTRACE_LEN, &dropped);
	CHECK_EQ(n, k);
	CHECK_EQ(dropped, 0);
	for (i = 0; i < (uint32)n && i < k; i++) {
		if (tr_ent[i].pid != res.pid
		    || tr_ent[i].vpn != res.basevpn + sim_miss[i]) {
			bad++;
		}
	}
	CHECK_EQ(bad, 0);
	tr_reset();
}

/*------------------------------------------------------------------------
 * Under FIFO, pages 0 .. MAX_FFS_SIZE+3 then 0..3: every fault, zero-fill
 * and swap-in alike, is recorded in order
 *------------------------------------------------------------------------
 */
local	process	tr_swapper(void)
{
	volatile char	*p;
	uint32	i;

	tr_pid = getpid();
	p = (volatile char *)vmalloc(NPG(MAX_FFS_SIZE + TR_SWAPX));
	if (!CHECK(p != (volatile char *)SYSERR)) {
		return SYSERR;
	}
	tr_base = TR_VPN(p);
	for (i = 0; i < MAX_FFS_SIZE + TR_SWAPX; i++) {
		p[NPG(i)] = (char)i;
	}
	for (i = 0; i < TR_SWAPX; i++) {	/* evicted first: back in */
		CHECK_EQ(p[NPG(i)], (char)i);
	}
	tr_done = TRUE;
	return OK;
}

TESTCASE(vmtrace_records_swapins)
{
	uint32	dropped = 1, i, want, bad = 0;
	int32	n, oldpolicy = vm_policy;

	tr_reset();
	vmpolicy(FIFO);
	CHECK_EQ(vmtrace(VMTRACE_ON), OK);
	tr_done = FALSE;
	CHECK(vm_run(tr_swapper, 0, 0));
	CHECK(tr_done);
	CHECK_EQ(vmtrace(VMTRACE_OFF), OK);
	vmpolicy(oldpolicy);
	n = vmtrace_read(tr_ent, VMTRACE_LEN, &dropped);
	CHECK_EQ(n, MAX_FFS_SIZE + 2 * TR_SWAPX);
	CHECK_EQ(dropped, 0);
	for (i = 0; i < (uint32)n; i++) {
		want = i < MAX_FFS_SIZE + TR_SWAPX ? i
			: i - (MAX_FFS_SIZE + TR_SWAPX);
		if (tr_ent[i].pid != tr_pid || tr_ent[i].vpn != tr_base + want) {
			bad++;
		}
	}
	CHECK_EQ(bad, 0);
	tr_reset();
}

#endif /* MAX_FFS_SIZE <= 256 */
