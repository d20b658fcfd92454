/* isalnum.c - isalnum */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  isalnum  -  Nonzero if c is a letter or a decimal digit
 *------------------------------------------------------------------------
 */
int	isalnum(
	  int		c		/* character or EOF		*/
	)
{
	return isalpha(c) || isdigit(c);
}
