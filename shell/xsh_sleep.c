/* xsh_sleep.c - xsh_sleep */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_sleep  -  Pause for a number of seconds
 *------------------------------------------------------------------------
 */
shellcmd xsh_sleep(int32 nargs, char *args[])
{
	uint32	secs;			/* seconds to sleep		*/

	if (nargs < 2) {
		return shellusage(args[0], "missing number of seconds");
	}
	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (shellnum(args[1], &secs) == SYSERR) {
		fprintf(stderr, "%s: not a number: %s\n", args[0], args[1]);
		return 1;
	}
	if (secs > SHELL_MAXSLEEP) {
		fprintf(stderr, "%s: too many seconds: %u (at most %d)\n",
						args[0], secs, SHELL_MAXSLEEP);
		return 1;
	}
	if (sleep((int32)secs) == SYSERR) {
		fprintf(stderr, "%s: cannot sleep\n", args[0]);
		return 1;
	}
	return 0;
}
