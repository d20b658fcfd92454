/* uload.c - uload, uload_text, uprog_sibling */

#include <xinu.h>
#include <elf.h>

/*------------------------------------------------------------------------
 * uprog_sibling - a running, loaded instance of program prog other than
 *		   the current process, or SYSERR
 *------------------------------------------------------------------------
 */
static	pid32	uprog_sibling(int32 prog)
{
	pid32	pid;

	for (pid = 0; pid < NPROC; pid++) {
		if (pid != currpid && proctab[pid].prstate != PR_FREE
		    && proctab[pid].pruser && proctab[pid].prprog == prog
		    && proctab[pid].prujob == NULL) {
			return pid;
		}
	}
	return SYSERR;
}

/*------------------------------------------------------------------------
 * uload_text - fill read-only segment ph, mapped at [start, start + len):
 *	each page is shared with a running instance of the same program
 *	that holds exactly that page (vm_sharepage: one set of frames for
 *	all instances), or else loaded from the image
 *------------------------------------------------------------------------
 */
static	void	uload_text(struct ujob *job, const Elf32_Phdr *ph,
			const byte *image, uint32 start, uint32 len)
{
	byte	*want = job->page;
	uint32	va, from, to;
	pid32	sib = uprog_sibling(job->prog);

	for (va = start; va < start + len; va += PAGE_SIZE) {
		/* the page as loading makes it: file bytes, zeros around */
		memset(want, 0, PAGE_SIZE);
		from = va < ph->p_vaddr ? ph->p_vaddr : va;
		to = ph->p_vaddr + ph->p_filesz;
		if (to > va + PAGE_SIZE) {
			to = va + PAGE_SIZE;
		}
		if (from < to) {
			memcpy(want + (from - va), image + ph->p_offset
				+ (from - ph->p_vaddr), to - from);
		}
		if (sib == SYSERR || vm_sharepage(sib, va >> PAGE_SHIFT, want)
		    == SYSERR) {
			memcpy((char *)va, want, PAGE_SIZE);
		}
	}
}

/*------------------------------------------------------------------------
 * uload - in the address space of the process that runs it (a new user
 *	process, or one that calls exec, its heap emptied), map job's
 *	program and its stack: each loadable segment at its link address
 *	(mmap MAP_FIXED, private: copy-on-write across fork), its file bytes
 *	copied in (a read-only segment's pages shared with a running
 *	instance when they are the same), the rest zero-fill on first touch
 *	(bss), then read-only unless the segment is writable; the user stack below USTACK_TOP,
 *	lazily mapped, with an unmapped guard page below it; argc, argv and
 *	the strings on it.  *entry and *usp: where ring 3 starts.  The image
 *	was checked (uelf_check).  SYSERR: out of memory.
 *------------------------------------------------------------------------
 */
status	uload(struct ujob *job, uint32 *entry, uint32 *usp)
{
	const	byte	*image = uprogtab[job->prog].image;
	const	Elf32_Ehdr *eh = (const Elf32_Ehdr *)image;
	const	Elf32_Phdr *ph = (const Elf32_Phdr *)(image + eh->e_phoff);
	uint32	i, start, len, sp, *argv;
	int32	k;
	char	*s;

	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD) {
			continue;
		}
		start = ph[i].p_vaddr & ~(PAGE_SIZE - 1);
		len = ph[i].p_vaddr + ph[i].p_memsz - start;
		if (mmap((char *)start, len, PROT_READ | PROT_WRITE, MAP_PRIVATE
		    | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) {
			return SYSERR;
		}
		if (ph[i].p_flags & PF_W) {	/* data: a copy of its own */
			memcpy((char *)ph[i].p_vaddr, image + ph[i].p_offset,
				ph[i].p_filesz);
		} else {
			uload_text(job, &ph[i], image, start, len);
			if (mprotect((char *)start, len, PROT_READ) == SYSERR) {
				return SYSERR;
			}
		}
	}
	if (mmap((char *)USTACK_LOW, USTACK_SIZE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) {
		return SYSERR;
	}

	/* From the top: the strings, argv[] (NULL-terminated), then argv
	   and argc, where _start finds them (ulib/crt0.S) */
	sp = (USTACK_TOP - job->nbytes) & ~(sizeof(uint32) - 1);
	memcpy((char *)sp, job->args, job->nbytes);
	s = (char *)sp;
	sp -= (job->argc + 1) * sizeof(uint32);
	argv = (uint32 *)sp;
	for (k = 0; k < job->argc; k++) {
		argv[k] = (uint32)s;
		s += strlen(s) + 1;
	}
	argv[job->argc] = 0;
	sp -= 2 * sizeof(uint32);
	((uint32 *)sp)[0] = job->argc;
	((uint32 *)sp)[1] = (uint32)argv;
	*entry = eh->e_entry;
	*usp = sp;
	return OK;
}
