/* pager.c - pager, pager_start, pager_kick, pager_refill_kick, vm_procexit,
 *	     vm_reap_pending, vm_reap_step */

#include <xinu.h>
#include "vmint.h"

/*
 * The pager is a high-priority system process that does page-table work
 * which should not run in the requesting process's context:
 *  - it tears down the address space of every vcreate process that exits
 *    or is killed: a dying process is still running on its virtual stack
 *    and its directory is still in CR3, so it must not free them itself;
 *  - it keeps a pool of pre-zeroed free frames (up to PAGER_ZPOOL), so a
 *    zero-fill fault normally takes a zeroed frame instead of zeroing on
 *    its own path, and it zeroes the PD/PT frames whose contents are
 *    unknown (all of them at boot; ptframe.c), so vcreate and vmalloc
 *    find their tables zeroed;
 *  - that zeroing goes at one of two paces.  When a fault found the pool
 *    running low (pager_refill: pager_hurry), it refills the pool at
 *    once, a batch at a time with interrupts let in between.  Otherwise
 *    (at boot, after vfree or a teardown freed frames) it is background
 *    work: a batch, then PAGER_PACE_MS asleep, so that processes below
 *    the pager run meanwhile; at boot main starts after one batch
 *    instead of after the whole pool.  A kick wakes it from that sleep
 *    as from its wait (teardowns do not wait for the pace);
 *  - with pager_lowwater > 0 (off by default, so that eviction counts stay
 *    exactly those the faults cause) it evicts ahead of demand to keep
 *    that many frames free.  The tunable is a plain variable programs set,
 *    so it is clamped where it is used, to PAGER_LOWWATER_MAX (a quarter
 *    of the FFS): a mark near the FFS's size would evict every page as
 *    soon as it is faulted in.  The frame filled last is never a low-water
 *    victim (vm_victim(TRUE)): the pager runs right after the fault that
 *    filled it, before the faulting instruction has retried.
 * A fault that finds the FFS empty while teardowns are pending reaps them
 * itself (vm_reap_pending) rather than waiting for the pager.
 */

#define	PAGER_PRIO	1000		/* above every user process	*/
#define	PAGER_STK	16384
#define	PAGER_BATCH	16		/* frames zeroed per step	*/
#define	PAGER_PACE_MS	1		/* background: asleep per batch	*/
#define	PAGER_LOWWATER_MAX (MAX_FFS_SIZE / 4)	/* pager_lowwater's cap	*/

pid32	pagerpid = -1;
static	sid32	pager_sem;
uint32	vm_zombies = 0;			/* address spaces to tear down	*/
static	struct	vmproc	*zombies;	/* ... and the queue of them	*/
uint32	pager_lowwater = 0;		/* tunable: free frames to keep	*/
static	bool8	pager_hurry;		/* a fault found the pool low	*/
uint32	pager_teardowns, pager_zeroed, pager_evictions;	/* vmstat	*/
extern	int32	ffs_zero_count;

/*------------------------------------------------------------------------
 * vm_procexit - a vcreate process died: queue its address space for the
 *		 pager (called by kill with interrupts off)
 *------------------------------------------------------------------------
 */
void	vm_procexit(pid32 pid)
{
	struct	vmproc	*vm = proctab[pid].prvm;

	vm->nextzombie = zombies;
	zombies = vm;
	vm_zombies++;
	pager_kick();
}

/*------------------------------------------------------------------------
 * vm_reap_step - one step (vm_teardown) of the teardown of the first
 *	queued address space that is not the running process's own; FALSE
 *	if there is none.  An address space stays queued until its last
 *	step, so whoever reaps next (pager, fault, vcreate) goes on with it.
 *------------------------------------------------------------------------
 */
