/* memset.c - memset */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  memset  -  Fill n bytes at dst with the byte value c; return dst.
 *		The aligned middle is filled a word at a time (page tables
 *		and frames are cleared with this).
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
	uint32	word;
	uint32	*dw;

	while (n > 0 && ((uint32)d & (sizeof(uint32) - 1)) != 0) {
		*d++ = b;
		n--;
	}
	word = 0x01010101U * b;		/* b replicated in every byte	*/
	dw = (uint32 *)d;
	for (; n >= sizeof(uint32); n -= sizeof(uint32)) {
		*dw++ = word;
	}
	d = (byte *)dw;
	while (n > 0) {
		*d++ = b;
		n--;
	}
	return dst;
}
