/* xsh_kill.c - xsh_kill */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_kill  -  Terminate a process given its ID
 *
 * The null process must never go, and killing the shell from under
 * itself would leave its device without a reader mid-command, so both
 * are refused; the shell is this command's parent.
 *------------------------------------------------------------------------
 */
shellcmd xsh_kill(int32 nargs, char *args[])
{
	uint32	val;			/* the argument as a number	*/
	pid32	pid;			/* process to kill		*/

	if (nargs < 2) {
		return shellusage(args[0], "missing process ID");
	}
	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (shellnum(args[1], &val) == SYSERR) {
		fprintf(stderr, "%s: invalid process ID: %s\n", args[0],
								args[1]);
		return 1;
	}
	if (val >= NPROC) {
		fprintf(stderr, "%s: cannot kill pid %u\n", args[0], val);
		return 1;
	}
	pid = (pid32)val;
	if (pid == NULLPROC) {
		fprintf(stderr, "%s: cannot kill the null process\n", args[0]);
		return 1;
	}
	if (pid == proctab[getpid()].prparent) {
		fprintf(stderr, "%s: cannot kill the shell (use exit)\n",
								args[0]);
		return 1;
	}
	if (kill(pid) == SYSERR) {
		fprintf(stderr, "%s: cannot kill pid %d\n", args[0], pid);
		return 1;
	}
	return 0;
}
