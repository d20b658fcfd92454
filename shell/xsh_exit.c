/* xsh_exit.c - xsh_exit */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_exit  -  Builtin: end the shell (main starts a fresh one)
 *------------------------------------------------------------------------
 */
shellcmd xsh_exit(int32 nargs, char *args[])
{
	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}
	return SHELL_EXIT;
}
