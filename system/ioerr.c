/* ioerr.c - ioerr */

#include <xinu.h>

/*
 * The Configuration names ioerr for every operation a device does not
 * support; conf.c casts it to each slot's type, and since it looks at
 * no arguments any caller's arguments are harmless.
 */

/*------------------------------------------------------------------------
 *  ioerr  -  fail an unsupported device operation
 *------------------------------------------------------------------------
 */
devcall	ioerr(void)
{
	return SYSERR;
}
