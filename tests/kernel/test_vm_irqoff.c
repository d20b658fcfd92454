/* test_vm_irqoff.c - tests of interrupt windows in vmalloc, vfree and
 *		      teardown of huge ranges
 *
 * vmalloc, vfree and teardown work one page table at a time and let
 * interrupts in between tables, so the longest stretch with interrupts
 * off is one table's work, whatever the range.  The stretches are timed
 * by the instrumentation of disable()/restore() (system/irqoff.c).
 *
 * Under plain TCG the TSC follows host time, and a loaded host stalls
 * the guest at random: any one stretch may come out long.  So no figure
 * is compared with a time, and no single sample decides:
 *  - structure: a call over T tables makes at least T stretches;
 *  - length: the same huge call is made IRQ_REPS times; stretch k of
 *    every run does the same work, so the minimum over the runs of
 *    stretch k drops the stalls (one would have to hit the same stretch
 *    in every run).  The longest of these minima must stay below
 *    IRQ_FACTOR times a one-table call's longest stretch (its minimum
 *    over the runs).  Without windows the huge call is one stretch of
 *    about T tables' work;
 *  - the clock: ticks counted across a huge vfree against the ticks the
 *    TSC says should have come, at the tick rate just measured with
 *    interrupts on (so lost ticks of a loaded host count on both sides);
 *    a long stretch loses all its ticks but one.
 * Then a process is killed inside a huge vfree and vmalloc (in one of
 * their windows), and vmcheck runs in windows while another process's
 * faults evict the caller's pages.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"
#include "../../paging/vmint.h"

#define	IRQ_TABLES	960		/* 3.75 GiB of heap		*/
#define	IRQ_SPARE	4		/* tables left to other processes */
#define	IRQ_REPS	5		/* runs of each huge call	*/
#define	IRQ_CAP		4096		/* stretches recorded per call	*/
#define	IRQ_FACTOR	8		/* huge vs one table, generous	*/
#define	IRQ_TOUCH	16		/* pages touched over the range	*/
#define	IRQ_CALTICKS	20		/* ticks of the rate measurement */
#define	IRQ_CHECKS	8		/* vmchecks in the windows of a call */
#define	IRQ_CLKKEEP	4		/* a huge vfree keeps 1/4 of ticks */

/* The stretches of one kind of call: per position the least over runs */
struct	irqacc	{
	uint32	posmin[IRQ_CAP];	/* huge call: least per position */
	int32	n;			/* positions seen in every run	*/
	int32	nmin;			/* fewest stretches of one run	*/
	uint32	ref;			/* one-table call: least longest */
	int32	runs;
};

static	struct	irqacc	acc_alloc, acc_free, acc_down;
static	uint32	scratch[IRQ_CAP];
static	int32	tables;			/* T of the huge calls		*/
static	int32	clk_ok, clk_runs;	/* vfree runs that kept the clock */
static	uint32	clk_worst;		/* ... ticks and expected ticks	*/
static	uint32	clk_expect;

static	uint32	longest(uint32 *buf, int32 n)
{
	uint32	m = 0;
	int32	k;

	for (k = 0; k < n; k++) {
		if (buf[k] > m) {
			m = buf[k];
		}
	}
	return m;
}

/* Fold one run: n stretches of a huge call in scratch, ref the longest
   stretch of the one-table call of the same run */
static	void	irq_fold(struct irqacc *a, int32 n, uint32 ref)
{
	int32	k;

	if (a->runs == 0) {
		memcpy(a->posmin, scratch, n * sizeof(uint32));
		a->n = a->nmin = n;
		a->ref = ref;
	} else {
		if (n < a->n) {
			a->n = n;
		}
		if (n < a->nmin) {
			a->nmin = n;
		}
		for (k = 0; k < a->n; k++) {
			if (scratch[k] < a->posmin[k]) {
				a->posmin[k] = scratch[k];
			}
		}
		if (ref < a->ref) {
			a->ref = ref;
		}
	}
	a->runs++;
}

/* Judge one kind of call */
static	void	irq_judge(struct irqacc *a, const char *what)
{
	uint32	huge = longest(a->posmin, a->n);

	kprintf("  irqoff %s: %d tables, >= %d stretches, longest %u vs "
		"%u for one table (TSC)\n", what, tables, a->nmin, huge,
		a->ref);
	CHECK_EQ(a->runs, IRQ_REPS);
	if (a->nmin < tables) {
		t_fail("%s of %d tables: only %d interrupts-off stretches",
			what, tables, a->nmin);
	}
	if (huge > IRQ_FACTOR * a->ref) {
		t_fail("%s of %d tables: longest stretch %u, one table's %u",
			what, tables, huge, a->ref);
	}
}

