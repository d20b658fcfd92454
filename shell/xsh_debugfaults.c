/* xsh_debugfaults.c - xsh_debugfaults */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_debugfaults - show or set debug_faults: whether a fault's one-line
 *	message (P<pid>:: SEGMENTATION_FAULT ...) is followed by details
 *------------------------------------------------------------------------
 */
shellcmd xsh_debugfaults(int32 nargs, char *args[])
{
	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (nargs == 2) {
		if (strcmp(args[1], "on") == 0) {
			debug_faults = 1;
		} else if (strcmp(args[1], "off") == 0) {
			debug_faults = 0;
		} else {
			return shellbadword(args[0], "setting", args[1]);
		}
	}
	printf("debugfaults: %s\n", debug_faults ? "on" : "off");
	return 0;
}
