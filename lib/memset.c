/* memset.c - memset */

#include <kernel.h>
#include <string.h>

/* Areas at least this long fill their aligned middle with `rep stosl`
   (a word per iteration); shorter ones are not worth setting it up */
#define	MEMSET_REP_MIN	32

/*------------------------------------------------------------------------
 *  memset  -  Fill n bytes at dst with the byte value c; return dst.
 *		A large area's aligned middle is filled a word at a time
 *		by `rep stosl`, the route paging/pagezero.c takes for whole
 *		pages (process stacks' zeroed slack and tables use this).
 *------------------------------------------------------------------------
 */
void	*memset(
	  void		*dst,		/* area to fill			*/
	  int		c,		/* value, used as unsigned char	*/
	  size_t	n		/* number of bytes		*/
	)
{
	byte	*d = (byte *)dst;
	byte	b = (byte)c;
	uint32	word, nw;

	if (n >= MEMSET_REP_MIN) {
		while (((uint32)d & (sizeof(uint32) - 1)) != 0) {
			*d++ = b;
			n--;
		}
		word = 0x01010101U * b;	/* b replicated in every byte	*/
		nw = n / sizeof(uint32);
		n &= sizeof(uint32) - 1;
		asm volatile("cld; rep stosl"
			: "+D" (d), "+c" (nw)
			: "a" (word)
			: "memory", "cc");
	}
	while (n > 0) {
		*d++ = b;
		n--;
	}
	return dst;
}
