/* xsh_vmpolicy.c - xsh_vmpolicy */

#include <xinu.h>
#include <shell.h>

extern	int32	vm_policy;

static	int32	policies[] = { RANDOM, FIFO, CLOCK };

/*------------------------------------------------------------------------
 * xsh_vmpolicy - show or set the page replacement policy
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmpolicy(int32 nargs, char *args[])
{
	int32	i;

	if (nargs == 1) {
		printf("policy: %s\n", vmwl_polname(vm_policy));
		return 0;
	}
	if (nargs != 2) {
		return shellusage(args[0], "too many arguments");
	}
	for (i = 0; i < (int32)ARRAY_LEN(policies); i++) {
		if (strcmp(args[1], vmwl_polname(policies[i])) == 0) {
			vmpolicy(policies[i]);
			printf("policy: %s\n", vmwl_polname(vm_policy));
			return 0;
		}
	}
	return shellbadword(args[0], "policy", args[1]);
}
