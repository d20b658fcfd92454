/* lab_random.c - sync_printf, rand1, rand2, main: debug_swapping under
 *		  RANDOM, processes one after another
 *
 * A course-style program on the small configuration (64 FFS frames, 256
 * swap slots).  RANDOM's victim is not predictable, so the expected file
 * names the frames by placeholders (<F>: any hex number, the same
 * wherever the same letter appears) and fixes what the lab's rules fix:
 * slots are the lowest free ones from 0, a page swapped in lands in the
 * frame just freed, and each debug line decrements debug_swapping.
 *
 * rand1, 65 pages: pages 0-63 fill the FFS; page 64 evicts some frame F
 * (its page, written and without a slot, goes to slot 0 with a copy) and
 * takes F.  debug_swapping = 2 and every page is read: no page owns a slot
 * but the one in slot 0, so the first fault (reading that page) evicts
 * some frame G into slot 1 with a copy and brings slot 0 into G; those two
 * lines use up debug_swapping.  Every page still holds its letter.
 *
 * rand2 (after rand1 ended: every frame and slot free), 66 pages,
 * debug_swapping = 2: pages 64 and 65 evict some frames H and I into
 * slots 0 and 1 (H may be I: page 64's frame is a candidate too).
 */

#include <xinu.h>
#include <paging.h>

void	sync_printf(char *fmt, ...)
{
	intmask	m = disable();
	void	*a = __builtin_apply_args();

	__builtin_apply((void *)kprintf, a, 100);
	restore(m);
}

process	rand1(int npages)
{
	char	*p = vmalloc(npages * PAGE_SIZE);
	char	c;
	int	i, good = 0;

	sync_printf("rand1 P%d: heap at 0x%x\n", getpid(), p);
	debug_swapping = 1;
	for (i = 0; i < npages; i++) {
		p[i * PAGE_SIZE] = 'a' + i % 26;
	}
	debug_swapping = 2;
	for (i = 0; i < npages; i++) {
		c = p[i * PAGE_SIZE];
		if (c == 'a' + i % 26) {
			good++;
		}
	}
	sync_printf("rand1: %d of %d pages good, debug_swapping %d\n", good,
		npages, debug_swapping);
	return OK;
}

process	rand2(int npages)
{
	char	*p = vmalloc(npages * PAGE_SIZE);
	int	i, j;

	sync_printf("rand2 P%d: heap at 0x%x\n", getpid(), p);
	debug_swapping = 2;
	for (i = 0; i < npages; i++) {
		p[i * PAGE_SIZE] = 'a';
		for (j = 0; j < 1000; j++);
	}
	sync_printf("rand2: FFS used %d, swap used %d\n",
		used_ffs_frames(getpid()), used_swap_frames(getpid()));
	return OK;
}

process	main(void)
{
	pid32	pid;

	vmpolicy(RANDOM);
	pid = vcreate(rand1, 2000, 30, "rand1", 1, 65);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	pid = vcreate(rand2, 2000, 30, "rand2", 1, 66);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	sync_printf("main: FFS free %d, swap free %d\n", free_ffs_pages(),
		free_swap_pages());
	return OK;
}
