/* syscalls.S - __syscall, and one stub per system call of syscalls.h */

/* Only the list and the trap's vector come from the kernel's headers: a
   relative path, so that no other kernel header is reachable from ulib */
#include "../include/syscalls.h"

/*------------------------------------------------------------------------
 * __syscall - trap into the kernel with the number in eax and the
 *	caller's cdecl arguments in ebx, ecx, edx, esi, edi, ebp (the ABI
 *	of include/syscalls.h); the kernel's result comes back in eax.
 *	All six are loaded whatever the call takes: the words past the
 *	last argument are the caller's frame, always mapped, and the kernel
 *	ignores them.  ebx, esi, edi and ebp belong to the caller (cdecl).
 *------------------------------------------------------------------------
 */
#define	SAVED	16			/* ebx, esi, edi, ebp		*/
#define	ARG(n)	(SAVED + 4 + 4 * (n))(%esp)	/* past the return address */

	.text
	.globl	__syscall
	.type	__syscall, @function
__syscall:
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%ebx
	movl	ARG(0), %ebx
	movl	ARG(1), %ecx
	movl	ARG(2), %edx
	movl	ARG(3), %esi
	movl	ARG(4), %edi
	movl	ARG(5), %ebp
	int	$SYSCALL_VEC
	popl	%ebx
	popl	%esi
	popl	%edi
	popl	%ebp
	ret
	.size	__syscall, . - __syscall

/* The stubs: name() loads its number and shares __syscall, which returns
   straight to name's caller (a jmp, so the arguments are where ARG finds
   them) */
#define	STUB(name, number, nargs)		\
	.globl	name;				\
	.type	name, @function;		\
name:						\
	movl	$number, %eax;			\
	jmp	__syscall;			\
	.size	name, . - name;

SYSCALLS(STUB)

	.section .note.GNU-stack, "", @progbits	/* no executable stack */
