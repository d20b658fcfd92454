/* isalpha.c - isalpha */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  isalpha  -  Nonzero if c is a letter
 *------------------------------------------------------------------------
 */
int	isalpha(
	  int		c		/* character or EOF		*/
	)
{
	return isupper(c) || islower(c);
}
