/* syscalls.h - the system calls of user programs: the one list
 *
 * Each row is X(name, number, nargs).  The kernel's table
 * (system/syscall_dispatch.c: number -> sys_<name>) and the user library's
 * stubs (ulib/syscalls.S: name() loads the number and traps) are both made
 * from this list, so a call is added here, plus its sys_<name> in the
 * kernel and its prototype in ulib/include/ulib.h.
 *
 * The trap: `int $SYSCALL_VEC` (a DPL 3 gate), eax = number, the arguments
 * in ebx, ecx, edx, esi, edi, ebp (in order), the result in eax.  An
 * unknown number, or a bad pointer argument, returns SYSERR.  Numbers are
 * never reused: a program built against an older list still runs.
 */

#ifndef _SYSCALLS_H_
#define _SYSCALLS_H_

#define	SYSCALL_VEC	0x80		/* the trap gate		*/
#define	SYSCALL_MAXARGS	6

#define	SYSCALLS(X)						\
	X(exit,			0,	1)			\
	X(getpid,		1,	0)			\
	X(getprio,		2,	1)			\
	X(sleep,		3,	1)			\
	X(sleepms,		4,	1)			\
	X(yield,		5,	0)			\
	X(kill,			6,	1)			\
	X(write,		7,	3)			\
	X(read,			8,	3)			\
	X(semcreate,		9,	1)			\
	X(wait,			10,	1)			\
	X(signal,		11,	1)			\
	X(semdelete,		12,	1)			\
	X(send,			13,	2)			\
	X(receive,		14,	0)			\
	X(recvtime,		15,	1)			\
	X(vmalloc,		16,	1)			\
	X(vfree,		17,	2)			\
	X(free_ffs_pages,	18,	0)			\
	X(free_swap_pages,	19,	0)			\
	X(allocated_virtual_pages, 20,	1)			\
	X(used_ffs_frames,	21,	1)			\
	X(used_swap_frames,	22,	1)			\
	X(fork,			23,	0)			\
	X(exec,			24,	3)			\
	X(mmap,			25,	6)			\
	X(munmap,		26,	2)			\
	X(mprotect,		27,	3)			\
	X(uptime,		28,	0)

#define	NSYSCALLS	29		/* one more than the highest number */

#endif /* _SYSCALLS_H_ */
