/* pagezero.c - pagezero */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * pagezero - fill the page-aligned page at p with zeros.  The one place
 *	a whole page is zeroed (FFS frames, PD/PT frames): `rep stosl`
 *	stores a word per iteration, 1024 of them, where a C loop spends
 *	about four instructions per word.  The direction flag is cleared
 *	here rather than trusted, as an interrupt handler may have set it.
 *------------------------------------------------------------------------
 */
void	pagezero(void *p)
{
	uint32	n = PAGE_SIZE / sizeof(uint32);

	asm volatile("cld; rep stosl"
		: "+D" (p), "+c" (n)
		: "a" (0)
		: "memory", "cc");
}
