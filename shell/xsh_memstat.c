/* xsh_memstat.c - xsh_memstat */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_memstat  -  Show the kernel heap (memsummary does the work)
 *------------------------------------------------------------------------
 */
shellcmd xsh_memstat(int32 nargs, char *args[])
{
	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}
	memsummary(stdout);
	return 0;
}
