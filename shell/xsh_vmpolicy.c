/* xsh_vmpolicy.c - xsh_vmpolicy */

#include <xinu.h>
#include <shell.h>

extern	int32	vm_policy;

/*------------------------------------------------------------------------
 * xsh_vmpolicy - show or set the page replacement policy (the names are
 *		  those of the policy table, vmwl_polname)
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmpolicy(int32 nargs, char *args[])
{
	int32	p;

	if (nargs == 1) {
		printf("policy: %s\n", vmwl_polname(vm_policy));
		return 0;
	}
	if (nargs != 2) {
		return shellusage(args[0], "too many arguments");
	}
	for (p = 0; p < NPOLICIES; p++) {
		if (strcmp(args[1], vmwl_polname(p)) == 0) {
			vmpolicy(p);
			printf("policy: %s\n", vmwl_polname(vm_policy));
			return 0;
		}
	}
	return shellbadword(args[0], "policy", args[1]);
}
