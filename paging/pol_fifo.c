/* pol_fifo.c - fifo_victim */

#include <xinu.h>
#include "vmint.h"

/*
 * FIFO: the frame filled longest ago.  The FFS keeps its frames in use in
 * fill order (ffs_oldest, ffs_newer: a list kept by ffs_alloc, ffs_free
 * and ffs_refill_order), so the victim is normally the list's head.
 */

/*------------------------------------------------------------------------
 * fifo_victim - the oldest evictable frame
 *------------------------------------------------------------------------
 */
static	int32	fifo_victim(bool8 sparenewest)
{
	int32	i;

	for (i = ffs_oldest(); i >= 0; i = ffs_newer(i)) {
		if (vm_evictable(i, sparenewest)) {
			return i;
		}
	}
	return SYSERR;
}

const	struct	vmpolops pol_fifo = {
	.name = "fifo",
	.victim = fifo_victim,
};
