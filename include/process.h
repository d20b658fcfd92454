/* process.h - process table, states and helpers */

#ifndef _PROCESS_H_
#define _PROCESS_H_

/* Process state constants (Xinu's) */
#define	PR_FREE		0	/* process table entry is unused	*/
#define	PR_CURR		1	/* process is currently running		*/
#define	PR_READY	2	/* process is on ready queue		*/
#define	PR_RECV		3	/* process waiting for message		*/
#define	PR_SLEEP	4	/* process is sleeping			*/
#define	PR_SUSP		5	/* process is suspended			*/
#define	PR_WAIT		6	/* process is on semaphore queue	*/
#define	PR_RECTIM	7	/* process is receiving with timeout	*/

#define	PNMLEN		16	/* length of process "name"		*/
#define	NULLPROC	0	/* ID of the null process		*/
#define	NDESC		5	/* number of device descriptors a process holds */

/* Magic word written at the lowest address of every stack: if it is gone
   when the process is switched out, the stack overflowed */
#define	STACKMAGIC	0x0A0AAAA9

/* Mapped, zeroed bytes above every process's first frame (create and
   vcreate alike).  Code may read past its caller's arguments: the lab's
   print wrappers forward varargs with __builtin_apply, which copies a
   fixed block (commonly 100 bytes) of the argument area, and from a
   process's first function that block runs past the top of the stack.
   In the lab's Xinu there is memory there; here there is this slack. */
#define	STKSLACK	512

/* The x87 FPU's state (the FSAVE image) is kept per process, switched
   lazily (system/fpu.c) */
#define	FPU_SAVESZ	108
#define	CR0_MP		0x00000002	/* WAIT honours TS		*/
#define	CR0_EM		0x00000004	/* no FPU: emulate (cleared)	*/
#define	CR0_TS		0x00000008	/* task switched: next FPU use
					   raises #NM			*/
#define	CR0_NE		0x00000020	/* native FPU error reporting	*/

#define	isbadpid(x)	( ((pid32)(x) < 0) || \
			  ((pid32)(x) >= NPROC) || \
			  (proctab[(x)].prstate == PR_FREE))

struct	vmproc;			/* per-process virtual memory (paging.h)	*/

struct procent {
	uint16	prstate;	/* process state: PR_CURR, etc.		*/
	pri16	prprio;		/* process priority			*/
	char	*prstkptr;	/* saved stack pointer			*/
	char	*prstkbase;	/* base (highest address) of run-time stack */
	uint32	prstklen;	/* stack length in bytes		*/
	char	prname[PNMLEN];	/* process name				*/
	sid32	prsem;		/* semaphore on which process waits	*/
	pid32	prparent;	/* ID of the creating process		*/
	umsg32	prmsg;		/* message sent to this process		*/
	bool8	prhasmsg;	/* nonzero iff msg is valid		*/
	int16	prdesc[NDESC];	/* device descriptors for process	*/
	uint32	prpdbr;		/* physical address of page directory (CR3) */
	struct vmproc *prvm;	/* virtual memory state, NULL if create()d */
	char	*prstkphys;	/* physical stack block from getstk (vcreate) */
	uint32	prstkphyslen;	/* its length				*/
	int32	prindepth;	/* IRQ handlers it is running (trap.c)	*/
	bool8	pruser;		/* a user program: runs in ring 3 (ucreate) */
	int32	prprog;		/* ... which one (uprogtab index)	*/
	struct	ujob	*prujob; /* its arguments until it starts	*/
	int32	prstatus;	/* what exit() said, or UEXIT_KILLED	*/
	bool8	prfpuvalid;	/* prfpu holds its FPU state		*/
	byte	prfpu[FPU_SAVESZ];	/* FPU state while another owns it */
};

extern	pid32	fpu_owner;	/* whose state the FPU holds, or -1	*/

extern	struct	procent proctab[];
extern	int32	prcount;	/* currently active processes		*/
extern	pid32	currpid;	/* currently executing process		*/

#endif /* _PROCESS_H_ */
