/* lab_fifo.c - sync_printf, fill, check, fifo1, fifo2, fifo3, main:
 *		debug_swapping under FIFO, processes one after another
 *
 * A course-style program on the small configuration (64 FFS frames, 256
 * swap slots): plain reads (c = p[i * PAGE_SIZE]; c++;) and writes, 2000
 * byte vcreate stacks, busy-wait delays, main collecting each child with
 * receive() before it creates the next, so each child starts with every
 * frame and slot free.  Derivation of lab_fifo.expected from the lab's
 * rules (frames and slots numbered from 0, the lowest free one is taken;
 * FIFO evicts the frame filled longest ago; a page brought back keeps its
 * slot as a clean copy until written; each debug line decrements
 * debug_swapping):
 *
 * fifo1, 68 pages, debug_swapping = 4.  Writing pages 0-63 fills frames
 * 0-63; pages 64-67 evict frames 0-3 (pages 0-3, the oldest fills) into
 * slots 0-3, with a copy.  Then debug_swapping = 3 and pages 0 and 1 are
 * read: page 0 evicts the oldest frame, 4, into slot 4 and comes back
 * from slot 0 into frame 4; page 1 evicts frame 5 into slot 5 (the third
 * line; its swap-in prints nothing: debug_swapping is 0).  Slots in use:
 * 0 and 1 (clean copies), 2-5: 6.
 *
 * fifo2 (all free again): a (4 pages) fills frames 0-3, b (60) frames
 * 4-63; vfree(a) frees frames 0-3; c (8 pages): c0-c3 take frames 0-3,
 * now the newest fills, so c4-c7 evict frames 4-7 (b0-b3) into slots 0-3.
 * vfree(b) frees frames 8-63 and slots 0-3; the heap's first 64 pages are
 * free again, so d = vmalloc(60 pages) is at 0x2000000.  d0-d55 take
 * frames 8-63; d56-d59 evict the oldest fills, frames 0-3 (c0-c3), into
 * slots 0-3 (lowest free).  Reading c0 evicts frame 4 (c4) into slot 4
 * and brings c0 from slot 0 into frame 4.  Slots: 0 (copy), 1-4: 5.
 *
 * fifo3, 128 pages, quiet until the end.  Writing 0-127: page 64 + i
 * evicts frame i (page i) into slot i.  Reading pages 0-63: page i evicts
 * frame i (page 64 + i, dirty) into slot 64 + i (slots 0-63 are taken by
 * pages 0-63) and comes back into frame i, read-only with its clean copy
 * in slot i; frames 0-63 now hold pages 0-63 in fill order 0-63.  Then
 * debug_swapping = 4: reading page 64 evicts frame 0 (page 0, unmodified,
 * copy in slot 0): no copy; page 64 comes from slot 0x40 into frame 0.
 * Writing page 1 releases its copy (slot 1); reading page 65 evicts frame
 * 1, page 1 now dirty, into the lowest free slot, 1, with a copy; page 65
 * comes from slot 0x41 into frame 1.  Every page then owns a slot: 128.
 */

#include <xinu.h>
#include <paging.h>

#define	NPAGES1	68
#define	NPAGES3	128

void	sync_printf(char *fmt, ...)
{
	intmask	m = disable();
	void	*a = __builtin_apply_args();

	__builtin_apply((void *)kprintf, a, 100);
	restore(m);
}

/* Write page i of p with its own letter */
void	fill(char *p, int from, int to)
{
	int	i;

	for (i = from; i < to; i++) {
		p[i * PAGE_SIZE] = 'a' + i % 26;
	}
}

/* How many pages of p in [from, to) hold their letter */
int	check(char *p, int from, int to)
{
	int	i, good = 0;

	for (i = from; i < to; i++) {
		if (p[i * PAGE_SIZE] == 'a' + i % 26) {
			good++;
		}
	}
	return good;
}

process	fifo1(int npages)
{
	char	*p = vmalloc(npages * PAGE_SIZE);
	char	c;
	int	i, j;
	pid32	me = getpid();

	sync_printf("fifo1 P%d: heap at 0x%x\n", me, p);
	debug_swapping = 4;
	fill(p, 0, npages);
	for (j = 0; j < 100000; j++);
	debug_swapping = 3;
	for (i = 0; i < 2; i++) {
		c = p[i * PAGE_SIZE];
		c++;
	}
	sync_printf("fifo1: debug_swapping %d, FFS used %d, swap used %d\n",
		debug_swapping, used_ffs_frames(me), used_swap_frames(me));
	sync_printf("fifo1: %d of %d pages good\n", check(p, 0, npages),
		npages);
	return OK;
}

process	fifo2(void)
{
	char	*a, *b, *c, *d;
	char	x;
	pid32	me = getpid();

	a = vmalloc(4 * PAGE_SIZE);
	b = vmalloc(60 * PAGE_SIZE);
	c = vmalloc(8 * PAGE_SIZE);
	sync_printf("fifo2 P%d: a 0x%x, b 0x%x, c 0x%x\n", me, a, b, c);
	fill(a, 0, 4);
	fill(b, 0, 60);
	sync_printf("fifo2: vfree(a) %s\n", vfree(a, 4 * PAGE_SIZE) == OK ?
		"OK" : "SYSERR");
	debug_swapping = 100;
	fill(c, 0, 8);
	sync_printf("fifo2: vfree(b) %s\n", vfree(b, 60 * PAGE_SIZE) == OK ?
		"OK" : "SYSERR");
	d = vmalloc(60 * PAGE_SIZE);
	sync_printf("fifo2: d 0x%x\n", d);
	fill(d, 0, 60);
	x = c[0];
	x++;
	debug_swapping = 0;
	sync_printf("fifo2: FFS used %d, swap used %d\n", used_ffs_frames(me),
		used_swap_frames(me));
	sync_printf("fifo2: c %d of 8 good, d %d of 60 good\n",
		check(c, 0, 8), check(d, 0, 60));
	return OK;
}

process	fifo3(void)
{
	char	*p = vmalloc(NPAGES3 * PAGE_SIZE);
	char	c;
	int	i;
	pid32	me = getpid();

	sync_printf("fifo3 P%d: heap at 0x%x\n", me, p);
	fill(p, 0, NPAGES3);
	for (i = 0; i < NPAGES3 / 2; i++) {
		c = p[i * PAGE_SIZE];
		c++;
	}
	debug_swapping = 4;
	c = p[64 * PAGE_SIZE];
	p[1 * PAGE_SIZE] = 'b';		/* its own letter, written again */
	c = p[65 * PAGE_SIZE];
	c++;
	sync_printf("fifo3: FFS used %d, swap used %d\n", used_ffs_frames(me),
		used_swap_frames(me));
	sync_printf("fifo3: %d of %d pages good\n", check(p, 0, NPAGES3),
		NPAGES3);
	return OK;
}

process	main(void)
{
	pid32	pid;

	vmpolicy(FIFO);
	pid = vcreate(fifo1, 2000, 20, "fifo1", 1, NPAGES1);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	pid = vcreate(fifo2, 2000, 20, "fifo2", 0);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	pid = vcreate(fifo3, 2000, 20, "fifo3", 0);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	sync_printf("main: FFS free %d, swap free %d\n", free_ffs_pages(),
		free_swap_pages());
	return OK;
}
