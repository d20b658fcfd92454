/* getitem.c - getfirst, getlast, getitem */

#include <xinu.h>

/*------------------------------------------------------------------------
 * getfirst - remove a process from the front of a queue
 *------------------------------------------------------------------------
 */
pid32	getfirst(qid16 q)
{
	if (isempty(q)) {
		return EMPTY;
	}
	return getitem(queuetab[queuehead(q)].qnext);
}

/*------------------------------------------------------------------------
 * getlast - remove a process from the end of a queue
 *------------------------------------------------------------------------
 */
pid32	getlast(qid16 q)
{
	if (isempty(q)) {
		return EMPTY;
	}
	return getitem(queuetab[queuetail(q)].qprev);
}

/*------------------------------------------------------------------------
 * getitem - remove a process from wherever it is in its queue
 *------------------------------------------------------------------------
 */
pid32	getitem(pid32 pid)
{
	pid32	prev, next;

	next = queuetab[pid].qnext;
	prev = queuetab[pid].qprev;
	queuetab[prev].qnext = next;
	queuetab[next].qprev = prev;
	return pid;
}
