/* histadd.c - histadd, shhistory */

#include <xinu.h>
#include <shell.h>

/* The console shell's history: kept across a restart of the shell */
struct	shhist	shhistory;

/*------------------------------------------------------------------------
 * histadd  -  Remember a line typed (blank lines and a repeat of the
 *	       newest line are not kept); the oldest is dropped when full
 *------------------------------------------------------------------------
 */
void	histadd(
	  struct shhist	*h,		/* history			*/
	  char		*line		/* line, NUL-terminated		*/
	)
{
	char	*p;
	char	*newest;

	for (p = line; *p == ' ' || *p == '\t'; p++) {
		;
	}
	if (*p == NULLCH) {
		return;
	}
	newest = histget(h, h->count);
	if (newest != NULL && strcmp(newest, line) == 0) {
		return;
	}
	h->count++;
	p = h->line[(h->count - 1) % SHELL_HISTLEN];
	strncpy(p, line, SHELL_BUFLEN - 1);
	p[SHELL_BUFLEN - 1] = NULLCH;
}
