/* main.c - main */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * main  -  Default first user process: keep a shell running on CONSOLE
 *
 * When the shell ends (exit, EOF, or someone kills it), kill() reports
 * its ID to us as its parent, and a fresh shell is started.
 *------------------------------------------------------------------------
 */
process	main(void)
{
	pid32	shpid;			/* the current shell		*/

	keeperpid = getpid();		/* kill refuses us (sysproc)	*/
	for (;;) {
		recvclr();
		shpid = create(shell, SHELL_STK, INITPRIO, "shell", 1, CONSOLE);
		if (shpid == SYSERR) {
			fprintf(CONSOLE, "main: cannot create the shell\n");
			sleep(1);	/* let memory come back		*/
			continue;
		}
		resume(shpid);
		waitchild(shpid);
		fprintf(CONSOLE, "main: shell (pid %d) ended, restarting it\n",
								shpid);
	}
	return OK;
}
