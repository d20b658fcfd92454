/* xsh_vmcheck.c - xsh_vmcheck */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_vmcheck - run the VM invariant checker and say what it found
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmcheck(int32 nargs, char *args[])
{
	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}
	if (vmcheck() != OK) {
		printf("vmcheck: violations found (listed above)\n");
		return 1;
	}
	printf("vmcheck: OK\n");
	return 0;
}
