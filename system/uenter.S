/* uenter.S - uenter */

/*
 * void uenter(uint32 entry, uint32 usp)
 *
 * Leave ring 0 for good: iret to entry in ring 3 with the stack at usp,
 * interrupts on, I/O privilege 0 (in, out, cli and sti fault), every
 * data segment register the user's flat segment, the general registers
 * zero (nothing of the kernel's leaks).  The kernel stack is left empty:
 * the next trap from ring 3 starts again at its top (the TSS's esp0).
 */
#include <i386.h>

	.text
	.globl	uenter
uenter:
	movl	4(%esp), %ecx		/* entry			*/
	movl	8(%esp), %edx		/* usp				*/
	movw	$UDATA_SEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %fs
	movw	%ax, %gs
	pushl	$UDATA_SEL		/* ss				*/
	pushl	%edx			/* esp				*/
	pushl	$(EFLAGS_IF | 0x2)	/* eflags (bit 1 always set)	*/
	pushl	$UCODE_SEL		/* cs				*/
	pushl	%ecx			/* eip				*/
	xorl	%eax, %eax
	xorl	%ebx, %ebx
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	xorl	%esi, %esi
	xorl	%edi, %edi
	xorl	%ebp, %ebp
	iret
