/* memmap_snapshot.c - memmap_snapshot, memmap_pidchar */

#include <xinu.h>
#include <memmap.h>
#include "../paging/vmint.h"

#if NPROC >= MM_NOOWNER
#error "memmap keeps a pid in a byte: NPROC must stay below MM_NOOWNER"
#endif

/*------------------------------------------------------------------------
 * memmap_pidchar - the character that names owner pid in a map
 *------------------------------------------------------------------------
 */
char	memmap_pidchar(pid32 pid)
{
	if (pid < 0 || pid >= MM_PIDBASE) {
		return MM_BIGPID;
	}
	return pid < 10 ? '0' + pid : 'a' + (pid - 10);
}

/* Record frame i of the map as owned by pid */
static	void	mm_owned(char *map, byte *owner, int32 i, pid32 pid)
{
	map[i] = memmap_pidchar(pid);
	if (owner != NULL) {
		owner[i] = (byte)pid;
	}
}

/*------------------------------------------------------------------------
 * memmap_snapshot - fill map (MM_NFRAMES characters, laid out as the
 *	MM_*_OFF constants say) with one symbol per PD/PT frame, FFS frame
 *	and swap slot, and owner (if not NULL) with the owning pid of each
 *	or MM_NOOWNER (also for a frame or slot several PTEs map: it shows
 *	as MM_SHARED, no one's).  All three tables and the pools' counters
 *	are read in one critical section, so the map and the counts in *st
 *	describe the same moment.  Returns the number of characters filled.
 *------------------------------------------------------------------------
 */
int32	memmap_snapshot(char *map, byte *owner, struct mmphys *st)
{
	intmask	mask;
	int32	i;
	pid32	pid;

	if (owner != NULL) {
		memset(owner, MM_NOOWNER, MM_NFRAMES);
	}
	memset(st, 0, sizeof(*st));

	mask = disable();
	for (i = 0; i < MAX_PT_SIZE; i++) {
		pid = pttab[i].owner;
		if (pid == OWN_FREE) {
			map[MM_PT_OFF + i] = MM_FREE;
			st->ptfree++;
		} else if (pid == OWN_KERNEL) {
			map[MM_PT_OFF + i] = MM_KERNEL;
			st->ptkernel++;
		} else {
			/* A directory or table shows as T; the owner map
			   (and so the colour) still tells whose it is */
			mm_owned(map, owner, MM_PT_OFF + i, pid);
			map[MM_PT_OFF + i] = MM_TABLE;
			st->pttables++;
		}
	}
	for (i = 0; i < MAX_FFS_SIZE; i++) {
		switch (ffstab[i].state) {
		case FS_USED:
			st->ffsused++;
			if (ffstab[i].pg.nmaps > 1) {
				/* Mapped by several: pg.owner is only the
				   first of them, so the frame is no one's */
				map[MM_FFS_OFF + i] = MM_SHARED;
				st->ffsshared++;
				break;
			}
			mm_owned(map, owner, MM_FFS_OFF + i, ffstab[i].pg.owner);
			break;
		case FS_ZERO:
			map[MM_FFS_OFF + i] = MM_ZERO;
			st->ffszero++;
			st->ffsfree++;
			break;
		default:
			map[MM_FFS_OFF + i] = MM_FREE;
			st->ffsfree++;
			break;
		}
	}
	for (i = 0; i < MAX_SWAP_SIZE; i++) {
		pid = swaptab[i].pg.owner;
		if (pid == OWN_FREE) {
			map[MM_SWAP_OFF + i] = MM_FREE;
			st->swapfree++;
		} else if (swaptab[i].pg.nmaps > 1) {
			map[MM_SWAP_OFF + i] = MM_SHARED;	/* as above */
			st->swapused++;
			st->swapshared++;
		} else {
			mm_owned(map, owner, MM_SWAP_OFF + i, pid);
			st->swapused++;
		}
	}
	st->pool_ptfree = free_pt_frames();
	st->pool_ffsfree = free_ffs_pages();
	st->pool_ffszero = ffs_zero_count;
	st->pool_swapfree = free_swap_pages();
	st->pool_ffsshared = shared_ffs_frames();
	restore(mask);
	return MM_NFRAMES;
}
