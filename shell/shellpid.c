/* shellpid.c - shellpid */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * shellpid  -  Convert a command argument to the ID of a process in use
 *
 * Every command that takes a pid words its errors the same way, naming
 * the word: "<cmd>: not a process ID: <word>" when it is no number,
 * "<cmd>: no such process: <word>" when no process has that ID.
 * Returns OK, or SYSERR having printed the error.
 *------------------------------------------------------------------------
 */
status	shellpid(
	  char		*cmd,		/* name of the command		*/
	  char		*word,		/* the argument			*/
	  pid32		*pid		/* where to put the pid		*/
	)
{
	uint32	val;			/* the argument as a number	*/

	if (shellnum(word, &val) != OK) {
		fprintf(stderr, "%s: not a process ID: %s\n", cmd, word);
		return SYSERR;
	}
	if (val >= NPROC || isbadpid((pid32)val)) {
		fprintf(stderr, "%s: no such process: %s\n", cmd, word);
		return SYSERR;
	}
	*pid = (pid32)val;
	return OK;
}
