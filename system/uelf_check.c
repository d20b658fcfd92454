/* uelf_check.c - uelf_check */

#include <xinu.h>
#include <elf.h>

/*------------------------------------------------------------------------
 * uelf_check - is image (size bytes) an executable this kernel can load:
 *	a 32-bit little-endian i386 ELF executable whose program headers
 *	and loadable segments lie inside the file, whose segments lie in
 *	the user range below the user stack (and its guard), do not share a
 *	page with each other, and whose entry point is in an executable
 *	segment?  NULL if so, else why not (for the refusal message).
 *	All sums are checked against overflow: the image may be anything.
 *------------------------------------------------------------------------
 */
char	*uelf_check(const byte *image, uint32 size)
{
	const	Elf32_Ehdr *eh = (const Elf32_Ehdr *)image;
	const	Elf32_Phdr *ph;
	uint32	i, j, lo, hi, lo2, hi2, nload = 0;
	bool8	entryok = FALSE;

	if (size < sizeof(Elf32_Ehdr) || eh->e_ident[0] != ELFMAG0
	    || eh->e_ident[1] != ELFMAG1 || eh->e_ident[2] != ELFMAG2
	    || eh->e_ident[3] != ELFMAG3) {
		return "not an ELF file (bad magic)";
	}
	if (eh->e_ident[EI_CLASS] != ELFCLASS32
	    || eh->e_ident[EI_DATA] != ELFDATA2LSB
	    || eh->e_machine != EM_386) {
		return "not a 32-bit little-endian i386 ELF";
	}
	if (eh->e_type != ET_EXEC) {
		return "not an executable";
	}
	if (eh->e_phentsize != sizeof(Elf32_Phdr) || eh->e_phnum == 0
	    || eh->e_phoff > size
	    || (size - eh->e_phoff) / sizeof(Elf32_Phdr) < eh->e_phnum) {
		return "program headers outside the file";
	}
	ph = (const Elf32_Phdr *)(image + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD) {
			continue;
		}
		nload++;
		if (ph[i].p_offset > size || ph[i].p_filesz > size
		    - ph[i].p_offset) {
			return "a segment's data lies outside the file";
		}
		if (ph[i].p_filesz > ph[i].p_memsz || ph[i].p_memsz == 0) {
			return "a segment's sizes are inconsistent";
		}
		if (ph[i].p_vaddr < VHEAP_START || ph[i].p_vaddr >= USTACK_LOW
		    || ph[i].p_memsz > USTACK_LOW - UGUARD_PAGES * PAGE_SIZE
				- ph[i].p_vaddr) {
			return "a segment lies outside the user range";
		}
		lo = ph[i].p_vaddr >> PAGE_SHIFT;
		hi = (ph[i].p_vaddr + ph[i].p_memsz - 1) >> PAGE_SHIFT;
		for (j = 0; j < i; j++) {
			if (ph[j].p_type != PT_LOAD) {
				continue;
			}
			lo2 = ph[j].p_vaddr >> PAGE_SHIFT;
			hi2 = (ph[j].p_vaddr + ph[j].p_memsz - 1) >> PAGE_SHIFT;
			if (lo <= hi2 && lo2 <= hi) {
				return "two segments share a page";
			}
		}
		if ((ph[i].p_flags & PF_X) && eh->e_entry >= ph[i].p_vaddr
		    && eh->e_entry - ph[i].p_vaddr < ph[i].p_memsz) {
			entryok = TRUE;
		}
	}
	if (nload == 0) {
		return "no loadable segment";
	}
	if (!entryok) {
		return "the entry point is not in an executable segment";
	}
	return NULL;
}
