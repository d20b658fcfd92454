/* xsh_devdump.c - xsh_devdump */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * xsh_devdump  -  List the device switch table
 *------------------------------------------------------------------------
 */
shellcmd xsh_devdump(int32 nargs, char *args[])
{
	struct	dentry	*devptr;	/* entry being printed		*/
	did32	i;

	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}

	printf("Num Name             Minor CSR        IRQ\n");
	printf("--- ---------------- ----- ---------- ---\n");
	for (i = 0; i < NDEVS; i++) {
		devptr = &devtab[i];
		printf("%3d %-16s %5d 0x%08x ", devptr->dvnum,
			devptr->dvname, devptr->dvminor,
			(uint32)devptr->dvcsr);
		if (devptr->dvirq == NOIRQ) {
			printf("  -\n");
		} else {
			printf("%3d\n", devptr->dvirq);
		}
	}
	return 0;
}