/* TSC deltas in units of 256 ticks: 32-bit divisions, no overflow */
#define	TSC256(d)	((uint32)((d) >> 8))

/* TSC ticks / 256 per clock tick, measured now with interrupts on */
static	uint32	tsc_per_tick(void)
{
	uint32	k0, k;
	uint64	t0;

	k0 = *(volatile uint32 *)&clkticks;
	while (*(volatile uint32 *)&clkticks == k0) {
		;				/* a tick's edge	*/
	}
	k = *(volatile uint32 *)&clkticks;
	t0 = rdtsc();
	while (*(volatile uint32 *)&clkticks - k < IRQ_CALTICKS) {
		;
	}
	return TSC256(rdtsc() - t0) / (*(volatile uint32 *)&clkticks - k) + 1;
}

/* Touch IRQ_TOUCH pages spread over npages at p */
static	void	irq_touch(char *p, uint32 npages)
{
	int32	i;

	for (i = 0; i < IRQ_TOUCH; i++) {
		p[NPG(npages / IRQ_TOUCH * i + i)] = (char)i;
	}
}

/* Tables a huge call may use here: the region's free frames less some */
static	int32	huge_tables(void)
{
	int32	t = (int32)free_pt_frames() - IRQ_SPARE;

	return t < IRQ_TABLES ? t : IRQ_TABLES;
}

/*------------------------------------------------------------------------
 * Worker: IRQ_REPS runs of a one-table vmalloc/vfree and a huge one,
 * each call timed; the clock is checked across each huge vfree
 *------------------------------------------------------------------------
 */
static	process	irq_calls(void)
{
	pid32	me = getpid();
	char	*p;
	int32	run, n;
	uint32	refa, reff, tpt, k0, expect, got;
	uint64	t0;

	tables = huge_tables();
	for (run = 0; run < IRQ_REPS; run++) {
		irqoff_arm(me, scratch, IRQ_CAP);
		p = vmalloc(PT_SPAN);
		refa = longest(scratch, irqoff_disarm());
		if (p == VMERR) {
			t_fail("vmalloc of one table failed");
			return OK;
		}
		irq_touch(p, NENTRIES);
		irqoff_arm(me, scratch, IRQ_CAP);
		CHECK_EQ(vfree(p, PT_SPAN), OK);
		reff = longest(scratch, irqoff_disarm());

		irqoff_arm(me, scratch, IRQ_CAP);
		p = vmalloc((uint32)tables * PT_SPAN);
		n = irqoff_disarm();
		if (p == VMERR) {
			t_fail("vmalloc of %d tables failed", tables);
			return OK;
		}
		irq_fold(&acc_alloc, n, refa);
		irq_touch(p, (uint32)tables * NENTRIES);

		tpt = tsc_per_tick();
		k0 = clkticks;
		t0 = rdtsc();
		irqoff_arm(me, scratch, IRQ_CAP);
		CHECK_EQ(vfree(p, (uint32)tables * PT_SPAN), OK);
		n = irqoff_disarm();
		got = clkticks - k0;
		expect = TSC256(rdtsc() - t0) / tpt;
		irq_fold(&acc_free, n, reff);

		/* Late ticks merge on a loaded host, so some may be lost
		   (as many during the calibration just before); a stretch
		   long enough to lose most of them is a bug (without the
		   per-table work: 1 tick of 971).
		   Rounding: a run too short to judge passes. */
		clk_runs++;
		if (IRQ_CLKKEEP * (got + 2) >= expect) {
			clk_ok++;
		} else if (clk_expect == 0 || got * clk_expect
					< clk_worst * expect) {
			clk_worst = got;
			clk_expect = expect;
		}
	}
	return OK;
}

/*------------------------------------------------------------------------
 * Worker of the teardown runs: take npages of heap, touch some of it,
 * then wait to be killed
 *------------------------------------------------------------------------
 */
static	process	irq_holder(uint32 ntables, volatile int32 *ready)
{
	char	*p = vmalloc(ntables * PT_SPAN);

	if (p == VMERR) {
		t_fail("vmalloc of %d tables failed", ntables);
	} else {
		irq_touch(p, ntables * NENTRIES);
	}
	*ready = 1;
	for (;;) {
		sleepms(1000);
	}
	return OK;
}

/* One teardown run of a holder of ntables tables; the pager's stretches
   go to scratch; returns how many */
