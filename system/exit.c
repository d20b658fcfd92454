/* exit.c - exit, userret */

#include <xinu.h>

/*------------------------------------------------------------------------
 * exit - cause the calling process to exit
 *------------------------------------------------------------------------
 */
void	exit(void)
{
	kill(getpid());
	panic("exit: kill of process %d returned", currpid);
}

/*------------------------------------------------------------------------
 * userret - where a process's top-level function returns to
 *------------------------------------------------------------------------
 */
void	userret(void)
{
	exit();
}
