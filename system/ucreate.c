/* ucreate.c - ucreate, uproc_start */

#include <xinu.h>

/*------------------------------------------------------------------------
 * uproc_start - the first code of a user process, still in ring 0, in its
 *	own address space: load the program, then enter it in ring 3
 *------------------------------------------------------------------------
 */
static	process	uproc_start(void)
{
	struct	procent	*prptr = &proctab[currpid];
	struct	ujob	*job = prptr->prujob;
	uint32	entry, usp;
	intmask	mask;
	status	st;

	st = uload(job, &entry, &usp);
	mask = disable();		/* job and prujob go together	*/
	prptr->prujob = NULL;
	freemem((char *)job, sizeof(*job));
	restore(mask);
	if (st == SYSERR) {
		kprintf("P%d:: OUT_OF_MEMORY\n", currpid);
		return SYSERR;
	}
	uenter(entry, usp);
	return SYSERR;			/* not reached			*/
}

/*------------------------------------------------------------------------
 * ucreate - create a process running user program name in ring 3 with
 *	argc arguments argv (kernel strings), at priority prio; its pid,
 *	suspended (resume it), or SYSERR: no such program, an image the
 *	kernel refuses (the reason is printed), bad arguments or no memory.
 *	Nothing is left behind on failure.
 *------------------------------------------------------------------------
 */
pid32	ucreate(char *name, pri16 prio, int32 argc, char **argv)
{
	intmask	mask;
	int32	prog;
	char	*why;
	struct	ujob	*job;
	pid32	pid;

	if (name == NULL || (prog = uprog_find(name)) == SYSERR) {
		return SYSERR;
	}
	why = uelf_check(uprogtab[prog].image, uprogtab[prog].size);
	if (why != NULL) {
		kprintf("ucreate: %s: %s\n", name, why);
		return SYSERR;
	}
	if ((job = ujob_make(prog, argc, argv, FALSE)) == NULL) {
		return SYSERR;
	}
	mask = disable();
	pid = vcreate(uproc_start, UKSTACK_SIZE, prio, name, 0);
	if (pid == SYSERR) {
		freemem((char *)job, sizeof(*job));
		restore(mask);
		return SYSERR;
	}
	proctab[pid].pruser = TRUE;
	proctab[pid].prprog = prog;
	proctab[pid].prujob = job;
	restore(mask);
	return pid;
}
