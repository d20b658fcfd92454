/* histget.c - histget */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * histget  -  Line number n of the history, or NULL if it is not kept
 *------------------------------------------------------------------------
 */
char	*histget(
	  struct shhist	*h,		/* history			*/
	  int32		n		/* line number (1 = first ever)	*/
	)
{
	if (n < 1 || n > h->count || n <= h->count - SHELL_HISTLEN) {
		return NULL;
	}
	return h->line[(n - 1) % SHELL_HISTLEN];
}
