/* xsh_echo.c - xsh_echo */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_echo  -  Print the arguments separated by single blanks
 *------------------------------------------------------------------------
 */
shellcmd xsh_echo(int32 nargs, char *args[])
{
	int32	i;

	for (i = 1; i < nargs; i++) {
		printf("%s%s", i > 1 ? " " : "", args[i]);
	}
	printf("\n");
	return 0;
}
