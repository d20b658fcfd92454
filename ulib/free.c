/* free.c - free */

#include <ulib.h>
#include "umem.h"

/*------------------------------------------------------------------------
 * free - give back a block from malloc: put it on the free list in
 *	address order and join it with a free neighbour it touches
 *------------------------------------------------------------------------
 */
void	free(void *p)
{
	struct	umblk	*b, *prev, *next;

	if (p == NULL) {
		return;
	}
	b = umem_block(p, "free");
	if (b == NULL) {
		return;
	}
	prev = &umfreelist;
	while (prev->umnext != NULL && prev->umnext < b) {
		prev = prev->umnext;
	}
	next = prev->umnext;

	b->umnext = next;
	prev->umnext = b;
	if (next != NULL && (char *)b + b->umsize == (char *)next) {
		b->umsize += next->umsize;
		b->umnext = next->umnext;
	}
	if (prev != &umfreelist && (char *)prev + prev->umsize == (char *)b) {
		prev->umsize += b->umsize;
		prev->umnext = b->umnext;
	}
}
