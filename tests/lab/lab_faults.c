/* lab_faults.c - main: what a user sees when processes misbehave
 *
 * A user-style program (only <xinu.h> and <paging.h>, output with
 * kprintf) run by `make test` on a fresh boot of the small configuration;
 * tests/runner.py compares its output with lab_faults.expected (lines
 * starting "re:" there are regular expressions, for addresses that move
 * with the code).  Each child misbehaves in its own way and dies alone:
 * a segmentation fault, a stack overflow, running out of memory, a divide
 * error; main outlives them all and the pools are full at the end.
 * Each fault prints the lab's one line; with debug_faults set, the
 * segmentation fault and the overflow are run again and print details.
 */

#include <xinu.h>
#include <paging.h>

process	segv(void)
{
	char	*p = vmalloc(PAGE_SIZE);

	p[0] = 1;				/* fine			*/
	*(volatile char *)0x10000000 = 1;	/* never allocated	*/
	kprintf("segv: still alive\n");
	return OK;
}

volatile int32 depth;
int32	recurse(int32 n)
{
	volatile char pad[64];

	pad[0] = (char)n;
	depth = n;
	if (n >= 0) {
		return recurse(n + 1) + pad[0];
	}
	return 0;
}

process	overflow(void)
{
	recurse(0);
	kprintf("overflow: still alive\n");
	return OK;
}

process	hog(void)
{
	uint32	n = MAX_FFS_SIZE + MAX_SWAP_SIZE + 8, i;
	char	*p = vmalloc(n * PAGE_SIZE);

	for (i = 0; i < n; i++) {
		p[i * PAGE_SIZE] = (char)i;
	}
	kprintf("hog: still alive\n");
	return OK;
}

volatile int32 zero = 0;
process	divider(void)
{
	kprintf("divider: %d\n", 10 / zero);
	return OK;
}

/* Run one child to its end */
void	run(void *fn, char *name)
{
	pid32	pid = vcreate(fn, 4096, 30, name, 0);

	resume(pid);
	receive();
	kprintf("main: %s (pid %d) ended\n", name, pid);
	sleepms(20);			/* let the pager tear it down	*/
}

process	main(void)
{
	kprintf("faults begin\n");
	run(segv, "segv");
	run(overflow, "overflow");
	run(hog, "hog");
	run(divider, "divider");
	debug_faults = 1;		/* the details, as a debugging user */
	run(segv, "segv");
	run(overflow, "overflow");
	debug_faults = 0;
	kprintf("at the end: FFS free %d of %d, swap free %d of %d, "
		"vmcheck %s\n", free_ffs_pages(), MAX_FFS_SIZE,
		free_swap_pages(), MAX_SWAP_SIZE,
		vmcheck() == OK ? "OK" : "FAILED");
	return OK;
}
