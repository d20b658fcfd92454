/* sem.h - semaphore table */

#ifndef _SEM_H_
#define _SEM_H_

#define	S_FREE	0		/* semaphore table entry is available	*/
#define	S_USED	1		/* semaphore table entry is in use	*/

struct	sentry	{
	byte	sstate;		/* whether entry is S_FREE or S_USED	*/
	int32	scount;		/* count for the semaphore		*/
	qid16	squeue;		/* queue of processes that are waiting	*/
	bool8	suser;		/* made by a user program: the only kind
				   its system calls may use		*/
};

extern	struct	sentry semtab[];

#define	isbadsem(s)	((int32)(s) < 0 || (s) >= NSEM)

#endif /* _SEM_H_ */
