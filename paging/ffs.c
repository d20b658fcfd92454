/* ffs.c - ffs_init, ffs_alloc, ffs_free, ffs_prezero, free_ffs_pages,
 *	    ffs_oldest, ffs_newer, ffs_refill_order */

#include <xinu.h>
#include "vmint.h"

/*
 * A frame is handed out lowest-numbered free first, as in the lab, so the
 * frame a page gets (and the numbers debug_swapping prints) does not
 * depend on the order in which earlier processes or vfree released frames.
 * The free frames are the set bits of ffs_freemap; those of them whose
 * contents are stale (not yet zeroed by the pager) are also set in
 * ffs_stalemap (see bitmap.h: the lowest of either costs no scan).  A
 * frame's zeroed state does not change the order: a zero-fill fault that
 * gets a zeroed frame is a pool hit, one that gets a stale frame zeroes it
 * on its path; the pager zeroes the lowest stale frames, those handed
 * out next.
 */

#if MAX_FFS_SIZE > BM_MAXBITS
#error "MAX_FFS_SIZE is larger than a bitmap can hold (BM_MAXBITS)"
#endif

struct	ffsframe ffstab[MAX_FFS_SIZE];
struct	bitmap	ffs_freemap;		/* set: the frame is free	*/
struct	bitmap	ffs_stalemap;		/* set: free and not zeroed	*/
static	uint32	ffs_freewords[BM_NWORDS(MAX_FFS_SIZE)];
static	uint32	ffs_stalewords[BM_NWORDS(MAX_FFS_SIZE)];
int32	ffs_zero_count = 0;		/* free frames that are zeroed	*/

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

/*------------------------------------------------------------------------
 * ffs_init - every FFS frame starts free (contents unknown)
 *------------------------------------------------------------------------
 */
void	ffs_init(void)
{
	int32	i;

	for (i = 0; i < MAX_FFS_SIZE; i++) {
		ffstab[i].pg.owner = OWN_FREE;
		ffstab[i].pg.more = -1;
		ffstab[i].slot = -1;
		ffstab[i].state = FS_FREE;
	}
	bm_init(&ffs_freemap, ffs_freewords, MAX_FFS_SIZE, TRUE);
	bm_init(&ffs_stalemap, ffs_stalewords, MAX_FFS_SIZE, TRUE);
	ffs_zero_count = 0;
}

/*------------------------------------------------------------------------
 * ffs_alloc - take the lowest free frame for (pid, vpn), zero-filled if
 *	       zero is TRUE; returns the frame index or SYSERR if none is
 *	       free
 *------------------------------------------------------------------------
 */
int32	ffs_alloc(pid32 pid, uint32 vpn, bool8 zero)
{
	int32	i;

	if ((i = bm_takelowest(&ffs_freemap)) == SYSERR) {
		return SYSERR;
	}
	if (ffstab[i].state == FS_ZERO) {
		ffs_zero_count--;
		if (zero) {
			vmtotals_pool_hits++;
		}
	} else {
		bm_clear(&ffs_stalemap, i);
		if (zero) {
			pagezero(vwin_map(WS_DST, FFS_ADDR(i)));
			vmtotals_path_zeroes++;
		}
	}
	ffstab[i].pg.owner = pid;		/* its one mapping	*/
	ffstab[i].pg.vpn = vpn;
	ffstab[i].pg.nmaps = 1;		/* (a free frame has no chain	*/
					/*  and no clean copy: ffs_free) */
	ffstab[i].state = FS_USED;
	ffstab[i].fifoseq = ffs_fifoseq++;
	used_append(i);
	return i;
}

/*------------------------------------------------------------------------
 * ffs_free - give a frame back; its contents are stale.  Its page is
 *	      gone or has moved (its pgmap with it): nmaps is not looked at.
 *------------------------------------------------------------------------
 */
void	ffs_free(int32 i)
{
	if (i < 0 || i >= MAX_FFS_SIZE || ffstab[i].state != FS_USED) {
		panic("ffs_free: frame %d is not in use", i);
	}
	vm_pol_freed(i);		/* the policy forgets the frame	*/
	used_unlink(i);
	ffstab[i].pg.owner = OWN_FREE;
	ffstab[i].pg.nmaps = 0;
	ffstab[i].pg.more = -1;
	ffstab[i].slot = -1;
	ffstab[i].state = FS_FREE;
	bm_set(&ffs_freemap, i);
	bm_set(&ffs_stalemap, i);
}

/*------------------------------------------------------------------------
 * ffs_prezero - zero the lowest stale free frame, the one most likely
 *		 handed out next (the pager does this in the background);
 *		 FALSE if no free frame was stale
 *------------------------------------------------------------------------
 */
bool8	ffs_prezero(void)
{
	int32	i;

	if ((i = bm_takelowest(&ffs_stalemap)) == SYSERR) {
		return FALSE;
	}
	pagezero(vwin_map(WS_DST, FFS_ADDR(i)));
	ffstab[i].state = FS_ZERO;
	ffs_zero_count++;
	return TRUE;
}

/*------------------------------------------------------------------------
 * free_ffs_pages - FFS frames not backing any page
 *------------------------------------------------------------------------
 */
uint32	free_ffs_pages(void)
{
	return ffs_freemap.count;
}
