/* shellbadword.c - shellbadword */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * shellbadword  -  Report an argument a command does not know, naming it
 *
 * Prints "<cmd>: unknown <what>: <word> (usage: <synopsis>)", so that
 * every command words this error alike (what: "option", "policy" ...).
 * Returns 1, the status of a failed command.
 *------------------------------------------------------------------------
 */
shellcmd shellbadword(
	  char		*cmd,		/* name of the command		*/
	  char		*what,		/* kind of word expected	*/
	  char		*word		/* the word given		*/
	)
{
	const struct cmdent *cp;

	cp = cmdlookup(cmd);
	fprintf(stderr, "%s: unknown %s: %s", cmd, what, word);
	if (cp != NULL) {
		fprintf(stderr, " (usage: %s)", cp->cusage);
	}
	fprintf(stderr, "\n");
	return 1;
}
