/* queue.h - queue table: ready list, semaphore queues, sleep queue */

#ifndef _QUEUE_H_
#define _QUEUE_H_

/* Every process is on at most one list at a time, so one table of NPROC
   entries plus a head/tail pair per list holds all of them */
#ifndef NQENT
#define NQENT	(NPROC + 4 + NSEM + NSEM)
#endif

#define	EMPTY	(-1)		/* null value for qnext or qprev index	*/
#define	MAXKEY	0x7FFFFFFF	/* max key that can be stored in queue	*/
#define	MINKEY	0x80000000	/* min key that can be stored in queue	*/

struct	qentry	{
	int32	qkey;		/* key on which the queue is ordered	*/
	qid16	qnext;		/* index of next process or tail	*/
	qid16	qprev;		/* index of previous process or head	*/
};

extern	struct qentry	queuetab[];

#define	queuehead(q)	(q)
#define	queuetail(q)	((q) + 1)
#define	firstid(q)	(queuetab[queuehead(q)].qnext)
#define	lastid(q)	(queuetab[queuetail(q)].qprev)
#define	isempty(q)	(firstid(q) >= NPROC)
#define	nonempty(q)	(firstid(q) <  NPROC)
#define	firstkey(q)	(queuetab[firstid(q)].qkey)
#define	lastkey(q)	(queuetab[ lastid(q)].qkey)

#define	isbadqid(x)	(((int32)(x) < NPROC) || (int32)(x) >= NQENT-1)

#endif /* _QUEUE_H_ */
