/* getchar.c - getchar */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  getchar  -  Read one character from standard input, or EOF
 *------------------------------------------------------------------------
 */
int	getchar(void)
{
	return fgetc(stdin);
}
