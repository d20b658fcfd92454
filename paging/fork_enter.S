/* fork_enter.S - fork_enter */

/*
 * pid32 fork_enter(pid32 (*copy)(char *sp))
 *
 * Lay a frame on the caller's stack exactly like the one ctxsw saves
 * (return address, ebp, eflags, pushal), with 0 in its eax, and call
 * copy(sp) with sp its address.  copy makes the child: a copy of this
 * stack at the same virtual address, whose saved stack pointer is sp, so
 * the first ctxsw to the child pops this frame and "returns" at 1: below
 * with eax 0 and the caller's other registers.  In the parent, the frame
 * is dropped and copy's result (the child's pid, or SYSERR) returned.
 */
	.text
	.globl	fork_enter
fork_enter:
	movl	4(%esp), %ecx		/* copy				*/
	pushl	$1f			/* where the child resumes	*/
	pushl	%ebp
	pushfl
	pushal
	movl	$0, 28(%esp)		/* the child's eax: fork returns 0 */
	pushl	%esp			/* sp: the frame		*/
	call	*%ecx
	addl	$4, %esp
	movl	%eax, 28(%esp)		/* the parent's eax: copy's result */
	popal
	popfl
	popl	%ebp
	addl	$4, %esp		/* the child's resume address	*/
	ret
1:	ret				/* the child, from ctxsw: eax = 0 */
