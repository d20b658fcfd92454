/* pol_random.c - rnd_victim */

#include <xinu.h>
#include "vmint.h"

/*
 * RANDOM, the lab's default: a random frame, or the next evictable one
 * after it in address order.  The generator is the policy's own LCG, so
 * what other code draws from rand() does not change the victims.
 */

static	uint32	rnd_seed = 1;		/* the policy's own LCG		*/

/*------------------------------------------------------------------------
 * rnd_victim - a random start, then the next evictable frame
 *------------------------------------------------------------------------
 */
static	int32	rnd_victim(bool8 sparenewest)
{
	int32	i, n;

	rnd_seed = rnd_seed * 1103515245 + 12345;
	i = (rnd_seed >> 8) % MAX_FFS_SIZE;
	for (n = 0; n < MAX_FFS_SIZE; n++) {
		if (vm_evictable(i, sparenewest)) {
			return i;
		}
		i = (i + 1) % MAX_FFS_SIZE;
	}
	return SYSERR;
}

const	struct	vmpolops pol_random = {
	.name = "random",
	.victim = rnd_victim,
};
