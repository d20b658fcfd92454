/* xsh_vmfuzz.c - xsh_vmfuzz */

#include <xinu.h>
#include <shell.h>

#define	FZ_NOPS		1000		/* operations by default	*/
#define	FZ_NPROCS	4		/* workers by default		*/
#define	FZ_SEEDMIX	2654435761u	/* spreads uptime into a seed	*/

/*------------------------------------------------------------------------
 * xsh_vmfuzz - vmfuzz [seed [nops [nprocs [flags]]]]: random VM
 *	operations, every result and invariant checked (docs/
 *	reliability.md).  Without a seed one is made up (and printed);
 *	`vmfuzz SEED STEP+1 NPROCS FLAGS` replays a failure up to STEP.
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmfuzz(int32 nargs, char *args[])
{
	uint32	v[4] = { 0, FZ_NOPS, FZ_NPROCS, 0 };
	int32	i;

	if (nargs > 5) {
		return shellusage(args[0], "too many arguments");
	}
	v[0] = uptime() * FZ_SEEDMIX + 1;
	for (i = 1; i < nargs; i++) {
		if (shellnum(args[i], &v[i - 1]) != OK) {
			fprintf(stderr, "%s: not a number: %s\n", args[0],
				args[i]);
			return 1;
		}
	}
	if (v[1] == 0 || v[2] < 1 || v[2] > VMFZ_MAXPROCS
	    || ((v[3] & VMFZ_POLMASK) >> VMFZ_POLSHIFT) > CLOCK) {
		return shellusage(args[0], "nops >= 1, 1 <= nprocs <= 16,"
			" policy bits 8-9 0..2");
	}
	if (vmfuzz(v[0], v[1], (int32)v[2], v[3]) != OK) {
		printf("vmfuzz: FAILED (seed %u)\n", v[0]);
		return 1;
	}
	printf("vmfuzz: OK (seed %u)\n", v[0]);
	return 0;
}
