/* lab_clock.c - sync_printf, clock1, clock2, clock3, main:
 *		 debug_swapping under CLOCK, processes one after another
 *
 * A course-style program on the small configuration (64 FFS frames, 256
 * swap slots), written like lab_fifo.c.  CLOCK (the lab's rules): second
 * chance; the hand walks the frames in order from where it stopped,
 * clears an accessed bit it finds set and evicts the first frame whose
 * bit is clear; it is never reset, not even when processes end.  A page
 * touched since its frame was filled has its bit set.  Frames and slots:
 * the lowest free one, numbered from 0.  Derivation of lab_clock.expected:
 *
 * clock1, 70 pages (hand 0 at boot).  Pages 0-63 fill frames 0-63.  Page
 * 64: the hand clears all 64 bits, comes back to frame 0 and evicts it
 * (page 0 -> slot 0); pages 65-69 evict frames 1-5 into slots 1-5; hand
 * 6.  Reading page 0 evicts frame 6 (page 6 -> slot 6) and brings page 0
 * from slot 0 into frame 6; hand 7.  Slots: 0 (clean copy) to 6: 7.
 *
 * clock2, 68 pages, every frame and slot free again, hand 7.  Pages 0-63
 * fill frames 0-63.  Page 64: a full sweep from 7 clears every bit, frame
 * 7 (page 7) goes to slot 0; hand 8; page 65: frame 8 -> slot 1; hand 9.
 * Page 10 (frame 10) is read: its bit is set again.  Page 66: frame 9
 * (page 9) -> slot 2; page 67: frame 10 gets its second chance, frame 11
 * (page 11) -> slot 3; hand 12.  Reading page 7 (slot 0) evicts frame 12
 * into slot 4 and brings page 7 into frame 12; reading page 9 (slot 2)
 * evicts frame 13 into slot 5 (0-4 are taken) and brings page 9 into
 * frame 13; hand 14.  Slots: 0 (copy), 1, 2 (copy), 3, 4, 5: 6.
 *
 * clock3, 129 pages, hand 14.  Pages 0-63 fill frames 0-63; page 64: a
 * full sweep, frame 14 (page 14) -> slot 0; hand 15.  Reading page 14
 * evicts frame 15 (page 15) into slot 1 and brings page 14 into frame 15,
 * read-only with its clean copy in slot 0 (bit set by the read); hand
 * 16.  Pages 65-126 evict frames 16-63 and 0-13 (bits clear since the
 * sweep) into slots 2-63; hand 14.  Now debug_swapping = 4.  Page 127:
 * every bit is set (frames refilled or read since the sweep): a full
 * sweep, frame 14 (page 64, dirty) -> slot 64 (0x40) with a copy; hand 15.
 * Page 128: frame 15 (page 14, bit clear, unmodified, copy in slot 0) is
 * evicted without a copy into slot 0; hand 16.  Reading page 14 again
 * evicts frame 16 (page 65) into slot 0x41, and page 14 comes from slot 0
 * into frame 16 (0x10).  Slots 0-65 are in use: 66.
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

process	clock1(void)
{
	char	*p = vmalloc(70 * PAGE_SIZE);
	char	c;
	int	i;
	pid32	me = getpid();

	sync_printf("clock1 P%d: heap at 0x%x\n", me, p);
	debug_swapping = 100;
	for (i = 0; i < 70; i++) {
		p[i * PAGE_SIZE] = 'a';
	}
	c = p[0];
	c++;
	debug_swapping = 0;
	sync_printf("clock1: FFS used %d, swap used %d\n", used_ffs_frames(me),
		used_swap_frames(me));
	return OK;
}

process	clock2(void)
{
	char	*p = vmalloc(68 * PAGE_SIZE);
	char	c;
	int	i, j;
	pid32	me = getpid();

	sync_printf("clock2 P%d: heap at 0x%x\n", me, p);
	debug_swapping = 100;
	for (i = 0; i < 66; i++) {
		p[i * PAGE_SIZE] = 'a';
	}
	for (j = 0; j < 100000; j++);
	c = p[10 * PAGE_SIZE];
	for (i = 66; i < 68; i++) {
		p[i * PAGE_SIZE] = 'a';
	}
	c = p[7 * PAGE_SIZE];
	c = p[9 * PAGE_SIZE];
	c++;
	debug_swapping = 0;
	sync_printf("clock2: FFS used %d, swap used %d\n", used_ffs_frames(me),
		used_swap_frames(me));
	return OK;
}

process	clock3(void)
{
	char	*p = vmalloc(129 * PAGE_SIZE);
	char	c;
	int	i;
	pid32	me = getpid();

	sync_printf("clock3 P%d: heap at 0x%x\n", me, p);
	for (i = 0; i < 65; i++) {
		p[i * PAGE_SIZE] = 'a';
	}
	c = p[14 * PAGE_SIZE];
	for (i = 65; i < 127; i++) {
		p[i * PAGE_SIZE] = 'a';
	}
	debug_swapping = 4;
	p[127 * PAGE_SIZE] = 'a';
	p[128 * PAGE_SIZE] = 'a';
	c = p[14 * PAGE_SIZE];
	c++;
	sync_printf("clock3: FFS used %d, swap used %d\n", used_ffs_frames(me),
		used_swap_frames(me));
	return OK;
}

process	main(void)
{
	pid32	pid;

	vmpolicy(CLOCK);
	pid = vcreate(clock1, 2000, 25, "clock1", 0);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	pid = vcreate(clock2, 2000, 25, "clock2", 0);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	pid = vcreate(clock3, 2000, 25, "clock3", 0);
	resume(pid);
	sync_printf("main: P%d ended\n", receive());
	sync_printf("main: FFS free %d, swap free %d\n", free_ffs_pages(),
		free_swap_pages());
	return OK;
}
