/* memory.h - kernel heap (getmem/freemem) and stacks (getstk/freestk) */

#ifndef _MEMORY_H_
#define _MEMORY_H_


/* Every block handed out is a multiple of 8 bytes, so a free block can
   always hold its own list node */
#define	roundmb(x)	(char *)( (7 + (uint32)(x)) & (~7) )
#define	truncmb(x)	(char *)( ((uint32)(x)) & (~7) )

#define	freestk(p,len)	freemem((char *)((uint32)(p)		\
				- ((uint32)roundmb(len))	\
				+ (uint32)sizeof(uint32)),	\
				(uint32)roundmb(len) )

struct	memblk	{			/* see roundmb & truncmb	*/
	struct	memblk	*mnext;		/* ptr to next free memory blk	*/
	uint32	mlength;		/* size of blk (includes memblk)*/
};
extern	struct	memblk	memlist;	/* head of free memory list	*/
extern	void	*minheap;		/* start of heap		*/
extern	void	*maxheap;		/* highest valid heap address	*/
extern	uint32	memtotal;		/* bytes of RAM (multiboot)	*/

/* Added by the linker script */
extern	int	text;			/* start of text segment	*/
extern	int	etext;			/* end of text segment		*/
extern	int	data;			/* start of data segment	*/
extern	int	edata;			/* end of data segment		*/
extern	int	bss;			/* start of bss segment		*/
extern	int	ebss;			/* end of bss segment		*/
extern	int	end;			/* end of program		*/

#endif /* _MEMORY_H_ */
