/* xsh_clear.c - xsh_clear */

#include <xinu.h>
#include <shell.h>

/* ANSI: erase the whole screen, then put the cursor at the top left */
#define	ANSI_CLEAR	"\033[2J\033[H"

/*------------------------------------------------------------------------
 * xsh_clear  -  Clear the terminal's screen
 *------------------------------------------------------------------------
 */
shellcmd xsh_clear(int32 nargs, char *args[])
{
	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}
	printf("%s", ANSI_CLEAR);
	return 0;
}
