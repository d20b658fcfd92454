/* lab_fork.c - main: copy-on-write fork as a student's program uses it
 *
 * Written the way a student's main.c is (only <xinu.h> and <paging.h>,
 * kprintf, -O0), after xv6's copy-on-write lab.  Run by `make test` on the
 * small configuration (FFS 64 frames, swap 256).  Expected output, from
 * the rules of fork (issue 13, docs/vm-design.md "Sharing"):
 *  - the parent <a> touches 32 pages: it maps 32 frames, 32 are free;
 *  - fork shares them: nothing is copied, so 32 are still free and all
 *    32 frames are shared; the child <b> maps the same 32 (a shared frame
 *    counts for each process that maps it) and reads the parent's data;
 *  - the child writes 4 pages: 4 copies, 28 frames free, 28 shared;
 *  - the child returns; its 4 copies go back (32 free) and no frame is
 *    shared any more; the parent's data is as it wrote it;
 *  - the parent writes every page: it holds the last reference to each,
 *    so nothing is copied (still 32 free);
 *  - fork from main, a create process, is refused: SYSERR (-1);
 *  - at the end every frame and slot is free.
 * The child waits for the parent's message before it starts, so the lines
 * come in this order; the parent waits for the child's end (Xinu sends a
 * process's pid to its parent when it ends), then for its teardown, which
 * the pager (above every user process) finishes as soon as the child is
 * gone: no timing is involved.
 */

#include <xinu.h>
#include <paging.h>

#define	NPAGES	32

process	worker(void)
{
	char	*p;
	int	i, bad;
	pid32	me = getpid(), child;

	p = vmalloc(NPAGES * PAGE_SIZE);
	for (i = 0; i < NPAGES; i++) {
		p[i * PAGE_SIZE] = 'a' + i % 26;
	}
	kprintf("parent %d: used %d, free %d\n", me, used_ffs_frames(me),
		free_ffs_pages());

	child = fork();
	if (child == 0) {
		receive();		/* the parent says go	*/
		me = getpid();
		bad = 0;
		for (i = 0; i < NPAGES; i++) {
			if (p[i * PAGE_SIZE] != 'a' + i % 26) {
				bad++;
			}
		}
		kprintf("child %d: used %d, free %d, shared %d, bad %d\n", me,
			used_ffs_frames(me), free_ffs_pages(),
			shared_ffs_frames(), bad);
		for (i = 0; i < 4; i++) {
			p[i * PAGE_SIZE] = 'X';
		}
		kprintf("child wrote 4 pages: used %d, free %d, shared %d\n",
			used_ffs_frames(me), free_ffs_pages(),
			shared_ffs_frames());
		return OK;
	}
	kprintf("forked %d: free %d, shared %d\n", child, free_ffs_pages(),
		shared_ffs_frames());
	send(child, OK);
	receive();			/* the child's pid when it ends	*/
	while (proctab[child].prvm != NULL) {	/* its teardown	*/
		sleepms(10);
	}
	bad = 0;
	for (i = 0; i < NPAGES; i++) {
		if (p[i * PAGE_SIZE] != 'a' + i % 26) {
			bad++;
		}
	}
	kprintf("child gone: free %d, shared %d, bad %d\n", free_ffs_pages(),
		shared_ffs_frames(), bad);
	for (i = 0; i < NPAGES; i++) {
		p[i * PAGE_SIZE] = 'Z';
	}
	kprintf("parent wrote all: used %d, free %d\n", used_ffs_frames(me),
		free_ffs_pages());
	return OK;
}

process	main(void)
{
	pid32	pid;

	kprintf("fork from main: %d\n", fork());
	pid = vcreate(worker, 4096, 30, "worker", 0);
	resume(pid);
	receive();			/* the worker's pid when it ends */
	while (proctab[pid].prvm != NULL) {
		sleepms(10);
	}
	kprintf("at the end: FFS free %d of %d, swap free %d of %d\n",
		free_ffs_pages(), MAX_FFS_SIZE, free_swap_pages(),
		MAX_SWAP_SIZE);
	return OK;
}
