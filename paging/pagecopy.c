/* pagecopy.c - pagecopy */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * pagecopy - copy the page-aligned page at src to dst (distinct pages).
 *	The one place a whole page is copied (swap-out, swap-in, the
 *	exchange of a victim and a swapped page): `rep movsl`, one word
 *	per iteration (see pagezero).
 *------------------------------------------------------------------------
 */
void	pagecopy(void *dst, const void *src)
{
	uint32	n = PAGE_SIZE / sizeof(uint32);

	asm volatile("cld; rep movsl"
		: "+D" (dst), "+S" (src), "+c" (n)
		:
		: "memory", "cc");
}
