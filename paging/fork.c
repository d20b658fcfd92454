/* fork.c - fork, fork_copy, fork_table, fork_killed */

#include <xinu.h>
#include "vmint.h"

/*
 * fork makes a child that is a copy of the calling vcreate process.  The
 * heap is shared, not copied: every resident or swapped page gets the
 * child's PTE as one more mapping (its pgmap's rmap, rmap.c), and a
 * private page is mapped read-only in both, so that the first write by
 * either copies it (vm_pagefault.c, vm_writefault); a MAP_SHARED page
 * stays writable in both.  Pages allocated but never touched are simply
 * allocated in the child too.  The stack is copied (it is kernel memory,
 * pinned, at the same virtual address in both, so the saved frame
 * pointers on it stay valid): only its part in use, from the page of the
 * fork frame (fork_enter.S) up.
 *
 * Resources are checked before anything changes: a pid, the tables, the
 * stack and the nodes for the free list, the areas and the rmap.  The
 * heap's tables are then shared one at a time with an interrupt window
 * between tables, as vmalloc does (vfree.c has the rules); the child's
 * address space is consistent at every window (vmcheck holds: the
 * tables shared so far, with their counts).  If the tables or rmap
 * nodes counted at first were taken by others in a window, or the parent
 * is killed in one, the child's address space is torn down as a dead
 * process's is, and nothing is left of it: the only trace is that the
 * parent's private pages stayed read-only, which costs a write fault that
 * copies nothing (the page has one mapping again).
 */

extern	pid32	fork_enter(pid32 (*)(char *));

/* What a fork in progress holds, for its kill hook (kernel memory: the
   hook runs in the killer's address space) */
struct	forkjob	{
	struct	killhook hook;		/* first: the hook is the job	*/
	struct	vmproc	*child;
	bool8	killed;
};

/*------------------------------------------------------------------------
 * fork_killed - the parent died in a window: the half-made child's
 *		 address space goes to the pager like a dead process's
 *------------------------------------------------------------------------
 */
static	void	fork_killed(struct killhook *h, pid32 pid)
{
	struct	forkjob	*job = (struct forkjob *)h;

	job->killed = TRUE;
	vm_procexit(job->child->pid);
	freemem((char *)job, sizeof(*job));
}

/*------------------------------------------------------------------------
 * fork_table - share the parent's heap table at directory entry pdx with
 *	the child (a new table, prepared by the caller); interrupts off
 *------------------------------------------------------------------------
 */
static	void	fork_table(struct vmproc *pvm, struct vmproc *cvm, uint32 pdx,
			uint32 cptphys)
{
	pt_t	*ppt, *cpt;
	uint32	j, n = 0;

	ppt = (pt_t *)vwin_map(WS_SRC, ((pt_t *)vwin_map(WS_PD,
		pvm->pdframe))[pdx] & PTE_FRAME);
	cpt = (pt_t *)vwin_map(WS_DST, cptphys);
	for (j = 0; j < NENTRIES; j++) {
		if (ppt[j] != 0) {		/* nodes counted: no failure */
			cpt[j] = vm_sharepte(pvm, &ppt[j], cvm,
				pdx * NENTRIES + j);
			n++;
		}
	}
	pttab[PTFRAME_IDX(cptphys)].nused = n;
	cvm->nalloc += n;
}

/*------------------------------------------------------------------------
 * fork_copy - make the child (fork_enter calls it with the frame the
 *	child resumes from at sp); the child's pid or SYSERR
 *------------------------------------------------------------------------
 */
