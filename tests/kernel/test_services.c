/* test_services.c - regression tests of issue 10's service bugs: the
 *		     pager's low-water mark (3), allocations that fail while
 *		     teardowns are pending (4), vmworkload's buffers (5),
 *		     processes killed inside kernel services (7) and the
 *		     width of the PD/PT free list (8)
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "../../paging/vmint.h"

extern	uint32	pager_lowwater;			/* paging/pager.c	*/
extern	int32	vm_policy;			/* paging/vm_getframe.c	*/

#define	SV_PAGES	8		/* pages the low-water worker writes */
#define	SV_ABOVE	10		/* priority steps above the pager */
#define	SV_TRIES	20		/* attempts to catch a process inside
					   a service before giving up	*/
#define	SV_TRACED	VMTRACE_LEN	/* faults put in the trace ring	*/
#define	SV_TRPAGES	(SV_TRACED <= MAX_FFS_SIZE ? SV_TRACED		\
			 : MAX_FFS_SIZE + MAX_FFS_SIZE / 2)
#define	SV_UNWRITTEN	0xA5A5A5A5	/* fill of the caller's buffers	*/
#define	PT_BIGINDEX	40000		/* a PD/PT index above 32767	*/

/*------------------------------------------------------------------------
 * Bug 3: with the low-water mark at (or above) the FFS's size, a single
 * write used to be evicted before it could retry, for ever.  The mark is
 * clamped and the newest fill is spared: the writes complete, data kept.
 *------------------------------------------------------------------------
 */
local	process	sv_lowwriter(uint32 npages, uint32 tag)
{
	char	*p;

	p = vmalloc(NPG(npages));
	if (!CHECK(p != VMERR)) {
		return SYSERR;
	}
	p[0] = 1;				/* the program	*/
	CHECK_EQ(p[0], 1);
	vm_fill(p, npages, tag);
	CHECK_EQ(vm_verify(p, npages, tag), 0);
	return OK;
}

TESTCASE_T(pager_lowwater_fault_completes, 3 * VW_LIMIT_MS * 3 * 2 + 10000)
{
	int32	policies[] = { RANDOM, FIFO, CLOCK }, p;
	uint32	marks[] = { MAX_FFS_SIZE, 0xFFFFFFFF }, m;

	for (m = 0; m < 2; m++) {
		for (p = 0; p < 3; p++) {
			vmpolicy(policies[p]);
			pager_lowwater = marks[m];
			if (!CHECK(vm_run(sv_lowwriter, SV_PAGES, p + 1))) {
				t_fail("policy %d, low-water mark %u", p,
					marks[m]);
			}
			pager_lowwater = 0;
		}
	}
	vmpolicy(RANDOM);
}

/*------------------------------------------------------------------------
 * Bug 4: a parent above the pager's priority, whose children (with the
 * largest stacks) exit at once, must never see vcreate, getmem or getstk
 * fail while the dead children's memory only waits for teardown.
 *------------------------------------------------------------------------
 */
local	process	sv_exit(void)
{
	return OK;
}

/* Raise the test above the pager, so that teardowns stay pending */
local	pri16	sv_abovepager(void)
{
	pri16	hi = getprio(pagerpid) + SV_ABOVE;

	chprio(getpid(), hi);
	return hi;
}

/* Wait (bounded) until the pager has torn every address space down */
local	void	sv_settle(void)
{
	int32	t;

	for (t = 0; t < VW_LIMIT_MS && vm_zombies > 0; t++) {
		sleepms(1);
	}
	CHECK_EQ(vm_zombies, 0);
	recvclr();
}

/* A child with the largest stack that exits at once: one zombie more */
local	bool8	sv_zombie(pri16 hi)
{
	pid32	pid = vcreate(sv_exit, VSTACK_MAX, hi + SV_ABOVE, "svexit", 0);

	if (pid == SYSERR) {
		return FALSE;
	}
	resume(pid);			/* it runs and dies at once	*/
	return proctab[pid].prvm != NULL;	/* still to tear down	*/
}

TESTCASE(vcreate_reaps_pending_teardowns)
{
	pri16	hi, old = getprio(getpid());
	int32	i, n = memfree() / VSTACK_MAX + 3, made = 0, pending = 0;
	pid32	pid;

	hi = sv_abovepager();
	for (i = 0; i < n; i++) {
		pid = vcreate(sv_exit, VSTACK_MAX, hi + SV_ABOVE, "svexit", 0);
		if (pid == SYSERR) {
			t_fail("vcreate %d of %d failed, %d teardowns pending",
				i + 1, n, vm_zombies);
			break;
		}
		made++;
		resume(pid);
		if (proctab[pid].prvm != NULL) {
			pending++;
		}
	}
	chprio(getpid(), old);
	CHECK_EQ(made, n);
	CHECK(pending > 0);		/* the case was the one of the issue */
	sv_settle();
}

