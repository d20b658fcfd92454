/* newqueue.c - newqueue */

#include <xinu.h>

/*------------------------------------------------------------------------
 * newqueue - allocate and initialise a queue (head and tail entries)
 *------------------------------------------------------------------------
 */
qid16	newqueue(void)
{
	static	qid16	nextqid = NPROC;	/* next list in queuetab */
	qid16	q;

	q = nextqid;
	if (q > NQENT - 2) {
		return SYSERR;
	}
	nextqid += 2;
	queuetab[queuehead(q)].qnext = queuetail(q);
	queuetab[queuehead(q)].qprev = EMPTY;
	queuetab[queuehead(q)].qkey  = MAXKEY;
	queuetab[queuetail(q)].qnext = EMPTY;
	queuetab[queuetail(q)].qprev = queuehead(q);
	queuetab[queuetail(q)].qkey  = MINKEY;
	return q;
}