static	pid32	fork_copy(char *sp)
{
	intmask	mask;
	struct	procent	*pp = &proctab[currpid], *cp;
	struct	vmproc	*pvm = pp->prvm, *cvm;
	struct	forkjob	*job;
	struct	vrange	*r, **rp;
	struct	vmarea	*a, **ap;
	uint32	stkphys, from, i, pdx;
	int32	pdphys, t;
	pid32	pid;
	pt_t	*pd;

	mask = disable();
	if (pvm == NULL || currpid == NULLPROC || pp->prindepth > 0
	    || pvm->overflowed || pvm->nemerg > 0) {
		restore(mask);
		return SYSERR;
	}
	/* Everything is checked first; the allocators reap the dead's
	   memory before they fail */
	pid = newpid();
	if (pid == SYSERR || !ptframe_have(1 + pvm->stkpts + pvm->npt)
	    || (uint32)rmap_nfree < pvm->nresident + pvm->nswapped) {
		restore(mask);
		return SYSERR;
	}
	job = (struct forkjob *)getmem(sizeof(*job));
	if (job == (struct forkjob *)SYSERR) {
		restore(mask);
		return SYSERR;
	}
	if ((cvm = vm_newspace(pid, pvm->stkpages)) == NULL) {
		freemem((char *)job, sizeof(*job));
		restore(mask);
		return SYSERR;
	}
	pdphys = cvm->pdframe;
	stkphys = (cvm->stkblk + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);

	/* The stack in use: from the fork frame's page to the top (the
	   kernel sees both stacks at their physical addresses) */
	from = ((uint32)sp & ~(PAGE_SIZE - 1)) - pvm->stkbase;
	memcpy((char *)(stkphys + from), pp->prstkphys + from,
		pvm->stkpages * PAGE_SIZE - from);
	*(uint32 *)stkphys = STACKMAGIC;

	/* The free list and the areas: the nodes, copied as they are (the
	   same pages are free and mapped in both) */
	rp = &cvm->freelist;
	for (r = pvm->freelist; r != NULL; r = r->next) {
		if ((*rp = (struct vrange *)getmem(sizeof(**rp)))
		    == (struct vrange *)SYSERR) {
			*rp = NULL;
			goto undo;
		}
		**rp = *r;
		rp = &(*rp)->next;
	}
	*rp = NULL;
	ap = &cvm->areas;
	for (a = pvm->areas; a != NULL; a = a->next) {
		if ((*ap = (struct vmarea *)getmem(sizeof(**ap)))
		    == (struct vmarea *)SYSERR) {
			*ap = NULL;
			goto undo;
		}
		**ap = *a;
		ap = &(*ap)->next;
	}
	*ap = NULL;

	/* From here the child is an address space the rmap may name */
	cp = &proctab[pid];
	cp->prvm = cvm;
	cp->prpdbr = pdphys;
	job->child = cvm;
	job->killed = FALSE;
	job->hook.fn = fork_killed;
	killhook_push(&job->hook);

	/* The heap, a table at a time */
	for (pdx = 0; pdx < NENTRIES; pdx++) {
		if (!(pvm->ptmap[pdx >> 5] & (1u << (pdx & 31)))) {
			if (pvm->ptmap[pdx >> 5] == 0) {
				pdx |= 31;		/* the word is empty */
			}
			continue;
		}
		/* A node per resident or swapped page (untouched ones need
		   none): the parent's count bounds this table's, and others
		   may have taken nodes in a window */
		if ((uint32)rmap_nfree < pvm->nresident + pvm->nswapped
		    || (t = ptframe_alloc(pid, FALSE)) == SYSERR) {
			killhook_pop(&job->hook);
			freemem((char *)job, sizeof(*job));
			vm_procexit(pid);	/* taken meanwhile: undo */
			restore(mask);
			return SYSERR;
		}
		pd = (pt_t *)vwin_map(WS_PD, pdphys);
		pd[pdx] = (uint32)t | PDE_HEAP;
		cvm->npt++;
		vm_ptmark(cvm, pdx);
		fork_table(pvm, cvm, pdx, (uint32)t);
		vm_window(mask);
	}
	killhook_pop(&job->hook);
	freemem((char *)job, sizeof(*job));
	write_cr3(read_cr3());		/* the parent's write access went */

	/* The child's process: the parent's name, priority, descriptors and
	   stack, resuming in fork_enter */
	proc_setup(pid, pp->prname, pp->prprio, pp->prstklen);
	cp->prvm = cvm;
	cp->prpdbr = pdphys;
	cp->prstkphys = (char *)stkphys;
	cp->prstkphyslen = pp->prstkphyslen;
	cp->prstkbase = pp->prstkbase;
	cp->prstkptr = sp;
	cp->pruser = pp->pruser;		/* a program's child is one */
	cp->prprog = pp->prprog;
	for (i = 0; i < NDESC; i++) {
		cp->prdesc[i] = pp->prdesc[i];
	}
	fpu_copy(currpid, pid);
	ready(pid);
	restore(mask);
	return pid;

undo:	/* a node short, nothing shared yet: the teardown frees the
	   lists copied so far (each ends in NULL) with the rest */
	freemem((char *)job, sizeof(*job));
	proctab[pid].prvm = cvm;	/* torn down like the dead's	*/
	vm_procexit(pid);
	restore(mask);
	return SYSERR;
}

/*------------------------------------------------------------------------
 * fork - make a child that is a copy of the calling vcreate process.
 *	The parent gets the child's pid, the child 0, both returning from
 *	this call; the child is ready at once.  SYSERR (nothing made) from
 *	a create process, the null process, or when resources are short.
 *------------------------------------------------------------------------
 */
pid32	fork(void)
{
	if (vm_sharedtouch() == SYSERR) {	/* MAP_SHARED: frames first */
		return SYSERR;
	}
	return fork_enter(fork_copy);
}
