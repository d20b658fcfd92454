/* xsh_uptime.c - xsh_uptime */

#include <xinu.h>
#include <shell.h>

#define	MS_PER_SEC	1000
#define	SEC_PER_MIN	60
#define	MIN_PER_HOUR	60
#define	HOUR_PER_DAY	24

/*------------------------------------------------------------------------
 * xsh_uptime  -  Time since boot and number of processes in existence
 *------------------------------------------------------------------------
 */
shellcmd xsh_uptime(int32 nargs, char *args[])
{
	uint32	ms;			/* ms since boot (wraps at 49d)	*/
	uint32	secs, mins, hours, days;
	int32	nproc;			/* processes in use		*/
	pid32	i;
	intmask	mask;			/* saved interrupt mask		*/

	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}

	ms = uptime();
	nproc = 0;
	mask = disable();
	for (i = 0; i < NPROC; i++) {
		if (proctab[i].prstate != PR_FREE) {
			nproc++;
		}
	}
	restore(mask);

	secs = ms / MS_PER_SEC;
	mins = secs / SEC_PER_MIN;
	hours = mins / MIN_PER_HOUR;
	days = hours / HOUR_PER_DAY;
	printf("up %u days, %02u:%02u:%02u.%03u, %d processes\n", days,
		hours % HOUR_PER_DAY, mins % MIN_PER_HOUR, secs % SEC_PER_MIN,
		ms % MS_PER_SEC, nproc);
	return 0;
}
