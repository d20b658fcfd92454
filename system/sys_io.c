/* sys_io.c - sys_write, sys_read */

#include <xinu.h>

/*
 * A program's descriptors 0, 1 and 2 (stdin, stdout, stderr) are its
 * process's (the console, or the device of the shell that started it).
 * The buffer is checked before the device touches it.
 */

#define	UFD_STDIN	0
#define	UFD_STDOUT	1
#define	UFD_STDERR	2

int32	sys_write(uint32 *a, struct trapframe *tf)
{
	int32	fd = (int32)a[0];
	char	*buf = (char *)a[1];
	int32	n = (int32)a[2];

	if ((fd != UFD_STDOUT && fd != UFD_STDERR) || n < 0
	    || usercheck(buf, n, FALSE) == SYSERR) {
		return SYSERR;
	}
	if (n == 0) {
		return 0;
	}
	return write(proctab[currpid].prdesc[fd], buf, n) == SYSERR
		? SYSERR : n;
}

int32	sys_read(uint32 *a, struct trapframe *tf)
{
	int32	fd = (int32)a[0];
	char	*buf = (char *)a[1];
	int32	n = (int32)a[2];

	if (fd != UFD_STDIN || n < 0 || usercheck(buf, n, TRUE) == SYSERR) {
		return SYSERR;
	}
	if (n == 0) {
		return 0;
	}
	return read(proctab[currpid].prdesc[fd], buf, n);
}
