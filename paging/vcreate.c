/* vcreate.c - vcreate */

#include <xinu.h>
#include "vmint.h"

/*
 * A vcreate process gets a directory of its own (vm_newspace, shared with
 * fork): the shared kernel tables, an empty heap starting at VHEAP_START,
 * and a stack at the top of the user range with an unmapped guard page
 * below it.  Stack pages are backed
 * by kernel-heap memory, not by FFS frames: they are pinned (the fault
 * handler runs on them) and must not count against the FFS.  The stack's
 * page tables cover the guard page and the room for emergency pages below
 * it too (VSTACK_BELOW): the double-fault task maps emergency pages and
 * may not allocate a table, and a stack whose bottom is at a table
 * boundary (4 MiB, 8 MiB) has those pages in a table of their own.
 */

/*------------------------------------------------------------------------
 * vcreate - create a process with a private virtual address space
 *------------------------------------------------------------------------
 */
pid32	vcreate(
	  void		*funcaddr,	/* address of the function	*/
	  uint32	ssize,		/* stack size in bytes		*/
	  pri16		priority,	/* process priority > 0		*/
	  char		*name,		/* name (for debugging)		*/
	  uint32	nargs,		/* number of args that follow	*/
	  ...
	)
{
	intmask	mask;
	pid32	pid;
	struct	procent	*prptr;
	struct	vmproc	*vm;
	struct	vrange	*r;
	uint32	args[MAXARGS], npages, stkphys, ksp;
	va_list	ap;
	char	pname[PNMLEN];
	status	st;

	va_start(ap, nargs);
	st = proc_prepare(funcaddr, name, priority, nargs, ap, pname, args);
	va_end(ap);
	if (st == SYSERR || ssize > VSTACK_MAX) {
		return SYSERR;
	}

	/* STKSLACK zeroed bytes sit above the first frame (process.h says
	   why).  Users pass sizes as small as 2000 bytes, then take faults
	   and interrupts on the stack: every virtual stack, slack included,
	   is at least VSTACK_MIN.  The slack comes out of the last page
	   when the stack area is full.  From here on ssize is the size
	   mapped. */
	ssize += STKSLACK;
	if (ssize < VSTACK_MIN) {
		ssize = VSTACK_MIN;
	}
	npages = (ssize + PAGE_SIZE - 1) / PAGE_SIZE;
	if (npages > VSTACK_MAX / PAGE_SIZE) {
		npages = VSTACK_MAX / PAGE_SIZE;
	}
	ssize = npages * PAGE_SIZE;

	mask = disable();
	pid = newpid();
	if (pid == SYSERR) {
		restore(mask);
		return SYSERR;
	}
	/* The free list's node first: vm_newspace gives back all it took
	   if it fails, and so does this */
	r = (struct vrange *)getmem(sizeof(struct vrange));
	if (r == (struct vrange *)SYSERR) {
		restore(mask);
		return SYSERR;
	}
	if ((vm = vm_newspace(pid, npages)) == NULL) {
		freemem((char *)r, sizeof(*r));
		restore(mask);
		return SYSERR;
	}
	r->next = NULL;
	r->start = VPN(VHEAP_START);
	r->npages = VPN(VHEAP_END) - VPN(VHEAP_START);
	vm->freelist = r;
	stkphys = (vm->stkblk + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);

	proc_setup(pid, pname, priority, ssize - STKSLACK);
	prptr = &proctab[pid];
	prptr->prvm = vm;
	prptr->prpdbr = vm->pdframe;
	prptr->prstkphys = (char *)stkphys;	/* lowest word: the guard */
	prptr->prstkphyslen = ssize;
	*(uint32 *)stkphys = STACKMAGIC;
	memset((char *)(stkphys + ssize - STKSLACK), 0, STKSLACK);
	prptr->prstkbase = (char *)(VM_USER_TOP - STKSLACK - sizeof(uint32));

	/* Build the first frame through the kernel's identity view of the
	   stack memory, then translate the stack pointer to the process's */
	ksp = (uint32)proc_initstack((char *)(stkphys + ssize - STKSLACK
			- sizeof(uint32)), funcaddr, nargs, args);
	prptr->prstkptr = (char *)(VM_USER_TOP - (stkphys + ssize - ksp));
	restore(mask);
	return pid;
}
