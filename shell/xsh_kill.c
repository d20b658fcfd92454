/* xsh_kill.c - xsh_kill */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_kill  -  Terminate a process given its ID
 *
 * kill() itself refuses the processes the system needs (sysproc names
 * them); the refusal is explained here.  Killing the shell from under
 * itself would leave its device without a reader mid-command, so it is
 * refused too; the shell is this command's parent.
 *------------------------------------------------------------------------
 */
shellcmd xsh_kill(int32 nargs, char *args[])
{
	pid32	pid;			/* process to kill		*/
	char	*role;			/* what the system needs it for	*/

	if (nargs < 2) {
		return shellusage(args[0], "missing process ID");
	}
	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (shellpid(args[0], args[1], &pid) == SYSERR) {
		return 1;
	}
	role = sysproc(pid);
	if (role != NULL) {
		fprintf(stderr, "%s: pid %d is %s, which the system needs: "
				"not killed\n", args[0], pid, role);
		return 1;
	}
	if (pid == proctab[getpid()].prparent) {
		fprintf(stderr, "%s: pid %d is this shell: not killed "
				"(exit ends it)\n", args[0], pid);
		return 1;
	}
	if (kill(pid) == SYSERR) {
		fprintf(stderr, "%s: no such process: %s\n", args[0],
								args[1]);
		return 1;
	}
	return 0;
}
