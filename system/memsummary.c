/* memsummary.c - memsummary, memfree, memlargest */

#include <xinu.h>

/*------------------------------------------------------------------------
 * memfree - bytes free in the kernel heap
 *------------------------------------------------------------------------
 */
uint32	memfree(void)
{
	return memlist.mlength;
}

/*------------------------------------------------------------------------
 * memlargest - bytes in the largest free block of the kernel heap: the
 *		largest request getmem or getstk can satisfy
 *------------------------------------------------------------------------
 */
uint32	memlargest(void)
{
	intmask	mask;
	struct	memblk	*blk;
	uint32	largest = 0;

	mask = disable();
	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		if (blk->mlength > largest) {
			largest = blk->mlength;
		}
	}
	restore(mask);
	return largest;
}

/*------------------------------------------------------------------------
 * memsummary - print the kernel's memory layout and the heap's state
 *------------------------------------------------------------------------
 */
void	memsummary(int32 dev)
{
	intmask	mask;
	struct	memblk	*blk;
	uint32	nblocks = 0, largest = 0, free;

	mask = disable();
	free = memlist.mlength;
	for (blk = memlist.mnext; blk != NULL; blk = blk->mnext) {
		nblocks++;
		if (blk->mlength > largest) {
			largest = blk->mlength;
		}
	}
	restore(mask);

	fprintf(dev, "RAM: %u KiB reported by the boot loader\n",
		memtotal / 1024);
	fprintf(dev, "Kernel: text 0x%08x-0x%08x (%u bytes), data %u bytes, "
		"bss %u bytes\n", (uint32)&text, (uint32)&etext - 1,
		(uint32)&etext - (uint32)&text,
		(uint32)&edata - (uint32)&data, (uint32)&ebss - (uint32)&bss);
	fprintf(dev, "Heap: 0x%08x-0x%08x, %u bytes free in %u blocks "
		"(largest %u)\n", (uint32)minheap, (uint32)maxheap, free,
		nblocks, largest);
}
