/* ispunct.c - ispunct */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  ispunct  -  Nonzero if c is printable but neither blank nor alphanumeric
 *------------------------------------------------------------------------
 */
int	ispunct(
	  int		c		/* character or EOF		*/
	)
{
	return isprint(c) && c != ' ' && !isalnum(c);
}
