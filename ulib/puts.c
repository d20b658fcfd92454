/* puts.c - puts */

#include <ulib.h>

/*------------------------------------------------------------------------
 * puts - write a string and a newline on stdout; OK, or EOF
 *------------------------------------------------------------------------
 */
int	puts(const char *s)
{
	if (fputs(s, stdout) == EOF || putchar('\n') == EOF) {
		return EOF;
	}
	return OK;
}
