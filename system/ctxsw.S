/* ctxsw.S - ctxsw */

/*
 * void ctxsw(char **oldsp, char **newsp, uint32 newcr3)
 *
 * Save the caller's registers and flags on its stack, record the stack
 * pointer in *oldsp, switch to the directory newcr3 if it differs from the
 * one loaded (a CR3 write flushes the TLB, so it is skipped when both
 * processes share a directory), then take *newsp and pop the new process's
 * state.  The double-fault task's CR3 is kept equal to the loaded one, so
 * that its handler runs in the address space of the stack that overflowed
 * (the CPU does not save CR3 on a task switch).  newsp is read before CR3 changes: the old stack may not be mapped
 * in the new directory, and the new stack may exist only in it.
 */
#include <i386.h>

	.text
	.globl	ctxsw
ctxsw:
	pushl	%ebp
	movl	%esp, %ebp
	pushfl
	pushal
	movl	8(%ebp), %eax
	movl	%esp, (%eax)		/* *oldsp = esp			*/
	movl	12(%ebp), %eax
	movl	(%eax), %edx		/* edx = *newsp			*/
	movl	16(%ebp), %ecx		/* ecx = new CR3		*/
	movl	%cr3, %eax
	cmpl	%eax, %ecx
	je	1f
	movl	%ecx, dftss + TSS_CR3_OFF
	movl	%ecx, %cr3
1:	movl	%edx, %esp
	popal
	popfl
	popl	%ebp
	ret