/* Take every free heap block: they are linked through their first word */
local	char	*sv_grab(void)
{
	char	*list = NULL, *p;
	uint32	len;

	while (memlist.mnext != NULL) {
		len = memlist.mnext->mlength;
		p = getmem(len);		/* the first block, exactly */
		if (p == (char *)SYSERR) {
			break;
		}
		*(char **)p = list;
		*(uint32 *)(p + sizeof(char *)) = len;
		list = p;
	}
	return list;
}

local	void	sv_release(char *list)
{
	char	*next;

	while (list != NULL) {
		next = *(char **)list;
		freemem(list, *(uint32 *)(list + sizeof(char *)));
		list = next;
	}
}

TESTCASE(getmem_getstk_reap_pending_teardowns)
{
	pri16	hi, old = getprio(getpid());
	intmask	mask;
	char	*held, *p, *s;

	hi = sv_abovepager();
	CHECK(sv_zombie(hi));
	mask = disable();		/* nobody else allocates meanwhile */
	held = sv_grab();
	CHECK_EQ(memfree(), 0);
	p = getmem(VSTACK_MAX);		/* only the zombie's stack fits	*/
	restore(mask);
	CHECK(p != (char *)SYSERR);
	CHECK_EQ(vm_zombies, 0);
	if (p != (char *)SYSERR) {
		freemem(p, VSTACK_MAX);
	}
	sv_release(held);

	CHECK(sv_zombie(hi));
	mask = disable();
	held = sv_grab();
	s = getstk(VSTACK_MAX);
	restore(mask);
	CHECK(s != (char *)SYSERR);
	CHECK_EQ(vm_zombies, 0);
	if (s != (char *)SYSERR) {
		freemem(s + sizeof(uint32) - VSTACK_MAX, VSTACK_MAX);
	}
	sv_release(held);
	chprio(getpid(), old);
	sv_settle();
}

/*------------------------------------------------------------------------
 * Bug 5: a vcreate caller's buffers in its own heap are filled with the
 * right run (the worker, another address space, cannot see them);
 * buffers the caller could not write are refused and change nothing.
 *------------------------------------------------------------------------
 */
local	process	sv_wlcaller(void)
{
	struct	vmwlres	res;
	uint32	*refs, *layout, i, bad;
	uint32	nrefs = WL_SEQPAGES * WL_SEQPASSES;
	struct	vmsnap	s;

	refs = (uint32 *)vmalloc(WL_MAXREFS * sizeof(uint32));
	layout = (uint32 *)vmalloc(MAX_FFS_SIZE * sizeof(uint32));
	if (!CHECK(refs != (uint32 *)VMERR && layout != (uint32 *)VMERR)) {
		return SYSERR;
	}
	for (i = 0; i < MAX_FFS_SIZE; i++) {
		layout[i] = SV_UNWRITTEN;
	}
	memset(&res, 0, sizeof(res));
	res.refs = refs;
	res.layout = layout;
	CHECK_EQ(vmworkload(WL_SEQ, 1, FIFO, &res), OK);
	CHECK_EQ(res.nrefs, nrefs);
	/* A loop over more pages than frames: under FIFO every reference
	   faults, however many frames the caller's own pages hold */
	CHECK_EQ(res.faults, nrefs);
	for (i = bad = 0; i < nrefs; i++) {
		bad += (refs[i] != i % WL_SEQPAGES);
	}
	CHECK_EQ(bad, 0);
	for (i = bad = 0; i < MAX_FFS_SIZE; i++) {
		bad += (layout[i] != 0xFFFFFFFF && layout[i] >= res.npages);
	}
	CHECK_EQ(bad, 0);
	CHECK(res.hand >= 0);		/* the FFS filled: layout written */
	CHECK_EQ(vm_policy, RANDOM);

	/* Refused: unallocated, freed, unaligned, beyond the heap */
	vm_snap(&s, getpid());
	res.refs = (uint32 *)(VHEAP_END - PAGE_SIZE);
	CHECK_EQ(vmworkload(WL_SEQ, 1, FIFO, &res), SYSERR);
	res.refs = NULL;
	res.layout = (uint32 *)((char *)layout + 2);
	CHECK_EQ(vmworkload(WL_SEQ, 1, FIFO, &res), SYSERR);
	res.layout = (uint32 *)(VM_USER_TOP - 4);
	CHECK_EQ(vmworkload(WL_SEQ, 1, FIFO, &res), SYSERR);
	CHECK_EQ(vfree((char *)layout, MAX_FFS_SIZE * sizeof(uint32)), OK);
	vm_snap(&s, getpid());
	res.layout = layout;
	CHECK_EQ(vmworkload(WL_SEQ, 1, FIFO, &res), SYSERR);
	CHECK_SNAP(&s, getpid());
	CHECK_EQ(vm_policy, RANDOM);
	return OK;
}

TESTCASE_T(vmworkload_vcreate_caller_buffers, 3 * VW_LIMIT_MS)
{
	vmpolicy(RANDOM);
	CHECK(vm_run(sv_wlcaller, 0, 0));
	vmpolicy(RANDOM);
}

