/* realloc.c - realloc */

#include <ulib.h>
#include "umem.h"

/*------------------------------------------------------------------------
 * realloc - resize a block from malloc: p itself when it is large
 *	enough, otherwise a new block holding p's bytes (p is then freed).
 *	NULL when memory runs out, p left as it was; realloc(NULL, n) is
 *	malloc(n) and realloc(p, 0) frees p.
 *------------------------------------------------------------------------
 */
void	*realloc(void *p, size_t nbytes)
{
	struct	umblk	*b;
	void	*q;

	if (p == NULL) {
		return malloc(nbytes);
	}
	if (nbytes == 0) {
		free(p);
		return NULL;
	}
	b = umem_block(p, "realloc");
	if (b == NULL) {
		return NULL;
	}
	if (b->umsize - UMEM_HDR >= nbytes) {
		return p;
	}
	q = malloc(nbytes);
	if (q != NULL) {
		memcpy(q, p, b->umsize - UMEM_HDR);
		free(p);
	}
	return q;
}
