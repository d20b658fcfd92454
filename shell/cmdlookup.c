/* cmdlookup.c - cmdlookup */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * cmdlookup  -  Find a command by its exact name; NULL if there is none
 *------------------------------------------------------------------------
 */
const struct cmdent *cmdlookup(
	  char		*name		/* what the user typed		*/
	)
{
	int32	i;

	for (i = 0; i < ncmd; i++) {
		if (strcmp(cmdtab[i].cname, name) == 0) {
			return &cmdtab[i];
		}
	}
	return NULL;
}
