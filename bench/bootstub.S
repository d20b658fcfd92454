/* bootstub.S - _start: how long the firmware takes to reach a kernel
 *
 * A multiboot image that does nothing but read the TSC at its first
 * instruction, print it on COM1 as "BOOTSTUB <hex>" and end QEMU through
 * isa-debug-exit.  Booted by bench/bench.py the way the kernel is, it
 * gives the part of "boot to main()" spent in the firmware and QEMU's
 * multiboot loader before Xinu's own first instruction.
 */

#define	MB_MAGIC	0x1BADB002
#define	MB_FLAGS	0x00000003	/* page-aligned modules, memory info */
#define	COM1		0x3f8
#define	EXIT_PORT	0xf4
#define	EXIT_PASS	0x10		/* QEMU exits with status 33	*/

	.text
	.globl	_start
	.align	4
mbheader:				/* must lie in the first 8 KiB	*/
	.long	MB_MAGIC
	.long	MB_FLAGS
	.long	-(MB_MAGIC + MB_FLAGS)

_start:
	rdtsc				/* edx:eax; the low half is	*/
	movl	%edx, %esi		/* printed last			*/
	movl	%eax, %edi
	movl	$banner, %ebx
1:	movb	(%ebx), %al		/* "BOOTSTUB "			*/
	testb	%al, %al
	jz	2f
	call	putc
	incl	%ebx
	jmp	1b
2:	movl	%esi, %ebx		/* 16 hex digits, high first	*/
	call	puthex
	movl	%edi, %ebx
	call	puthex
	movb	$'\n', %al
	call	putc
	movl	$EXIT_PASS, %eax
	movw	$EXIT_PORT, %dx
	outl	%eax, %dx
3:	hlt
	jmp	3b

/* Print ebx as 8 hex digits */
puthex:
	movl	$8, %ecx
1:	roll	$4, %ebx
	movl	%ebx, %eax
	andl	$0xf, %eax
	movb	hexdigits(%eax), %al
	call	putc
	loop	1b
	ret

/* Send al on COM1 (QEMU's UART needs no waiting) */
putc:
	movw	$COM1, %dx
	outb	%al, %dx
	ret

banner:		.asciz	"BOOTSTUB "
hexdigits:	.ascii	"0123456789abcdef"
