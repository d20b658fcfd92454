/* uload.c - uload */

#include <xinu.h>
#include <elf.h>

/*------------------------------------------------------------------------
 * uload - in the address space of the process that runs it (a new user
 *	process, or one that calls exec, its heap emptied), map job's
 *	program and its stack: each loadable segment at its link address
 *	(mmap MAP_FIXED, private: copy-on-write across fork), its file bytes
 *	copied in, the rest zero-fill on first touch (bss), then read-only
 *	unless the segment is writable; the user stack below USTACK_TOP,
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
		memcpy((char *)ph[i].p_vaddr, image + ph[i].p_offset,
			ph[i].p_filesz);
		if (!(ph[i].p_flags & PF_W)
		    && mprotect((char *)start, len, PROT_READ) == SYSERR) {
			return SYSERR;
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
