/* multiboot.h - the parts of the Multiboot (v1) protocol Xinu uses */

#ifndef _MULTIBOOT_H_
#define _MULTIBOOT_H_

#define	MULTIBOOT_HEADER_MAGIC		0x1BADB002
#define	MULTIBOOT_BOOTLOADER_MAGIC	0x2BADB002
#define	MULTIBOOT_PAGE_ALIGN		0x00000001
#define	MULTIBOOT_MEMORY_INFO		0x00000002
#define	MULTIBOOT_HEADER_FLAGS	(MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)

#define	MB_INFO_MEMORY	0x00000001	/* mem_lower/mem_upper valid	*/
#define	MB_INFO_CMDLINE	0x00000004	/* cmdline valid		*/
#define	MB_INFO_MMAP	0x00000040	/* mmap_* valid			*/

#ifndef __ASSEMBLER__
struct	mbinfo {
	uint32	flags;
	uint32	mem_lower;		/* KiB below 1 MiB		*/
	uint32	mem_upper;		/* KiB above 1 MiB (to first hole) */
	uint32	boot_device;
	uint32	cmdline;
	uint32	mods_count, mods_addr;
	uint32	syms[4];
	uint32	mmap_length, mmap_addr;
};

struct	mbmmap {
	uint32	size;			/* of the rest of this entry	*/
	uint64	addr;
	uint64	len;
	uint32	type;			/* 1: usable RAM		*/
} __attribute__((packed));

extern	uint32	mbmagic;		/* saved by start.S		*/
extern	uint32	mbinfoaddr;
#endif

#endif /* _MULTIBOOT_H_ */
