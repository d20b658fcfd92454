/* usercheck.c - usercheck, usercheckstr */

#include <xinu.h>
#include "vmint.h"

/*
 * A system call takes pointers from a user program; the kernel reads or
 * writes through them only after these checks (xv6's copyin/copyout rule):
 * the whole range lies in the user range and every page of it is
 * allocated to the caller with a protection that allows the access.  The
 * access itself may still fault (a first touch, a page in swap, a
 * copy-on-write page): those faults are the program's own and resolve as
 * in ring 3; a fault that would kill (a page the checks passed cannot be
 * one) panics instead, as the kernel's own (trap.c).  A program has one
 * flow of control, which is in the call: nothing can unmap the range
 * between the check and the access.
 */

/*------------------------------------------------------------------------
 * usercheck_page - may the current process access heap page vpn (for
 *		    writing if write)?  Interrupts off.
 *------------------------------------------------------------------------
 */
static	bool8	usercheck_page(struct vmproc *vm, uint32 vpn, bool8 write)
{
	pt_t	*pte = vm_pte(vm->pdframe, VADDR(vpn), WS_PD, WS_PT);
	bool8	shared;
	int32	prot;

	if (pte == NULL || !(*pte & PTE_ALLOC)) {
		return FALSE;
	}
	prot = vm_pageprot(vm, vpn, &shared);
	return (prot & PROT_READ) && (!write || (prot & PROT_WRITE));
}

/*------------------------------------------------------------------------
 * usercheck - may the current (user) process's call read len bytes at p
 *	       (write them, if write)?  OK or SYSERR; len 0 is always OK
 *------------------------------------------------------------------------
 */
status	usercheck(const void *p, uint32 len, bool8 write)
{
	intmask	mask;
	struct	vmproc	*vm;
	uint32	va = (uint32)p, vpn, last;

	if (len == 0) {
		return OK;
	}
	if (va < VHEAP_START || va >= VHEAP_END || len > VHEAP_END - va) {
		return SYSERR;
	}
	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL) {
		restore(mask);
		return SYSERR;
	}
	last = VPN(va + len - 1);
	for (vpn = VPN(va); vpn <= last; vpn++) {
		if (!usercheck_page(vm, vpn, write)) {
			restore(mask);
			return SYSERR;
		}
	}
	restore(mask);
	return OK;
}

/*------------------------------------------------------------------------
 * usercheckstr - the length of the user string s, which must end within
 *	max bytes in readable pages; SYSERR if it does not
 *------------------------------------------------------------------------
 */
int32	usercheckstr(const char *s, uint32 max)
{
	uint32	va = (uint32)s, n = 0, chunk;

	while (n < max) {
		if (usercheck(s + n, 1, FALSE) == SYSERR) {
			return SYSERR;
		}
		chunk = PAGE_SIZE - ((va + n) & (PAGE_SIZE - 1));
		for (; chunk > 0 && n < max; chunk--, n++) {
			if (s[n] == NULLCH) {
				return (int32)n;
			}
		}
	}
	return SYSERR;
}
