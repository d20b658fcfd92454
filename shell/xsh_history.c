/* xsh_history.c - xsh_history */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_history  -  List the lines the history keeps, with their numbers
 *		   (!n runs line n again; up and down arrows walk them)
 *------------------------------------------------------------------------
 */
shellcmd xsh_history(int32 nargs, char *args[])
{
	int32	n;
	char	*line;

	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}
	for (n = shhistory.count - SHELL_HISTLEN + 1; n <= shhistory.count;
									n++) {
		line = histget(&shhistory, n);
		if (line != NULL) {
			printf("%5d  %s\n", n, line);
		}
	}
	return 0;
}