static	bool8	vm_reap_step(void)
{
	struct	vmproc	**pp, *vm, *next;

	for (pp = &zombies; (vm = *pp) != NULL; pp = &vm->nextzombie) {
		if (vm->pdframe == read_cr3()) {	/* still on it	*/
			continue;
		}
		next = vm->nextzombie;
		if (vm_teardown(vm)) {			/* vm is gone	*/
			*pp = next;
			vm_zombies--;
		}
		return TRUE;
	}
	return FALSE;
}

/*------------------------------------------------------------------------
 * vm_reap_pending - tear down every queued address space now, except the
 *		     running process's own (interrupts off)
 *------------------------------------------------------------------------
 */
void	vm_reap_pending(void)
{
	while (vm_reap_step()) {
		;
	}
}

/*------------------------------------------------------------------------
 * pager_kick - tell the pager there may be work (interrupts off or on)
 *------------------------------------------------------------------------
 */
void	pager_kick(void)
{
	intmask	mask = disable();

	if (pagerpid >= 0 && semcount(pager_sem) < 0) {
		signal(pager_sem);
	} else if (pagerpid >= 0 && proctab[pagerpid].prstate == PR_SLEEP) {
		unsleep(pagerpid);		/* between background batches */
		ready(pagerpid);
	}
	restore(mask);
}

/* The low-water mark in force: pager_lowwater, clamped (see above) */
static	uint32	pager_mark(void)
{
	return pager_lowwater < PAGER_LOWWATER_MAX ? pager_lowwater
		: PAGER_LOWWATER_MAX;
}

/*------------------------------------------------------------------------
 * pager_refill_kick - wake the pager if the zeroed pool is running low
 *	and there are stale free frames to zero, or if free frames fell
 *	below the low-water mark (pager_refill, in vmint.h, tests cheaply
 *	whether either may be so)
 *------------------------------------------------------------------------
 */
void	pager_refill_kick(void)
{
	if (ffs_zero_count < PAGER_ZPOOL / 2
	    && free_ffs_pages() > (uint32)ffs_zero_count) {
		pager_hurry = TRUE;		/* faults are draining it	*/
		pager_kick();
	} else if (pager_lowwater > 0 && free_ffs_pages() < pager_mark()) {
		pager_kick();
	}
}

/*------------------------------------------------------------------------
 * pager - the helper process's loop
 *------------------------------------------------------------------------
 */
static	process	pager(void)
{
	intmask	mask;
	int32	n, f;

	for (;;) {
		mask = disable();
		while (vm_reap_step()) {	/* a table per step: let	*/
			restore(mask);		/* interrupts in between,	*/
			mask = disable();	/* the queue read anew	*/
		}

		/* The FFS pool first (faults wait for it), then PD/PT
		   frames of unknown contents */
		for (n = 0; n < PAGER_BATCH; n++) {
			if (ffs_zero_count < PAGER_ZPOOL && ffs_prezero()) {
				pager_zeroed++;
			} else if (!ptframe_prezero()) {
				break;
			}
		}
		if (ffs_zero_count >= PAGER_ZPOOL) {
			pager_hurry = FALSE;	/* the pool is full again */
		}
		if (n == PAGER_BATCH) {	/* more: let interrupts in first */
			restore(mask);
			if (!pager_hurry) {
				sleepms(PAGER_PACE_MS);
			}
			continue;
		}
		pager_hurry = FALSE;

		while (free_ffs_pages() < pager_mark()) {
			if ((f = vm_victim(TRUE)) == SYSERR
			    || vm_evict(f) == SYSERR) {
				break;
			}
			pager_evictions++;
		}
		wait(pager_sem);
		restore(mask);
	}
	return OK;
}

/*------------------------------------------------------------------------
 * pager_start - create and start the pager (at boot)
 *------------------------------------------------------------------------
 */
void	pager_start(void)
{
	pager_sem = semcreate(0);
	pagerpid = create((void *)pager, PAGER_STK, PAGER_PRIO, "pager", 0);
	resume(pagerpid);
}
