/* srand.c - srand */

#include <kernel.h>
#include <stdlib.h>

/*------------------------------------------------------------------------
 *  srand  -  Seed rand(): equal seeds give equal sequences
 *------------------------------------------------------------------------
 */
void	srand(
	  unsigned int	seed		/* new generator state		*/
	)
{
	_randstate = seed;
}
