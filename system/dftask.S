/* dftask.S - dftask: the code of the double-fault task */

/*
 * Entered by a task switch through the IDT's task gate, with the CPU's
 * error code pushed on our stack.  The handler edits the interrupted
 * task's TSS; iret (NT is set) switches back to it.  The next double
 * fault resumes right after the iret, so the loop starts over there.
 */
	.text
	.globl	dftask
dftask:
	addl	$4, %esp		/* drop the error code		*/
	call	dfault_handle
	iret
	jmp	dftask