/*------------------------------------------------------------------------
 * Bug 7: a process killed while it waits inside vmworkload leaves no
 * buffer behind, the policy as it was and no worker running; one killed
 * inside vmtrace_dump leaves the ring working.
 *------------------------------------------------------------------------
 */
local	struct	vmwlres	sv_res;		/* kernel memory: a create caller */
local	volatile int32	sv_in, sv_out;	/* the caller's progress	*/

local	process	sv_wlrun(void)
{
	sv_in = 1;
	vmworkload(WL_SEQ, 1, FIFO, &sv_res);
	sv_out = 1;
	return OK;
}

/* The live process pid made, or -1 */
local	pid32	sv_child(pid32 pid)
{
	pid32	c;

	for (c = 0; c < NPROC; c++) {
		if (proctab[c].prstate != PR_FREE && proctab[c].prparent == pid
		    && proctab[c].prvm != NULL) {
			return c;
		}
	}
	return -1;
}

TESTCASE_T(vmworkload_killed_caller_cleans_up, SV_TRIES * 2 * WL_SETTLE_MS)
{
	pid32	caller, worker;
	uint32	heap;
	int32	try, t;
	bool8	caught = FALSE;

	vmpolicy(RANDOM);
	for (try = 0; try < SV_TRIES && !caught; try++) {
		heap = memfree();
		sv_in = sv_out = 0;
		memset(&sv_res, 0, sizeof(sv_res));
		caller = create(sv_wlrun, VW_STK, VW_PRIO - 1, "svwl", 0);
		resume(caller);
		/* Wait for it to be inside, with its worker running */
		for (t = 0; t < VW_LIMIT_MS && !sv_out; t++) {
			if (vm_policy == FIFO
			    && (worker = sv_child(caller)) >= 0) {
				suspend(worker);
				caught = TRUE;
				break;
			}
			sleepms(1);
		}
		if (!caught) {			/* the run was too quick */
			kill(caller);
			sv_settle();
			continue;
		}
		CHECK_EQ(kill(caller), OK);
		if (!CHECK(proctab[worker].prstate == PR_FREE)) {
			kill(worker);		/* the hook did not	*/
		}
		sv_settle();
		CHECK_EQ(vm_policy, RANDOM);
		CHECK_EQ(memfree(), heap);
	}
	CHECK(caught);
	vmpolicy(RANDOM);
}

local	process	sv_trtouch(uint32 npages, uint32 nfaults)
{
	volatile char	*p = (volatile char *)vmalloc(NPG(npages));
	uint32	i;

	if (!CHECK(p != (volatile char *)VMERR)) {
		return SYSERR;
	}
	for (i = 0; i < nfaults; i++) {
		p[NPG(i % npages)] = (char)i;
	}
	return OK;
}

local	process	sv_dumper(void)
{
	sv_in = 1;
	vmtrace_dump(CONSOLE);
	sv_out = 1;
	return OK;
}

TESTCASE_T(vmtrace_killed_dumper_thaws_ring, SV_TRIES * VW_LIMIT_MS)
{
	struct	vmtref	e[SV_PAGES];
	uint32	dropped;
	pid32	dumper;
	int32	try, t;
	bool8	caught = FALSE;

	vmpolicy(FIFO);		/* every touch of the cycle faults	*/
	for (try = 0; try < SV_TRIES && !caught; try++) {
		vmtrace(VMTRACE_CLEAR);
		vmtrace(VMTRACE_ON);
		CHECK(vm_run(sv_trtouch, SV_TRPAGES, SV_TRACED));
		sv_in = sv_out = 0;
		dumper = create(sv_dumper, VW_STK, VW_PRIO - 1, "svdump", 0);
		resume(dumper);
		for (t = 0; t < VW_LIMIT_MS && !sv_out; t++) {
			if (sv_in && !sv_out
			    && proctab[dumper].prstate == PR_READY) {
				caught = TRUE;		/* preempted inside */
				break;
			}
			sleepms(1);
		}
		kill(dumper);
		fprintf(CONSOLE, "\n");		/* end its last line	*/
	}
	CHECK(caught);
	vmtrace(VMTRACE_CLEAR);
	CHECK(vm_run(sv_trtouch, SV_PAGES, SV_PAGES));
	CHECK_EQ(vmtrace_read(e, SV_PAGES, &dropped), SV_PAGES);
	CHECK_EQ(dropped, 0);
	vmtrace(VMTRACE_OFF);
	vmtrace(VMTRACE_CLEAR);
	vmpolicy(RANDOM);
}

/*------------------------------------------------------------------------
 * Bug 8: the PD/PT free list's link holds any frame index (an int16
 * capped MAX_PT_SIZE at 32767 without a word)
 *------------------------------------------------------------------------
 */
TESTCASE(pttab_link_holds_large_indices)
{
	struct	ptframe	f;

	f.next = PT_BIGINDEX;		/* a frame of a region that large */
	CHECK_EQ(f.next, PT_BIGINDEX);
	f.next = -1;			/* the end of the list		*/
	CHECK_EQ(f.next, -1);
}
