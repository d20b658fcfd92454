/* ulib.h - the user library: types, system calls, stdio, string, stdlib
 *
 * A user program (user/NAME.c) runs in ring 3 and reaches the kernel only
 * through the system calls declared here; it never includes the kernel's
 * headers.  The stubs are generated from include/syscalls.h (one per row),
 * so a call added there needs its prototype added below as well:
 * ulib/syscheck.c fails the build if one is missing.
 */

#ifndef _ULIB_H_
#define _ULIB_H_

#include <stdarg.h>

/* Xinu's types, as the kernel's include/kernel.h has them: the system
   calls pass these through registers, so their sizes are an ABI */
typedef	unsigned char	byte;
typedef	unsigned char	uint8;
typedef	signed char	int8;
typedef	unsigned short	uint16;
typedef	short		int16;
typedef	unsigned int	uint32;
typedef	int		int32;
typedef	unsigned long long uint64;
typedef	long long	int64;
typedef	int32		pid32;		/* process ID			*/
typedef	int32		sid32;		/* semaphore ID			*/
typedef	int16		pri16;		/* process priority		*/
typedef	uint32		umsg32;		/* message between processes	*/
typedef	int32		syscall;	/* a system call's result	*/
typedef	int32		status;		/* OK or SYSERR			*/
typedef	byte		bool8;
#ifndef _USIZE_T_
#define _USIZE_T_
typedef	unsigned int	size_t;
#endif

#ifndef NULL
#define	NULL		((void *)0)
#endif
#define	TRUE		1
#define	FALSE		0
#define	OK		1		/* as the kernel's values	*/
#define	SYSERR		(-1)
#define	TIMEOUT		(-3)		/* recvtime: no message came	*/

#define	PAGE_SIZE	4096

/* mmap / mprotect: the kernel's own file (the numbers cross the
   system-call boundary) */
#include "../../include/mman.h"

/* The descriptors every user process has: all three are the console */
#define	STDIN		0
#define	STDOUT		1
#define	STDERR		2

/* System calls (include/syscalls.h), in the list's order */
extern	void	exit(int32) __attribute__((noreturn));
extern	pid32	getpid(void);
extern	syscall	getprio(pid32);
extern	syscall	sleep(int32);
extern	syscall	sleepms(int32);
extern	syscall	yield(void);
extern	syscall	kill(pid32);
extern	int32	write(int32, const void *, uint32);
extern	int32	read(int32, void *, uint32);
extern	sid32	semcreate(int32);
extern	syscall	wait(sid32);
extern	syscall	signal(sid32);
extern	syscall	semdelete(sid32);
extern	syscall	send(pid32, umsg32);
extern	umsg32	receive(void);
extern	umsg32	recvtime(int32);
extern	char	*vmalloc(uint32);
extern	syscall	vfree(char *, uint32);
extern	uint32	free_ffs_pages(void);
extern	uint32	free_swap_pages(void);
extern	uint32	allocated_virtual_pages(pid32);
extern	uint32	used_ffs_frames(pid32);
extern	uint32	used_swap_frames(pid32);
extern	pid32	fork(void);
extern	syscall	exec(const char *, int32, char *[]);
extern	char	*mmap(char *, uint32, int32, int32, int32, uint32);
extern	syscall	munmap(char *, uint32);
extern	syscall	mprotect(char *, uint32, int32);
extern	uint32	uptime(void);

/* argv[0], set by _start (ulib/crt0.S): for messages */
extern	char	*_uprogname;

#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>
#include <assert.h>

#endif /* _ULIB_H_ */
