/* malloc.c - malloc */

#include <ulib.h>
#include "umem.h"

struct	umblk	umfreelist = { 0, NULL };

/*------------------------------------------------------------------------
 * malloc - nbytes of memory, UMEM_ALIGN-aligned, first fit; NULL when
 *	vmalloc can give no more.  The heap grows by at least UMALLOC_CHUNK
 *	bytes at a time, so that most calls make no system call; chunks are
 *	kept for later calls, never given back.
 *------------------------------------------------------------------------
 */
void	*malloc(size_t nbytes)
{
	struct	umblk	*prev, *cur, *rest;
	uint32	need, chunk;
	char	*mem;

	if (nbytes > UMEM_MAXREQ) {
		return NULL;		/* need would overflow		*/
	}
	if (nbytes == 0) {
		nbytes = 1;		/* a distinct pointer for free() */
	}
	need = (nbytes + UMEM_HDR + UMEM_ALIGN - 1) & ~(UMEM_ALIGN - 1);

	for (;;) {
		prev = &umfreelist;
		for (cur = prev->umnext; cur != NULL;
				prev = cur, cur = cur->umnext) {
			if (cur->umsize < need) {
				continue;
			}
			if (cur->umsize - need >= UMEM_MIN) {
				/* split: the tail stays free, in cur's place */
				rest = (struct umblk *)((char *)cur + need);
				rest->umsize = cur->umsize - need;
				rest->umnext = cur->umnext;
				prev->umnext = rest;
				cur->umsize = need;
			} else {
				prev->umnext = cur->umnext;
			}
			cur->umnext = UMEM_INUSE;
			return cur + 1;
		}

		/* Nothing fits: a new chunk, freed onto the list, and again */
		chunk = (need + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
		if (chunk < UMALLOC_CHUNK) {
			chunk = UMALLOC_CHUNK;
		}
		mem = vmalloc(chunk);
		if (mem == NULL || mem == (char *)SYSERR) {
			return NULL;
		}
		cur = (struct umblk *)mem;
		cur->umsize = chunk;
		cur->umnext = UMEM_INUSE;
		free(cur + 1);
	}
}
