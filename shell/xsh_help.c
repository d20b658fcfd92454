/* xsh_help.c - xsh_help */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_help  -  List the commands, or give the usage of one
 *------------------------------------------------------------------------
 */
shellcmd xsh_help(int32 nargs, char *args[])
{
	const struct cmdent *cp;
	int32	i;

	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (nargs == 2) {
		cp = cmdlookup(args[1]);
		if (cp == NULL) {
			fprintf(stderr, "%s: no such command: %s\n",
							args[0], args[1]);
			return 1;
		}
		printf("usage: %s\n", cp->cusage);
		printf("%s\n", cp->csummary);
		return 0;
	}

	printf("Commands:\n");
	for (i = 0; i < ncmd; i++) {
		printf("  %-10s %s\n", cmdtab[i].cname, cmdtab[i].csummary);
	}
	printf("Type 'help <command>' for its usage.\n");
	return 0;
}
