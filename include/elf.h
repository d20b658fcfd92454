/* elf.h - the parts of the 32-bit ELF format the program loader reads
 *	   (field names and values as in the ELF specification, man 5 elf)
 */

#ifndef _ELF_H_
#define _ELF_H_

#define	EI_NIDENT	16
#define	ELFMAG0		0x7f		/* e_ident[0..3]: "\177ELF"	*/
#define	ELFMAG1		'E'
#define	ELFMAG2		'L'
#define	ELFMAG3		'F'
#define	EI_CLASS	4
#define	ELFCLASS32	1
#define	EI_DATA		5
#define	ELFDATA2LSB	1		/* little-endian		*/
#define	EI_VERSION	6
#define	EV_CURRENT	1
#define	ET_EXEC		2		/* an executable		*/
#define	EM_386		3		/* Intel 80386			*/
#define	PT_LOAD		1		/* a segment to map		*/
#define	PF_X		0x1		/* segment permissions		*/
#define	PF_W		0x2
#define	PF_R		0x4

typedef	struct {
	byte	e_ident[EI_NIDENT];
	uint16	e_type;
	uint16	e_machine;
	uint32	e_version;
	uint32	e_entry;
	uint32	e_phoff;
	uint32	e_shoff;
	uint32	e_flags;
	uint16	e_ehsize;
	uint16	e_phentsize;
	uint16	e_phnum;
	uint16	e_shentsize;
	uint16	e_shnum;
	uint16	e_shstrndx;
} Elf32_Ehdr;

typedef	struct {
	uint32	p_type;
	uint32	p_offset;
	uint32	p_vaddr;
	uint32	p_paddr;
	uint32	p_filesz;
	uint32	p_memsz;
	uint32	p_flags;
	uint32	p_align;
} Elf32_Phdr;

#endif /* _ELF_H_ */
