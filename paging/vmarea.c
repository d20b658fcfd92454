/* vmarea.c - vm_areaprot */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_areaprot - the protection of heap page vpn of vm, and (*shared)
 *	whether it is MAP_SHARED.  A page no area covers was vmalloc'd:
 *	private, readable and writable.  (vm_pageprot, inline in vmint.h,
 *	answers that without a call when vm has no area at all.)
 *------------------------------------------------------------------------
 */
int32	vm_areaprot(struct vmproc *vm, uint32 vpn, bool8 *shared)
{
	struct	vmarea	*a;

	for (a = vm->areas; a != NULL && a->start <= vpn; a = a->next) {
		if (vpn < a->start + a->npages) {
			*shared = (a->flags & MAP_SHARED) != 0;
			return a->prot;
		}
	}
	*shared = FALSE;
	return PROT_READ | PROT_WRITE;
}
