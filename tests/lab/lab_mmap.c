/* lab_mmap.c - main: anonymous mmap, shared and private, across fork
 *
 * Written the way a student's main.c is (only <xinu.h> and <paging.h>,
 * kprintf, -O0), after xv6's mmap lab.  Run by `make test` on the small
 * configuration.  Expected output, from POSIX's rules for anonymous
 * memory (issue 13, docs/vm-design.md "mmap, munmap, mprotect"):
 *  - a 2-page MAP_SHARED mapping and a 2-page MAP_PRIVATE one come first
 *    fit from the heap's start: 0x2000000 and 0x2002000;
 *  - bad calls return SYSERR (-1): no MAP_ANONYMOUS, length 0, an
 *    unaligned MAP_FIXED address;
 *  - the parent writes 'P' into both; after fork the child sees 'P' in
 *    both, writes 'C' into both; the parent, after the child is gone,
 *    sees 'C' in the shared one and still 'P' in the private one;
 *  - munmap of the private mapping's second page, then mprotect of the
 *    shared one to read-only: a read still works, and the child that
 *    writes it is killed with the one-line message; so is a child that
 *    touches the unmapped page;
 *  - at the end, after munmap of everything, every frame is free.
 * The children start when the parent sends them a message, and the
 * parent waits for each one's end (Xinu sends a process's pid to its
 * parent when it ends) and its teardown: no timing is involved.
 */

#include <xinu.h>
#include <paging.h>

char	*sh, *pv;

void	child_done(pid32 child)
{
	send(child, OK);		/* go			*/
	receive();			/* its end		*/
	while (proctab[child].prvm != NULL) {
		sleepms(10);		/* its teardown		*/
	}
}

process	worker(void)
{
	pid32	child;

	sh = mmap(NULL, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pv = mmap(NULL, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	kprintf("shared at 0x%x, private at 0x%x\n", sh, pv);
	kprintf("bad calls: %d %d %d\n",
		mmap(NULL, PAGE_SIZE, PROT_READ, MAP_SHARED, -1, 0),
		mmap(NULL, 0, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0),
		mmap((char *)0x2100010, PAGE_SIZE, PROT_READ,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	sh[0] = 'P';
	pv[0] = 'P';

	child = fork();
	if (child == 0) {
		receive();
		kprintf("child sees %c %c\n", sh[0], pv[0]);
		sh[0] = 'C';
		pv[0] = 'C';
		return OK;
	}
	child_done(child);
	kprintf("parent sees %c %c\n", sh[0], pv[0]);

	kprintf("munmap: %d, mprotect: %d\n", munmap(pv + PAGE_SIZE, PAGE_SIZE),
		mprotect(sh, 2 * PAGE_SIZE, PROT_READ));
	kprintf("read-only read: %c\n", sh[0]);
	child = fork();
	if (child == 0) {
		receive();
		sh[0] = 'X';		/* killed here		*/
		kprintf("child wrote a read-only page\n");
		return OK;
	}
	child_done(child);
	child = fork();
	if (child == 0) {
		receive();
		pv[PAGE_SIZE] = 'X';	/* killed here		*/
		kprintf("child wrote an unmapped page\n");
		return OK;
	}
	child_done(child);
	kprintf("parent still sees %c %c\n", sh[0], pv[0]);
	munmap(sh, 2 * PAGE_SIZE);
	munmap(pv, PAGE_SIZE);
	kprintf("after munmap: used %d\n", used_ffs_frames(getpid()));
	return OK;
}

process	main(void)
{
	pid32	pid;

	pid = vcreate(worker, 4096, 30, "worker", 0);
	resume(pid);
	receive();
	while (proctab[pid].prvm != NULL) {
		sleepms(10);
	}
	kprintf("at the end: FFS free %d of %d\n", free_ffs_pages(),
		MAX_FFS_SIZE);
	return OK;
}
