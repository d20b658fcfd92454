/* watchprog.c - grow, main: a program that watches itself swap
 *
 * Built like `make MAIN=watchprog.c batch` on the small configuration
 * (64 FFS frames, 256 swap slots) by test-watch.sh.  main starts the live
 * view of a child's address space with one call, memmap_watch(1, pid);
 * the child writes 160 pages (more than the FFS holds, so pages go to
 * swap) in steps of 32 with a pause of two seconds after each, so the
 * view, redrawn every second, shows the counts change.  The view ends by
 * itself when the child ends.
 */

#include <xinu.h>
#include <paging.h>
#include <memmap.h>

#define	STEPS		5
#define	STEPPAGES	32

process	grow(pid32 parent)
{
	char	*p = vmalloc(STEPS * STEPPAGES * PAGE_SIZE);
	int	step, i;

	receive();			/* main has started the view	*/
	for (step = 0; step < STEPS; step++) {
		for (i = 0; i < STEPPAGES; i++) {
			p[(step * STEPPAGES + i) * PAGE_SIZE] = 1;
		}
		sleepms(2000);
	}
	send(parent, OK);
	return OK;
}

process	main(void)
{
	pid32	child, view;

	child = vcreate(grow, 4096, 20, "grow", 1, getpid());
	resume(child);
	view = memmap_watch(1, child);
	kprintf("watch started: %s\n", view == SYSERR ? "no" : "yes");
	kprintf("bad interval refused: %s\n",
		memmap_watch(0, child) == SYSERR ? "yes" : "no");
	kprintf("process without an address space refused: %s\n",
		memmap_watch(1, getpid()) == SYSERR ? "yes" : "no");
	send(child, OK);
	receive();
	sleepms(1500);			/* the view sees the child gone	*/
	kprintf("view ended by itself: %s\n",
		proctab[view].prstate == PR_FREE ? "yes" : "no");
	return OK;
}
