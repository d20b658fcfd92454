/* vmpolicies.c - vm_policies */

#include <xinu.h>
#include "vmint.h"

/*
 * The replacement policies, at their numbers (paging.h).  A new policy is
 * a file paging/pol_<name>.c defining a struct vmpolops, a row here and
 * its number in paging.h.
 */
const	struct	vmpolops *vm_policies[NPOLICIES] = {
	[RANDOM]	= &pol_random,
	[FIFO]		= &pol_fifo,
	[CLOCK]		= &pol_clock,
	[CLOCKPRO]	= &pol_clockpro,
};
