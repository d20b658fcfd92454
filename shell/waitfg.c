/* waitfg.c - waitfg */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * waitfg  -  Wait for the shell's foreground command; kill it on ^C
 *
 * waitchild_tty does the waiting and the ^C check.  kill gives back
 * what the command held (its stack or address space, and what the
 * services it was inside pushed kill hooks for).  The shell waits at SHELL_FGPRIO so a command
 * that spins at a raised priority cannot keep it from acting.
 * Returns TRUE if the command was interrupted.
 *------------------------------------------------------------------------
 */
bool8	waitfg(
	  pid32		child,		/* the foreground command	*/
	  did32		dev		/* the shell's tty		*/
	)
{
	pid32	self = getpid();	/* the waiting shell		*/
	pri16	oldprio;		/* its priority before		*/
	bool8	intr;			/* ^C killed the child		*/

	oldprio = chprio(self, SHELL_FGPRIO);
	intr = waitchild_tty(child, dev);
	if (oldprio != (pri16)SYSERR) {
		chprio(self, oldprio);
	}
	return intr;
}
