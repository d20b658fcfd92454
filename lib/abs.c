/* abs.c - abs */

#include <kernel.h>
#include <stdlib.h>

/*------------------------------------------------------------------------
 *  abs  -  Absolute value of an int (abs(INT_MIN) overflows, as in C)
 *------------------------------------------------------------------------
 */
int	abs(
	  int		i		/* value			*/
	)
{
	return (i < 0) ? -i : i;
}
