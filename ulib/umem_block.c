/* umem_block.c - umem_block */

#include <ulib.h>
#include "umem.h"

/*------------------------------------------------------------------------
 * umem_block - the header of p, a block malloc gave and not yet freed;
 *	NULL (after a message on stderr naming the caller) for any other
 *	pointer, which the caller then leaves alone: memory is not lost
 *	and the heap is not corrupted by a bad free
 *------------------------------------------------------------------------
 */
struct	umblk	*umem_block(void *p, const char *who)
{
	struct	umblk	*b = (struct umblk *)p - 1;

	if (((uint32)p & (UMEM_ALIGN - 1)) != 0 || b->umnext != UMEM_INUSE
			|| b->umsize < UMEM_MIN
			|| (b->umsize & (UMEM_ALIGN - 1)) != 0) {
		fprintf(stderr, "%s: %p was not given by malloc, or was "
				"freed already\n", who, p);
		return NULL;
	}
	return b;
}
