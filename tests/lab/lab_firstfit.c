/* lab_firstfit.c - sync_printf, show, firstfit, fresh, main: the heap
 *		    addresses of the lab's first-fit example
 *
 * The lab's example, in a fresh vcreate process (its heap starts at
 * 0x2000000, page-granular, first fit): vmalloc of 8, 4, 2 and 8 pages
 * gives 0x2000000, 0x2008000 (8 pages on), 0x200c000 and 0x200e000.
 * vfree(0x2008000, 6 pages) frees the 4- and 2-page blocks: one hole of 6
 * pages at 0x2008000.  5 pages fit in it first: 0x2008000; 8 pages do
 * not (1 page is left in the hole), so they go after the last block,
 * 0x200e000 + 8 pages = 0x2016000.  allocated_virtual_pages counts the
 * 8192 pages of the kernel region every process maps, plus its heap
 * pages: 8192 + 22, then - 6, + 5, + 8 = 8221.  Freeing the page left in
 * the hole (never allocated) is refused.  A second process has a heap of
 * its own, starting at 0x2000000 again.  Only the 5 pages touched (c's
 * pages went with the vfree) take frames.
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

/* vmalloc n pages and say where they are */
char	*show(int n)
{
	char	*p = vmalloc(n * PAGE_SIZE);

	sync_printf("vmalloc(%d pages) = 0x%x\n", n, p);
	return p;
}

process	firstfit(void)
{
	char	*a, *b, *c, *d, *e, *f;
	pid32	me = getpid();

	sync_printf("firstfit P%d: %d virtual pages\n", me,
		allocated_virtual_pages(me));
	a = show(8);
	b = show(4);
	c = show(2);
	d = show(8);
	sync_printf("%d virtual pages\n", allocated_virtual_pages(me));
	sync_printf("vfree(0x%x, 6 pages) = %s\n", b,
		vfree(b, 6 * PAGE_SIZE) == OK ? "OK" : "SYSERR");
	e = show(5);
	f = show(8);
	sync_printf("%d virtual pages\n", allocated_virtual_pages(me));
	sync_printf("vfree(0x%x, 1 page) = %s\n", e + 5 * PAGE_SIZE,
		vfree(e + 5 * PAGE_SIZE, PAGE_SIZE) == OK ? "OK" : "SYSERR");
	a[0] = 'a';
	d[7 * PAGE_SIZE] = 'd';
	e[0] = 'e';
	f[4 * PAGE_SIZE] = f[0] = 'f';
	sync_printf("FFS used %d: %c%c%c%c%c\n", used_ffs_frames(me), a[0],
		d[7 * PAGE_SIZE], e[0], f[0], f[4 * PAGE_SIZE]);
	return OK;
}

process	fresh(void)
{
	sync_printf("fresh P%d:\n", getpid());
	show(3);
	return OK;
}

process	main(void)
{
	resume(vcreate(firstfit, 2000, 25, "firstfit", 0));
	sync_printf("main: P%d ended\n", receive());
	resume(vcreate(fresh, 2000, 25, "fresh", 0));
	sync_printf("main: P%d ended\n", receive());
	return OK;
}
