/* shellusage.c - shellusage */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * shellusage  -  Report a bad use of a command on one line of stderr
 *
 * Prints "<cmd>: <problem> (usage: <synopsis>)" with the synopsis taken
 * from cmdtab, so each command's usage is written down only once.
 * Returns 1, the status of a failed command, so callers can return it.
 *------------------------------------------------------------------------
 */
shellcmd shellusage(
	  char		*cmd,		/* name of the command		*/
	  char		*problem	/* what is wrong		*/
	)
{
	const struct cmdent *cp;

	cp = cmdlookup(cmd);
	if (cp == NULL) {
		fprintf(stderr, "%s: %s\n", cmd, problem);
	} else {
		fprintf(stderr, "%s: %s (usage: %s)\n", cmd, problem,
							cp->cusage);
	}
	return 1;
}