static	int32	irq_teardown(uint32 ntables)
{
	volatile int32	ready = 0;
	pid32	pid;
	int32	n;
	uint32	t0 = uptime();

	pid = vm_spawn(irq_holder, VW_STK, ntables, (uint32)&ready);
	while (!ready && uptime() - t0 < VW_LIMIT_MS) {
		sleepms(VW_POLL_MS);
	}
	CHECK(ready);
	irqoff_arm(pagerpid, scratch, IRQ_CAP);
	kill(pid);
	vm_reap(&pid, 1);
	n = irqoff_disarm();
	return n;
}

TESTCASE_T(vm_irqoff_per_table, 120000)
{
	pid32	pid;
	int32	run, n;
	uint32	ref;

	memset(&acc_alloc, 0, sizeof(acc_alloc));
	memset(&acc_free, 0, sizeof(acc_free));
	memset(&acc_down, 0, sizeof(acc_down));
	clk_ok = clk_runs = 0;
	clk_worst = clk_expect = 0;

	pid = vm_spawn(irq_calls, VW_STK, 0, 0);
	vm_reap(&pid, 1);
	irq_judge(&acc_alloc, "vmalloc");
	irq_judge(&acc_free, "vfree");

	kprintf("  irqoff clock: %d of %d huge vfrees kept the clock%s",
		clk_ok, clk_runs, clk_ok == clk_runs ? "\n" : "");
	if (clk_ok < clk_runs) {
		kprintf(" (worst: %u ticks, %u expected)\n", clk_worst,
			clk_expect);
	}
	CHECK_EQ(clk_runs, IRQ_REPS);
	if (clk_ok == 0) {
		t_fail("every huge vfree lost the clock: %u ticks counted, %u "
			"expected", clk_worst, clk_expect);
	}

	/* Teardown: the pager's stretches while it frees a huge heap */
	for (run = 0; run < IRQ_REPS; run++) {
		n = irq_teardown(1);
		ref = longest(scratch, n);
		n = irq_teardown(tables);
		irq_fold(&acc_down, n, ref);
	}
	irq_judge(&acc_down, "teardown");
}

/*------------------------------------------------------------------------
 * Killed inside a huge vfree or vmalloc: in one of the call's interrupt
 * windows (vm_winhook, paging/vm_window.c) the victim wakes the test,
 * which outranks it and so runs at once, sees the call half done and
 * kills the victim there; the pager must tear down the half-done state.
 * The window is reached by the call itself, not by a clock tick that
 * may or may not land in one, so the test is the same on any host.
 *------------------------------------------------------------------------
 */
#define	KW_BEFORE	1		/* phase: about to call		*/
#define	KW_DONE		2		/* phase: the call returned	*/
#define	KW_AT		3		/* the window the kill lands in	*/

static	volatile uint32	kv_pages;	/* the victim's range		*/
static	volatile pid32	kw_pid;		/* the victim			*/
static	volatile int32	kw_windows;	/* its windows so far		*/
static	volatile int32	*kw_phase;	/* where it says what it does	*/
static	sid32	kw_sem;			/* the test waits on it		*/

/* In every window of vmalloc/vfree: the KW_AT-th of the victim's call
   under test wakes the test (windows of anyone else, and those of the
   vmalloc before a vfree under test, are not counted) */
static	void	kw_hook(void)
{
	if (currpid == kw_pid && *kw_phase == KW_BEFORE
	    && ++kw_windows == KW_AT) {
		signal(kw_sem);
	}
}

static	process	irq_victim(int32 inalloc, volatile int32 *phase)
{
	uint32	ntables = (uint32)huge_tables();
	char	*p;

	kv_pages = ntables * NENTRIES;
	if (inalloc) {
		*phase = KW_BEFORE;
		p = vmalloc(ntables * PT_SPAN);
		*phase = KW_DONE;
		signal(kw_sem);			/* not killed: say so	*/
		return OK;
	}
	p = vmalloc(ntables * PT_SPAN);
	if (p == VMERR) {
		t_fail("vmalloc of %d tables failed", ntables);
		*phase = KW_DONE;
		signal(kw_sem);
		return OK;
	}
	irq_touch(p, ntables * NENTRIES);
	*phase = KW_BEFORE;
	vfree(p, ntables * PT_SPAN);
	*phase = KW_DONE;
	signal(kw_sem);
	return OK;
}

