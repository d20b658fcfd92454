/* vm_stack_contains.c - vm_stack_contains */

#include <xinu.h>
#include "vmint.h"

/*------------------------------------------------------------------------
 * vm_stack_contains - is [a, a + n) inside pid's virtual stack?
 *------------------------------------------------------------------------
 */
bool8	vm_stack_contains(pid32 pid, uint32 a, uint32 n)
{
	struct	vmproc	*vm;

	if (pid < 0 || pid >= NPROC || (vm = proctab[pid].prvm) == NULL) {
		return FALSE;
	}
	return a >= vm->stkbase && a + n <= VM_USER_TOP && a + n > a;
}
