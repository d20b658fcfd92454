/* insertd.c - insertd */

#include <xinu.h>

/*------------------------------------------------------------------------
 * insertd - insert a process into a delta list: each key is the delay
 *	     relative to the process in front of it
 *------------------------------------------------------------------------
 */
status	insertd(pid32 pid, qid16 q, int32 key)
{
	int32	next, prev;

	if (isbadqid(q) || isbadpid(pid)) {
		return SYSERR;
	}
	prev = queuehead(q);
	next = queuetab[queuehead(q)].qnext;
	while ((next != queuetail(q)) && (queuetab[next].qkey <= key)) {
		key -= queuetab[next].qkey;
		prev = next;
		next = queuetab[next].qnext;
	}
	queuetab[pid].qnext = next;
	queuetab[pid].qprev = prev;
	queuetab[pid].qkey = key;
	queuetab[prev].qnext = pid;
	queuetab[next].qprev = pid;
	if (next != queuetail(q)) {
		queuetab[next].qkey -= key;
	}
	return OK;
}
