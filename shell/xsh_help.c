/* xsh_help.c - xsh_help */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_help  -  List the commands, or explain one: usage, summary and
 *		every option and argument (cmdhelp)
 *------------------------------------------------------------------------
 */
shellcmd xsh_help(int32 nargs, char *args[])
{
	const struct cmdent *cp;
	char	*text;
	int32	i;

	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (nargs == 2) {
		cp = cmdlookup(args[1]);
		if (cp == NULL) {
			return shellbadword(args[0], "command", args[1]);
		}
		printf("usage: %s\n", cp->cusage);
		printf("%s\n", cp->csummary);
		text = cmdhelp(cp->cname);
		if (text != NULL) {
			printf("%s", text);
		}
		return 0;
	}

	printf("Commands:\n");
	for (i = 0; i < ncmd; i++) {
		printf("  %-11s %s\n", cmdtab[i].cname, cmdtab[i].csummary);
	}
	printf("Type 'help <command>' for its options and arguments.\n");
	printf("Keys: arrows, Home/End, ^A ^E ^W ^U ^K ^L edit the line; "
		"^C interrupts.\n");
	return 0;
}
