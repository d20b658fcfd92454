/* crt0.S - _start */

/*------------------------------------------------------------------------
 * _start - where a user program begins, in ring 3.  The kernel (ucreate,
 *	exec) leaves the stack as
 *		esp + 0:	argc
 *		esp + 4:	argv (char **: argv[0..argc-1], then NULL)
 *		above:		the argv array and its strings
 *	_start calls main(argc, argv) and then exit(main's value).  It
 *	never returns: there is nothing to return to.
 *------------------------------------------------------------------------
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp		/* the outermost frame: ends backtraces */
	movl	0(%esp), %eax		/* argc */
	movl	4(%esp), %ecx		/* argv */
	testl	%ecx, %ecx		/* argv[0], the program's name,	*/
	jz	1f			/*   if there is an argv at all	*/
	movl	0(%ecx), %edx
	movl	%edx, _uprogname
1:
	andl	$-16, %esp		/* gcc assumes a 16-byte aligned stack	*/
	subl	$8, %esp		/*   at each call: 8 + two arguments	*/
	pushl	%ecx
	pushl	%eax
	call	main
	movl	%eax, 0(%esp)		/* main's value is exit's argument	*/
2:	call	exit
	jmp	2b			/* exit does not return; if it ever did,
					   ask again rather than run off the end */
	.size	_start, . - _start

/* The program's name, for messages (assert).  In .data, not .bss: a
   program whose own code has no data still gets a data segment, so every
   image has the same two segments, text and data (user/user.ld). */
	.data
	.balign	4
	.globl	_uprogname
	.type	_uprogname, @object
_uprogname:
	.long	0
	.size	_uprogname, 4
	.section .note.GNU-stack, "", @progbits	/* no executable stack */
