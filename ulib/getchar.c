/* getchar.c - getchar */

#include <ulib.h>

/*------------------------------------------------------------------------
 * getchar - read one character from stdin; EOF if none could be read
 *------------------------------------------------------------------------
 */
int	getchar(void)
{
	unsigned char c;

	return read(stdin, &c, 1) == 1 ? c : EOF;
}
