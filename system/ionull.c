/* ionull.c - ionull */

#include <xinu.h>

/*
 * The Configuration names ionull for operations a device accepts but has
 * nothing to do for (opening a tty, closing the null device).  Like
 * ioerr it takes no arguments, so it fits every slot of devtab.
 */

/*------------------------------------------------------------------------
 *  ionull  -  accept a device operation that needs no work
 *------------------------------------------------------------------------
 */
devcall	ionull(void)
{
	return OK;
}
