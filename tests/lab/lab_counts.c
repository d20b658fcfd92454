/* lab_counts.c - main: the lab's exact counting scenario, on a fresh boot
 *
 * Written the way a student's main.c is: only <xinu.h> and <paging.h>,
 * output with kprintf.  Run by `make test` on the small configuration
 * (tests/runner.py compares the output with lab_counts.expected):
 * under CLOCK, touching MAX_FFS_SIZE pages of a 2 x MAX_FFS_SIZE heap
 * fills the FFS without swapping; 5 more pages evict 5; reading pages
 * 0..9 again brings swap in use to 15, since the slots of pages brought
 * back stay allocated as clean copies.
 */

#include <xinu.h>
#include <paging.h>

#define	NPAGES	MAX_FFS_SIZE

process	worker(void)
{
	char	*p;
	uint32	i, bad = 0;
	pid32	me = getpid();

	vmpolicy(CLOCK);
	p = vmalloc(2 * NPAGES * PAGE_SIZE);
	kprintf("heap at 0x%x, %d virtual pages\n", p,
		allocated_virtual_pages(me));
	for (i = 0; i < NPAGES; i++) {
		p[i * PAGE_SIZE] = (char)i;
	}
	kprintf("after %d pages: FFS used %d, swap used %d, FFS free %d\n",
		NPAGES, used_ffs_frames(me), used_swap_frames(me),
		free_ffs_pages());

	debug_swapping = 100;
	kprintf("touching 5 more pages\n");
	for (i = NPAGES; i < NPAGES + 5; i++) {
		p[i * PAGE_SIZE] = (char)i;
	}
	kprintf("after 5 more: FFS used %d, swap used %d\n",
		used_ffs_frames(me), used_swap_frames(me));

	for (i = 0; i < 10; i++) {
		if (p[i * PAGE_SIZE] != (char)i) {
			bad++;
		}
	}
	debug_swapping = 0;
	kprintf("after reading pages 0-9: FFS used %d, swap used %d\n",
		used_ffs_frames(me), used_swap_frames(me));

	for (i = 0; i < NPAGES + 5; i++) {
		if (p[i * PAGE_SIZE] != (char)i) {
			bad++;
		}
	}
	kprintf("data check: %d bad pages\n", bad);
	return OK;
}

process	main(void)
{
	pid32	pid;

	pid = vcreate(worker, 2000, 30, "worker", 0);
	resume(pid);
	receive();			/* the worker's pid when it ends */
	sleepms(50);			/* let the pager tear it down	*/
	kprintf("at the end: FFS free %d of %d, swap free %d of %d\n",
		free_ffs_pages(), MAX_FFS_SIZE, free_swap_pages(),
		MAX_SWAP_SIZE);
	return OK;
}
