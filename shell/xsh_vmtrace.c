/* xsh_vmtrace.c - xsh_vmtrace */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_vmtrace - say whether faults are recorded and how many the ring
 *		 holds; switch recording on or off, clear the ring, or dump
 *		 it (in the format tools/opt/replay reads)
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmtrace(int32 nargs, char *args[])
{
	int32	held;			/* entries in the ring		*/
	uint32	dropped;		/* faults lost			*/
	bool8	on;			/* recording			*/

	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (nargs == 2) {
		if (strcmp(args[1], "on") == 0) {
			vmtrace(VMTRACE_ON);
		} else if (strcmp(args[1], "off") == 0) {
			vmtrace(VMTRACE_OFF);
		} else if (strcmp(args[1], "clear") == 0) {
			vmtrace(VMTRACE_CLEAR);
		} else if (strcmp(args[1], "dump") == 0) {
			vmtrace_dump(stdout);
			return 0;
		} else {
			return shellbadword(args[0], "action", args[1]);
		}
	}
	on = vmtrace_status(&held, &dropped);
	printf("vmtrace: %s, %d of %d entries held, %u dropped\n",
		on ? "on" : "off", held, VMTRACE_LEN, dropped);
	return 0;
}
