/* labs.c - labs */

#include <kernel.h>
#include <stdlib.h>

/*------------------------------------------------------------------------
 *  labs  -  Absolute value of a long
 *------------------------------------------------------------------------
 */
long	labs(
	  long		l		/* value			*/
	)
{
	return (l < 0) ? -l : l;
}
