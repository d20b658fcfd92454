/* sys_exec.c - sys_exec */

#include <xinu.h>

/*------------------------------------------------------------------------
 * sys_exec - exec(name, argc, argv): replace the calling program with
 *	program name, same pid.  Everything is checked and copied into the
 *	kernel before the old image goes, so a bad call returns SYSERR to
 *	the program as it was; after that the call does not return: ring 3
 *	resumes at the new program's entry (the trap frame is rewritten).
 *	If memory runs out while loading, the process is killed.
 *------------------------------------------------------------------------
 */
int32	sys_exec(uint32 *a, struct trapframe *tf)
{
	char	*name = (char *)a[0], kname[PNMLEN];
	int32	len, prog;
	struct	ujob	*job;
	uint32	entry, usp;
	status	st;
	intmask	mask;

	len = usercheckstr(name, PNMLEN);
	if (len == SYSERR) {
		return SYSERR;
	}
	memcpy(kname, name, len + 1);
	if ((prog = uprog_find(kname)) == SYSERR
	    || uelf_check(uprogtab[prog].image, uprogtab[prog].size) != NULL
	    || (job = ujob_make(prog, (int32)a[1], (char **)a[2], TRUE))
			== NULL) {
		return SYSERR;
	}
	proctab[currpid].prujob = job;	/* freed if killed meanwhile	*/
	munmap((char *)VHEAP_START, VHEAP_END - VHEAP_START);
	st = uload(job, &entry, &usp);
	mask = disable();		/* job and prujob go together	*/
	proctab[currpid].prujob = NULL;
	freemem((char *)job, sizeof(*job));
	restore(mask);
	if (st == SYSERR) {
		kprintf("P%d:: OUT_OF_MEMORY\n", currpid);
		kill(currpid);
	}
	proctab[currpid].prprog = prog;
	proc_copyname(proctab[currpid].prname, kname);
	tf->eip = entry;
	tf->useresp = usp;
	return 0;
}