/* Run a victim and kill it in a window of its call */
static	void	irq_killmid(int32 inalloc, const char *what)
{
	volatile int32	phase = 0;
	pid32	pid;
	uint32	nalloc, npt;
	intmask	mask;

	kw_sem = semcreate(0);
	kw_windows = 0;
	kw_pid = SYSERR;
	kw_phase = &phase;
	vm_winhook = kw_hook;
	pid = vm_spawn_at(irq_victim, VW_STK, VW_PRIO - 1, inalloc,
		(uint32)&phase);
	kw_pid = pid;			/* it runs only once we wait	*/
	wait(kw_sem);
	mask = disable();
	vm_winhook = NULL;
	nalloc = proctab[pid].prvm->nalloc;
	npt = proctab[pid].prvm->npt;
	if (phase != KW_BEFORE || nalloc == 0 || npt == 0
	    || nalloc >= kv_pages) {
		t_fail("not inside the huge %s: phase %d, %d of %d pages, "
			"%d tables", what, phase, nalloc, kv_pages, npt);
	}
	kill(pid);
	restore(mask);
	vm_reap(&pid, 1);
	semdelete(kw_sem);
	CHECK_EQ(vmcheck(), OK);
}

TESTCASE_T(vm_irqoff_killed_in_window, 120000)
{
	irq_killmid(0, "vfree");
	irq_killmid(1, "vmalloc");
}

/*------------------------------------------------------------------------
 * vmcheck in the windows of a huge vmalloc and vfree, while the checker's
 * own faults evict pages (of the caller too, when the FFS is small).  The
 * checked process wakes the checker (above it) in its windows.
 *------------------------------------------------------------------------
 */
static	volatile int32	ck_phase, ck_checks, ck_bad, ck_outside;
static	volatile int32	ck_budget;	/* windows left to check in a call */
static	volatile pid32	ck_pid;		/* the checked process		*/
static	volatile uint32	ck_full;	/* its pages with all allocated	*/
static	sid32	ck_sem;			/* the checker waits on it	*/

/* In every window: the checked process's wake the checker */
static	void	ck_hook(void)
{
	if (currpid == ck_pid && ck_budget > 0) {
		ck_budget--;
		signal(ck_sem);
	}
}

static	process	irq_checker(void)
{
	char	*p = vmalloc(NPG(2 * MAX_FFS_SIZE));
	uint32	i = 0, nalloc;
	intmask	mask;

	if (p == VMERR) {
		t_fail("checker's vmalloc failed");
		return OK;
	}
	for (;;) {
		wait(ck_sem);
		if (ck_phase == KW_DONE) {
			break;
		}
		mask = disable();
		nalloc = proctab[ck_pid].prvm->nalloc;
		restore(mask);
		if (nalloc == 0 || nalloc >= ck_full) {
			ck_outside++;		/* a window must be inside */
		}
		ck_checks++;
		if (vmcheck() != OK) {
			ck_bad++;
		}
		/* faults that evict, in the small FFS: others' pages */
		p[NPG(i % (2 * MAX_FFS_SIZE))] = 1;
		p[NPG((i + MAX_FFS_SIZE) % (2 * MAX_FFS_SIZE))] = 1;
		i++;
	}
	return OK;
}

static	process	irq_checked(void)
{
	uint32	ntables = (uint32)huge_tables(), i;
	char	*p;

	ck_full = ntables * NENTRIES;
	ck_pid = getpid();
	ck_budget = IRQ_CHECKS;
	p = vmalloc(ntables * PT_SPAN);
	if (p == VMERR) {
		t_fail("vmalloc of %d tables failed", ntables);
		ck_phase = KW_DONE;
		signal(ck_sem);
		return OK;
	}
	/* Many pages in the small FFS: some of them go to swap */
	for (i = 0; i < (VM_SMALL ? 2 * MAX_FFS_SIZE : IRQ_TOUCH); i++) {
		p[NPG(i * (ntables * NENTRIES / (2 * MAX_FFS_SIZE)))] = 1;
	}
	ck_budget = IRQ_CHECKS;
	CHECK_EQ(vfree(p, ntables * PT_SPAN), OK);
	ck_phase = KW_DONE;
	signal(ck_sem);
	return OK;
}

TESTCASE_T(vm_irqoff_vmcheck_in_windows, 120000)
{
	pid32	pids[2];

	ck_phase = ck_checks = ck_bad = ck_outside = ck_budget = 0;
	ck_pid = SYSERR;
	ck_sem = semcreate(0);
	pids[0] = vm_spawn_at(irq_checker, VW_STK, VW_PRIO + 1, 0, 0);
	vm_winhook = ck_hook;
	pids[1] = vm_spawn(irq_checked, VW_STK, 0, 0);
	vm_reap(pids, 2);
	vm_winhook = NULL;
	semdelete(ck_sem);
	kprintf("  irqoff vmcheck: %d checks in windows\n", ck_checks);
	CHECK_EQ(ck_checks, 2 * IRQ_CHECKS);	/* vmalloc's, then vfree's */
	CHECK_EQ(ck_outside, 0);
	CHECK_EQ(ck_bad, 0);
}
