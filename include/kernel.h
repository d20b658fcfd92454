/* kernel.h - basic types, return codes and kernel-wide helpers */

#ifndef _KERNEL_H_
#define _KERNEL_H_

#ifndef __ASSEMBLER__
/* Fixed-width types used throughout Xinu */
typedef unsigned char		byte;
typedef unsigned char		uint8;
typedef signed char		int8;
typedef unsigned short		uint16;
typedef short			int16;
typedef unsigned int		uint32;
typedef int			int32;
typedef unsigned long long	uint64;
typedef long long		int64;

/* Xinu's semantic types */
typedef	int32	sid32;		/* semaphore ID				*/
typedef	int16	qid16;		/* queue ID				*/
typedef	int32	pid32;		/* process ID				*/
typedef	int32	did32;		/* device ID				*/
typedef	int16	pri16;		/* process priority			*/
typedef	uint32	umsg32;		/* message passed among processes	*/
typedef	int32	bpid32;		/* buffer pool ID			*/
typedef	byte	bool8;		/* Boolean type				*/
typedef	uint32	intmask;	/* saved interrupt mask			*/
typedef	int32	ibid32;		/* index block ID			*/
typedef	int32	dbid32;		/* data block ID			*/
typedef	int32	uid32;		/* ID in UDP table			*/

/* Function return types */
typedef int32	status;		/* returned status value (OK/SYSERR)	*/
typedef int32	process;	/* top-level function of a process	*/
typedef	void	interrupt;	/* interrupt procedure			*/
typedef	int32	syscall;	/* system call declaration		*/
typedef	int32	devcall;	/* device call declaration		*/
typedef	int32	shellcmd;	/* shell command declaration		*/
#endif /* __ASSEMBLER__ */

#define	local	static		/* Xinu's marker for file-local functions */

#define	NULL	0
#define	SYSERR	(-1)
#define	EOF	(-2)
#define	TIMEOUT	(-3)
#define	OK	(1)

#define	TRUE	1
#define	FALSE	0

#define	NULLCH	'\0'
#define	NULLSTR	""

/* Initial process state: stack size, priority, name, return address */
#define	INITSTK		65536		/* initial stack size (bytes)	*/
#define	INITPRIO	20		/* priority of user processes	*/
#define	INITRET		userret		/* where a process returns to	*/

#define	BOOTSTK		16384		/* boot / null process stack	*/
#define	MINSTK		4096		/* smallest stack create allows	*/
#define	MAXSTK		(8 * 1024 * 1024) /* largest stack create allows */
#define	MAXARGS		16		/* most arguments create passes	*/
#define	MAXPRIO		32767		/* largest legal priority	*/

#define	isbadprio(p)	((p) < 1)

/* Halt the machine: interrupts off, cpu stopped for good */
#define	halt()	do { asm volatile("cli"); for(;;) asm volatile("hlt"); } while (0)

#define	offsetof(type, member)	__builtin_offsetof(type, member)
#define	ARRAY_LEN(a)	(sizeof(a) / sizeof((a)[0]))

#endif /* _KERNEL_H_ */
