/* umem.h - the user heap's blocks, shared by malloc, free, calloc, realloc
 *
 * Every block, free or in use, starts with a struct umblk; the caller's
 * memory follows it.  Free blocks are on umfreelist in address order, so
 * free() finds its neighbours and joins adjacent blocks.  A block in use
 * has umnext == UMEM_INUSE: free() and realloc() refuse any pointer whose
 * header does not say so (a double free, a pointer malloc never gave).
 */

#ifndef _UMEM_H_
#define _UMEM_H_

struct	umblk {
	uint32	umsize;			/* bytes, this header included	*/
	struct	umblk	*umnext;	/* next free block, or UMEM_INUSE */
};

#define	UMEM_ALIGN	8		/* every block and every result	*/
#define	UMEM_HDR	sizeof(struct umblk)	/* a multiple of UMEM_ALIGN */
#define	UMEM_MIN	(UMEM_HDR + UMEM_ALIGN)	/* least block worth a split */
#define	UMEM_MAXREQ	0x7FFFF000	/* larger requests are refused	*/
#define	UMEM_INUSE	((struct umblk *)0x55AA55A0)	/* never a block */

extern	struct	umblk	umfreelist;	/* head: umsize 0, never joined	*/
extern	struct	umblk	*umem_block(void *, const char *);

#endif /* _UMEM_H_ */
