/* ffs.c - ffs_init, ffs_alloc, ffs_free, free_ffs_pages */

#include <xinu.h>
#include "vmint.h"

/*
 * Free FFS frames sit on one of two lists: frames already filled with
 * zeros (the pager keeps this pool stocked, so a zero-fill fault need not
 * zero on its path) and frames whose contents are stale.
 */

struct	ffsframe ffstab[MAX_FFS_SIZE];
int32	ffs_zero_head = -1, ffs_zero_count = 0;
int32	ffs_dirty_head = -1, ffs_dirty_count = 0;
uint32	ffs_fifoseq = 0;		/* fill order, for FIFO		*/

/*------------------------------------------------------------------------
 * ffs_init - every FFS frame starts free (contents unknown)
 *------------------------------------------------------------------------
 */
void	ffs_init(void)
{
	int32	i;

	ffs_dirty_head = -1;
	for (i = MAX_FFS_SIZE - 1; i >= 0; i--) {
		ffstab[i].owner = OWN_FREE;
		ffstab[i].slot = -1;
		ffstab[i].state = FS_FREE;
		ffstab[i].next = ffs_dirty_head;
		ffs_dirty_head = i;
	}
	ffs_dirty_count = MAX_FFS_SIZE;
	ffs_zero_head = -1;
	ffs_zero_count = 0;
}

/*------------------------------------------------------------------------
 * ffs_alloc - take a free frame for (pid, vpn), zero-filled if zero is
 *	       TRUE; returns the frame index or SYSERR if none is free
 *------------------------------------------------------------------------
 */
int32	ffs_alloc(pid32 pid, uint32 vpn, bool8 zero)
{
	int32	i;

	if (ffs_zero_head >= 0 && (zero || ffs_dirty_head < 0)) {
		i = ffs_zero_head;
		ffs_zero_head = ffstab[i].next;
		ffs_zero_count--;
		vmtotals_pool_hits++;
	} else if (ffs_dirty_head >= 0) {
		i = ffs_dirty_head;
		ffs_dirty_head = ffstab[i].next;
		ffs_dirty_count--;
		if (zero) {
			memset(vwin_map(WS_DST, FFS_ADDR(i)), 0, PAGE_SIZE);
			vmtotals_path_zeroes++;
		}
	} else {
		return SYSERR;
	}
	ffstab[i].owner = pid;
	ffstab[i].vpn = vpn;
	ffstab[i].slot = -1;
	ffstab[i].state = FS_USED;
	ffstab[i].next = -1;
	ffstab[i].fifoseq = ffs_fifoseq++;
	return i;
}

/*------------------------------------------------------------------------
 * ffs_free - return a frame to the pool of stale free frames
 *------------------------------------------------------------------------
 */
void	ffs_free(int32 i)
{
	if (i < 0 || i >= MAX_FFS_SIZE || ffstab[i].state != FS_USED) {
		panic("ffs_free: frame %d is not in use", i);
	}
	ffstab[i].owner = OWN_FREE;
	ffstab[i].slot = -1;
	ffstab[i].state = FS_FREE;
	ffstab[i].next = ffs_dirty_head;
	ffs_dirty_head = i;
	ffs_dirty_count++;
}

/*------------------------------------------------------------------------
 * ffs_prezero - move one stale free frame to the zeroed pool (the pager
 *		 does this in the background); FALSE if none was stale
 *------------------------------------------------------------------------
 */
bool8	ffs_prezero(void)
{
	int32	i;

	if (ffs_dirty_head < 0) {
		return FALSE;
	}
	i = ffs_dirty_head;
	ffs_dirty_head = ffstab[i].next;
	ffs_dirty_count--;
	memset(vwin_map(WS_DST, FFS_ADDR(i)), 0, PAGE_SIZE);
	ffstab[i].state = FS_ZERO;
	ffstab[i].next = ffs_zero_head;
	ffs_zero_head = i;
	ffs_zero_count++;
	return TRUE;
}

/*------------------------------------------------------------------------
 * free_ffs_pages - FFS frames not backing any page
 *------------------------------------------------------------------------
 */
uint32	free_ffs_pages(void)
{
	return ffs_zero_count + ffs_dirty_count;
}
