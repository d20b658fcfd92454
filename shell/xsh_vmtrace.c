/* xsh_vmtrace.c - xsh_vmtrace */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_vmtrace - switch fault recording on or off, clear the ring, or
 *		 dump it (in the format tools/opt/replay reads)
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmtrace(int32 nargs, char *args[])
{
	if (nargs != 2) {
		return shellusage(args[0], nargs < 2 ? "what to do?"
			: "too many arguments");
	}
	if (strcmp(args[1], "on") == 0) {
		vmtrace(VMTRACE_ON);
	} else if (strcmp(args[1], "off") == 0) {
		vmtrace(VMTRACE_OFF);
	} else if (strcmp(args[1], "clear") == 0) {
		vmtrace(VMTRACE_CLEAR);
	} else if (strcmp(args[1], "dump") == 0) {
		vmtrace_dump(stdout);
	} else {
		return shellusage(args[0], "unknown action");
	}
	return 0;
}
