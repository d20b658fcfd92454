/* intr.S - per-vector entry stubs and the common trap path */

#include <i386.h>
#include <syscalls.h>

/*
 * Every vector gets a stub that makes the frame uniform: vectors where the
 * CPU pushes no error code get a 0, then the vector number is pushed and we
 * join the common path, which saves the registers and calls trap() with a
 * pointer to the frame (struct trapframe in i386.h).  trap() may
 * reschedule; the frame stays on this process's stack until it resumes.
 */
#define	STUB_NOERR(n)	.globl vec##n; vec##n: pushl $0; pushl $n; jmp trapcommon
#define	STUB_ERR(n)	.globl vec##n; vec##n: pushl $n; jmp trapcommon

	.text
STUB_NOERR(0);  STUB_NOERR(1);  STUB_NOERR(2);  STUB_NOERR(3)
STUB_NOERR(4);  STUB_NOERR(5);  STUB_NOERR(6);  STUB_NOERR(7)
STUB_ERR(8);    STUB_NOERR(9);  STUB_ERR(10);   STUB_ERR(11)
STUB_ERR(12);   STUB_ERR(13);   STUB_ERR(14);   STUB_NOERR(15)
STUB_NOERR(16); STUB_ERR(17);   STUB_NOERR(18); STUB_NOERR(19)
STUB_NOERR(20); STUB_ERR(21);   STUB_NOERR(22); STUB_NOERR(23)
STUB_NOERR(24); STUB_NOERR(25); STUB_NOERR(26); STUB_NOERR(27)
STUB_NOERR(28); STUB_ERR(29);   STUB_ERR(30);   STUB_NOERR(31)
STUB_NOERR(32); STUB_NOERR(33); STUB_NOERR(34); STUB_NOERR(35)
STUB_NOERR(36); STUB_NOERR(37); STUB_NOERR(38); STUB_NOERR(39)
STUB_NOERR(40); STUB_NOERR(41); STUB_NOERR(42); STUB_NOERR(43)
STUB_NOERR(44); STUB_NOERR(45); STUB_NOERR(46); STUB_NOERR(47)

/* The system call gate's stub (idt.c gives it DPL 3) */
	.globl	vecsyscall
vecsyscall:
	pushl	$0
	pushl	$SYSCALL_VEC
	jmp	trapcommon

/*
 * From ring 0 (the common case, and the one the fault path's instruction
 * counts measure) the frame goes to trap() as it is: kernel code never
 * sets the direction flag, so no cld is needed.  From ring 3 the CPU
 * switched to the process's kernel stack (TSS esp0) and pushed the user's
 * ss:esp too; the data segment registers and the direction flag still
 * hold whatever the program left in them (a null selector would make the
 * kernel's own accesses fault): the kernel's are loaded, and the user's
 * flat data segment put back on the way out.
 */
trapcommon:
	pushal
	testb	$SEL_RPL, TF_CS_OFF(%esp)
	jnz	1f
	pushl	%esp			/* struct trapframe *		*/
	call	trap
	addl	$4, %esp
	popal
	addl	$8, %esp		/* vector and error code	*/
	iret

1:	movw	$KDATA_SEL, %ax		/* eax is saved already		*/
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %fs
	movw	%ax, %gs
	cld
	pushl	%esp
	call	trap
	addl	$4, %esp
	movw	$UDATA_SEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %fs
	movw	%ax, %gs
	popal
	addl	$8, %esp
	iret

/* Table of the stubs, used by idtinit */
	.data
	.globl	vectors
vectors:
	.long vec0, vec1, vec2, vec3, vec4, vec5, vec6, vec7
	.long vec8, vec9, vec10, vec11, vec12, vec13, vec14, vec15
	.long vec16, vec17, vec18, vec19, vec20, vec21, vec22, vec23
	.long vec24, vec25, vec26, vec27, vec28, vec29, vec30, vec31
	.long vec32, vec33, vec34, vec35, vec36, vec37, vec38, vec39
	.long vec40, vec41, vec42, vec43, vec44, vec45, vec46, vec47
