/* fputs.c - fputs */

#include <ulib.h>

/*------------------------------------------------------------------------
 * fputs - write a string on descriptor fd; OK, or EOF if write failed
 *------------------------------------------------------------------------
 */
int	fputs(const char *s, int fd)
{
	int32	len = strlen(s);

	return write(fd, s, len) == len ? OK : EOF;
}
