/* start.S - start: multiboot header and the jump into C */

#include <multiboot.h>
#include <kernel.h>



	.section .multiboot
	.align	4
	.long	MULTIBOOT_HEADER_MAGIC
	.long	MULTIBOOT_HEADER_FLAGS
	.long	-(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_HEADER_FLAGS)

	.text
	.globl	start
/*
 * The loader leaves us in 32-bit protected mode with flat segments, paging
 * off, interrupts off, EAX = loader magic and EBX = info block.  Save both
 * before anything can clobber them, take our own stack, and enter C.
 */
start:
	cli
	movl	%eax, mbmagic
	movl	%ebx, mbinfoaddr
	movl	$bootstk + BOOTSTK, %esp
	xorl	%ebp, %ebp		/* ends backtraces here		*/
	pushl	$0
	popfl				/* clear every flag, incl. IF	*/
	call	nulluser
1:	cli
	hlt
	jmp	1b

	.data
	.globl	mbmagic, mbinfoaddr
mbmagic:	.long 0
mbinfoaddr:	.long 0

	.bss
	.align	16
	.globl	bootstk
bootstk:
	.space	BOOTSTK
