/* uexit.c - main */

/*
 * uexit CODE [PID]: exit with CODE.  With PID (the program that started
 * it, e.g. user/uforkexec.c after fork + exec), first report CODE to PID
 * as the message UX_TAG | CODE and wait for its answer before exiting:
 * Xinu keeps one message per process, so the death notice the kernel then
 * sends PID (this pid) must not find the report still unread.
 */

#include <ulib.h>

#define	UX_TAG		0x40000000	/* a report, not a pid		*/
#define	UX_RETRY_MS	1		/* PID's mailbox was full	*/

/*------------------------------------------------------------------------
 * main - report, wait for the answer, exit with CODE
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	int32	code = argc > 1 ? atoi(argv[1]) : 0;
	pid32	to;

	if (argc > 2) {
		to = atoi(argv[2]);
		while (send(to, UX_TAG | (uint32)code) != OK) {
			if (getprio(to) == SYSERR) {
				return code;	/* no one to tell	*/
			}
			sleepms(UX_RETRY_MS);
		}
		receive();
	}
	return code;
}
