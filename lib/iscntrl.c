/* iscntrl.c - iscntrl */

#include <kernel.h>
#include <ctype.h>

/*------------------------------------------------------------------------
 *  iscntrl  -  Nonzero if c is an ASCII control character (0-31 and DEL)
 *------------------------------------------------------------------------
 */
int	iscntrl(
	  int		c		/* character or EOF		*/
	)
{
	return (c >= 0 && c < ' ') || c == ASCII_DEL;
}
