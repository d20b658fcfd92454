/* syscheck.c - ulib_syscalls */

/* Built with ulib but never linked into a program: it fails the build when
   a row of include/syscalls.h has no prototype in ulib.h (an undeclared
   name is an error under -Werror), so the list and the library cannot
   drift apart */

#include <ulib.h>
#include "../include/syscalls.h"

/*------------------------------------------------------------------------
 * ulib_syscalls - every system call's stub, by number
 *------------------------------------------------------------------------
 */
#define	SYSADDR(name, number, nargs)	[number] = (void *)name,

const void *ulib_syscalls[NSYSCALLS] = {
	SYSCALLS(SYSADDR)
};
