/* ffs.c - ffs_init, ffs_alloc, ffs_free, ffs_prezero, free_ffs_pages,
 *	    ffs_oldest, ffs_newer, ffs_refill_order */

#include <xinu.h>
#include "vmint.h"

/*
 * Free FFS frames sit on one of two queues: frames already filled with
 * zeros (the pager keeps this pool stocked, so a zero-fill fault need not
 * zero on its path) and frames whose contents are stale.  Both are FIFO:
 * frames are handed out in the order they were freed (and, after boot, in
 * address order), so the frame a page gets is predictable, which makes
 * the replacement policies' behaviour reproducible for a given program.
 */

struct	ffsframe ffstab[MAX_FFS_SIZE];
struct	ffsq	{
	int32	head, tail, count;
};
static	struct	ffsq	zeroq = { -1, -1, 0 };	/* zeroed free frames	*/
static	struct	ffsq	staleq = { -1, -1, 0 };	/* stale free frames	*/
int32	ffs_zero_count = 0;		/* = zeroq.count, for vmcheck	*/

/* Frames in use, oldest fill first: FIFO's victim is the head, in O(1) */
static	int32	used_head = -1, used_tail = -1;

static	void	used_append(int32 i)
{
	ffstab[i].unext = -1;
	ffstab[i].uprev = used_tail;
	if (used_tail < 0) {
		used_head = i;
	} else {
		ffstab[used_tail].unext = i;
	}
	used_tail = i;
}

static	void	used_unlink(int32 i)
{
	if (ffstab[i].uprev < 0) {
		used_head = ffstab[i].unext;
	} else {
		ffstab[ffstab[i].uprev].unext = ffstab[i].unext;
	}
	if (ffstab[i].unext < 0) {
		used_tail = ffstab[i].uprev;
	} else {
		ffstab[ffstab[i].unext].uprev = ffstab[i].uprev;
	}
	ffstab[i].uprev = ffstab[i].unext = -1;
}

/*------------------------------------------------------------------------
 * ffs_oldest, ffs_newer - walk the frames in use in fill order
 *------------------------------------------------------------------------
 */
int32	ffs_oldest(void)
{
	return used_head;
}

int32	ffs_newer(int32 i)
{
	return ffstab[i].unext;
}

/*------------------------------------------------------------------------
 * ffs_refill_order - frame i was filled again (given to a new page in
 *		      place): it becomes the newest
 *------------------------------------------------------------------------
 */
void	ffs_refill_order(int32 i)
{
	used_unlink(i);
	used_append(i);
	ffstab[i].fifoseq = ffs_fifoseq++;
}
uint32	ffs_fifoseq = 0;		/* fill order, for FIFO		*/

/* Append frame i to a queue */
static	void	ffsq_put(struct ffsq *q, int32 i)
{
	ffstab[i].next = -1;
	if (q->tail < 0) {
		q->head = i;
	} else {
		ffstab[q->tail].next = i;
	}
	q->tail = i;
	q->count++;
}

/* Take the frame at the head of a queue, or -1 */
static	int32	ffsq_get(struct ffsq *q)
{
	int32	i = q->head;

	if (i >= 0) {
		q->head = ffstab[i].next;
		if (q->head < 0) {
			q->tail = -1;
		}
		q->count--;
		ffstab[i].next = -1;
	}
	return i;
}

/*------------------------------------------------------------------------
 * ffs_init - every FFS frame starts free (contents unknown)
 *------------------------------------------------------------------------
 */
void	ffs_init(void)
{
	int32	i;

	for (i = 0; i < MAX_FFS_SIZE; i++) {
		ffstab[i].owner = OWN_FREE;
		ffstab[i].slot = -1;
		ffstab[i].state = FS_FREE;
		ffsq_put(&staleq, i);
	}
}

/*------------------------------------------------------------------------
 * ffs_alloc - take a free frame for (pid, vpn), zero-filled if zero is
 *	       TRUE; returns the frame index or SYSERR if none is free
 *------------------------------------------------------------------------
 */
int32	ffs_alloc(pid32 pid, uint32 vpn, bool8 zero)
{
	int32	i;

	if (zeroq.count > 0 && (zero || staleq.count == 0)) {
		i = ffsq_get(&zeroq);
		ffs_zero_count = zeroq.count;
		if (zero) {
			vmtotals_pool_hits++;
		}
	} else if (staleq.count > 0) {
		i = ffsq_get(&staleq);
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
	used_append(i);
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
	used_unlink(i);
	ffstab[i].owner = OWN_FREE;
	ffstab[i].slot = -1;
	ffstab[i].state = FS_FREE;
	ffsq_put(&staleq, i);
}

/*------------------------------------------------------------------------
 * ffs_prezero - move one stale free frame to the zeroed pool (the pager
 *		 does this in the background); FALSE if none was stale
 *------------------------------------------------------------------------
 */
bool8	ffs_prezero(void)
{
	int32	i;

	if ((i = ffsq_get(&staleq)) < 0) {
		return FALSE;
	}
	memset(vwin_map(WS_DST, FFS_ADDR(i)), 0, PAGE_SIZE);
	ffstab[i].state = FS_ZERO;
	ffsq_put(&zeroq, i);
	ffs_zero_count = zeroq.count;
	return TRUE;
}

/*------------------------------------------------------------------------
 * free_ffs_pages - FFS frames not backing any page
 *------------------------------------------------------------------------
 */
uint32	free_ffs_pages(void)
{
	return zeroq.count + staleq.count;
}
