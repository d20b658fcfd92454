/* lab_survive.c - sync_printf, survivor, segv1, segv2, segv3, recurse,
 *		   overflow, hog, run, main: faulting processes die alone
 *
 * A course-style program on the small configuration (64 FFS frames, 256
 * swap slots).  A survivor writes 16 pages and waits; then, one after
 * another, processes die of the lab's three faults: writing past the end
 * of what they vmalloc'd, reading a page after vfree, a create process
 * touching the heap area (it has no heap), a runaway recursion on a
 * 2000-byte stack, and a hog writing more pages than FFS and swap hold.
 * Each prints exactly the lab's one line, P<pid>:: SEGMENTATION_FAULT,
 * STACK_OVERFLOW or OUT_OF_MEMORY, and nothing else; main and the
 * survivor, whose pages the hog pushed to swap, go on unharmed.
 *
 * Derivation of lab_survive.expected: main (priority 20) runs each faulty
 * child at priority 25, so it runs to its death as soon as it is resumed;
 * kill sends main its pid.  The survivor (priority 15) runs only when main
 * waits in receive().  The hog: FFS and swap hold 64 + 256 pages, the
 * survivor has 16, so the hog's first 304 pages fit (progress lines at
 * 100, 200, 300 and each page after) and writing its 305th page finds no
 * frame and no slot (no page has a clean copy to give up): OUT_OF_MEMORY.
 * At the end every frame and slot is free again.
 */

#include <xinu.h>
#include <paging.h>

#define	SURVPAGES	16

void	sync_printf(char *fmt, ...)
{
	intmask	m = disable();
	void	*a = __builtin_apply_args();

	__builtin_apply((void *)kprintf, a, 100);
	restore(m);
}

process	survivor(pid32 parent, int npages)
{
	char	*p = vmalloc(npages * PAGE_SIZE);
	int	i, good = 0;

	for (i = 0; i < npages; i++) {
		p[i * PAGE_SIZE] = 'a' + i % 26;
	}
	sync_printf("survivor P%d: %d pages written\n", getpid(), npages);
	send(parent, npages);
	receive();			/* main says go		*/
	for (i = 0; i < npages; i++) {
		if (p[i * PAGE_SIZE] == 'a' + i % 26) {
			good++;
		}
	}
	sync_printf("survivor: %d of %d pages good\n", good, npages);
	return OK;
}

process	segv1(void)
{
	char	*p = vmalloc(PAGE_SIZE);

	p[0] = 'a';
	sync_printf("segv1: wrote its page\n");
	p[PAGE_SIZE] = 'b';		/* one page too far		*/
	sync_printf("segv1: still alive\n");
	return OK;
}

process	segv2(void)
{
	char	*p = vmalloc(2 * PAGE_SIZE);
	char	c;

	p[0] = 'a';
	vfree(p, 2 * PAGE_SIZE);
	sync_printf("segv2: freed its pages\n");
	c = p[0];			/* read after vfree		*/
	sync_printf("segv2: still alive, read %c\n", c);
	return OK;
}

process	segv3(void)
{
	char	*p = (char *)0x2000000;
	char	c;

	sync_printf("segv3: a create process reads 0x%x\n", p);
	c = p[0];
	sync_printf("segv3: still alive, read %c\n", c);
	return OK;
}

int	recurse(int n)
{
	char	buf[100];

	buf[0] = n;
	return recurse(n + 1) + buf[0];
}

process	overflow(void)
{
	sync_printf("overflow: recursing\n");
	sync_printf("overflow: still alive, %d\n", recurse(0));
	return OK;
}

process	hog(int npages)
{
	char	*p = vmalloc(npages * PAGE_SIZE);
	int	i;

	for (i = 0; i < npages; i++) {
		p[i * PAGE_SIZE] = 'h';
		if ((i + 1) % 100 == 0 || i + 1 > 300) {
			sync_printf("hog: %d pages written\n", i + 1);
		}
	}
	sync_printf("hog: still alive\n");
	return OK;
}

/* Start a child and wait for its end */
void	run(pid32 pid, char *name)
{
	resume(pid);
	sync_printf("main: %s P%d ended\n", name, receive());
}

process	main(void)
{
	pid32	surv;

	surv = vcreate(survivor, 2000, 15, "survivor", 2, getpid(),
		SURVPAGES);
	resume(surv);
	sync_printf("main: survivor has %d pages\n", receive());
	run(vcreate(segv1, 2000, 25, "segv1", 0), "segv1");
	run(vcreate(segv2, 2000, 25, "segv2", 0), "segv2");
	run(create(segv3, 2000, 25, "segv3", 0), "segv3");
	run(vcreate(overflow, 2000, 25, "overflow", 0), "overflow");
	run(vcreate(hog, 2000, 25, "hog", 1, MAX_FFS_SIZE + MAX_SWAP_SIZE),
		"hog");
	send(surv, 1);
	sync_printf("main: survivor P%d ended\n", receive());
	sync_printf("main: FFS free %d, swap free %d, vmcheck %s\n",
		free_ffs_pages(), free_swap_pages(),
		vmcheck() == OK ? "OK" : "FAILED");
	return OK;
}
