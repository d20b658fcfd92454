/* xsh_vmpolicy.c - xsh_vmpolicy */

#include <xinu.h>
#include <shell.h>

extern	int32	vm_policy;

static	char	*names[] = { "random", "fifo", "clock" };

/*------------------------------------------------------------------------
 * xsh_vmpolicy - show or set the page replacement policy
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmpolicy(int32 nargs, char *args[])
{
	int32	i;

	if (nargs == 1) {
		printf("policy: %s\n", names[vm_policy]);
		return 0;
	}
	if (nargs != 2) {
		return shellusage(args[0], "too many arguments");
	}
	for (i = 0; i < (int32)ARRAY_LEN(names); i++) {
		if (strcmp(args[1], names[i]) == 0) {
			vmpolicy(i == 0 ? RANDOM : (i == 1 ? FIFO : CLOCK));
			printf("policy: %s\n", names[vm_policy]);
			return 0;
		}
	}
	fprintf(stderr, "vmpolicy: unknown policy '%s' (random, fifo or "
		"clock)\n", args[1]);
	return 1;
}
