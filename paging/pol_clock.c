/* pol_clock.c - clock_victim, clock_print */

#include <xinu.h>
#include "vmint.h"

/*
 * CLOCK, second chance as in the lab: the hand walks the FFS frames in
 * address order from where it stopped, clears the accessed bits it finds
 * set and takes the first evictable frame whose bit is clear.  The hand
 * is never reset, not even when the policy is chosen again (vmworkload
 * records it so that tools/opt/replay can start from the same place).
 */

int32	clock_hand = 0;			/* the next frame to look at	*/

/*------------------------------------------------------------------------
 * clock_victim - the first unreferenced evictable frame from the hand
 *------------------------------------------------------------------------
 */
static	int32	clock_victim(bool8 sparenewest)
{
	int32	i, n;

	for (n = 0; n <= 2 * MAX_FFS_SIZE; n++) {	/* two laps at most */
		i = clock_hand;
		clock_hand = (clock_hand + 1) % MAX_FFS_SIZE;
		if (!vm_evictable(i, sparenewest) || vm_frame_referenced(i)) {
			continue;
		}
		return i;
	}
	return SYSERR;
}

/*------------------------------------------------------------------------
 * clock_print - the hand
 *------------------------------------------------------------------------
 */
static	void	clock_print(did32 dev)
{
	fprintf(dev, "clock: hand at frame %d\n", clock_hand);
}

const	struct	vmpolops pol_clock = {
	.name = "clock",
	.victim = clock_victim,
	.print = clock_print,
};
