/* putchar.c - putchar */

#include <ulib.h>

/*------------------------------------------------------------------------
 * putchar - write one character on stdout; returns it, or EOF
 *------------------------------------------------------------------------
 */
int	putchar(int c)
{
	char	ch = (char)c;

	return write(stdout, &ch, 1) == 1 ? (unsigned char)ch : EOF;
}
