/* test_memwatch.c - tests of the live memory view (memmap_watch) */

#include <xinu.h>
#include <memmap.h>
#include "testsuite.h"

#define	MW_HANG_MS	30000		/* a hang limit, not a speed bound */
#define	MW_STEP_MS	50

/* Wait until process pid is gone; FALSE after the hang limit */
static	bool8	mw_waitgone(pid32 pid)
{
	int32	waited;

	for (waited = 0; waited < MW_HANG_MS; waited += MW_STEP_MS) {
		if (proctab[pid].prstate == PR_FREE) {
			return TRUE;
		}
		sleepms(MW_STEP_MS);
	}
	return FALSE;
}

/* The console's line discipline is the shell's: cooked, with echo */
static	bool8	mw_ttycooked(void)
{
	struct	ttycblk	*typtr = &ttytab[devtab[CONSOLE].dvminor];

	return typtr->tyimode == TY_IMCOOKED && typtr->tyiecho;
}

/* Bad arguments get SYSERR and no process */
TESTCASE(memmap_watch_refuses_bad_arguments)
{
	int32	before = prcount;

	CHECK_EQ(memmap_watch(0, MM_WATCHPHYS), SYSERR);
	CHECK_EQ(memmap_watch(MM_WATCHMAX + 1, MM_WATCHPHYS), SYSERR);
	CHECK_EQ(memmap_watch(-1, MM_WATCHPHYS), SYSERR);
	CHECK_EQ(memmap_watch(1, getpid()), SYSERR);	/* made by create */
	CHECK_EQ(memmap_watch(1, NPROC + 5), SYSERR);
	CHECK_EQ(memmap_watch(1, -7), SYSERR);
	CHECK_EQ(memmap_watchloop(1, NPROC, MM_NOWATCHER), SYSERR);
	CHECK_EQ(prcount, before);
	CHECK(mw_ttycooked());
}

/* Killed while it runs, the view gives back its memory (the runner checks
   the heap after the test) and the console's mode */
TESTCASE(memmap_watch_killed_gives_everything_back)
{
	pid32	w;

	w = memmap_watch(1, MM_WATCHPHYS);
	CHECK(w != SYSERR);
	if (w == SYSERR) {
		return;
	}
	sleepms(300);			/* it has drawn and waits for a key */
	CHECK(proctab[w].prstate != PR_FREE);
	CHECK(!mw_ttycooked());		/* cbreak, no echo while it runs */
	CHECK_EQ(kill(w), OK);
	CHECK(mw_waitgone(w));
	CHECK(mw_ttycooked());
}

/* The process that started it */
static	process	mw_starter(pid32 *view)
{
	*view = memmap_watch(1, MM_WATCHPHYS);
	sleepms(300);
	return OK;
}

/* The view ends by itself when the process that started it ends */
TESTCASE(memmap_watch_ends_with_its_caller)
{
	pid32	s, view = SYSERR;

	s = create((void *)mw_starter, 4096, 20, "mwstarter", 1, &view);
	CHECK(s != SYSERR);
	if (s == SYSERR) {
		return;
	}
	resume(s);
	CHECK(mw_waitgone(s));
	CHECK(view != SYSERR);
	if (view != SYSERR) {
		CHECK(mw_waitgone(view));
	}
	CHECK(mw_ttycooked());
}
