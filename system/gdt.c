/* gdt.c - gdtinit */

#include <xinu.h>

/*
 * Xinu's kernel and its create/vcreate processes run in ring 0, user
 * programs (ucreate) in ring 3, all with flat 4 GiB segments: protection
 * is the pages' (a user program reaches only the pages of its heap marked
 * user-accessible).  Two task state segments: the CPU needs a current TSS
 * (TSS_SEL) to save into when the double-fault task gate (DFTSS_SEL)
 * switches to a task with its own stack, which is what lets a process that
 * overflows its stack fault safely instead of resetting the machine; and
 * the current TSS's ss0:esp0 is the stack an interrupt, exception or
 * system call taken in ring 3 switches to: the top of the running
 * process's kernel stack.  Every process's stack ends at the same virtual
 * address in its own directory (vcreate.c), so esp0 is set once here and
 * is right for whichever user process runs.
 */

struct	segdesc {
	uint16	limit_lo;
	uint16	base_lo;
	uint8	base_mid;
	uint8	access;
	uint8	flags_limit_hi;
	uint8	base_hi;
} __attribute__((packed));

struct	tss	systss;			/* ordinary execution		*/
struct	tss	dftss;			/* the double-fault task	*/

#define	SEG_CODE	0x9a		/* present, ring 0, code, readable */
#define	SEG_DATA	0x92		/* present, ring 0, data, writable */
#define	SEG_TSS		0x89		/* present, ring 0, available TSS  */
#define	SEG_UCODE	0xfa		/* present, ring 3, code, readable */
#define	SEG_UDATA	0xf2		/* present, ring 3, data, writable */
#define	SEG_4K32	0xc		/* 4 KiB granularity, 32-bit	   */
#define	SEG_LIMIT4G	0xfffff		/* 4 GiB in 4 KiB units		   */

static	struct	segdesc gdt[NGDT];

struct	{
	uint16	limit;
	uint32	base;
} __attribute__((packed)) gdtr;

/*------------------------------------------------------------------------
 * setseg - fill one descriptor
 *------------------------------------------------------------------------
 */
static	void	setseg(int32 i, uint32 base, uint32 limit, uint8 access,
			uint8 flags)
{
	gdt[i].limit_lo = limit & 0xffff;
	gdt[i].base_lo = base & 0xffff;
	gdt[i].base_mid = (base >> 16) & 0xff;
	gdt[i].access = access;
	gdt[i].flags_limit_hi = (flags << 4) | ((limit >> 16) & 0x0f);
	gdt[i].base_hi = (base >> 24) & 0xff;
}

/*------------------------------------------------------------------------
 * gdtinit - load the GDT, reload every segment register, load TR
 *------------------------------------------------------------------------
 */
void	gdtinit(void)
{
	memset(gdt, 0, sizeof(gdt));
	setseg(KCODE_SEL >> 3, 0, SEG_LIMIT4G, SEG_CODE, SEG_4K32);
	setseg(KDATA_SEL >> 3, 0, SEG_LIMIT4G, SEG_DATA, SEG_4K32);
	setseg(TSS_SEL >> 3, (uint32)&systss, sizeof(struct tss) - 1,
		SEG_TSS, 0);
	setseg(DFTSS_SEL >> 3, (uint32)&dftss, sizeof(struct tss) - 1,
		SEG_TSS, 0);
	setseg(UCODE_SEL >> 3, 0, SEG_LIMIT4G, SEG_UCODE, SEG_4K32);
	setseg(UDATA_SEL >> 3, 0, SEG_LIMIT4G, SEG_UDATA, SEG_4K32);

	gdtr.limit = sizeof(gdt) - 1;
	gdtr.base = (uint32)gdt;
	asm volatile(
		"lgdt gdtr\n\t"
		"ljmp %0, $1f\n"
		"1:\n\t"
		"movw %1, %%ax\n\t"
		"movw %%ax, %%ds\n\t"
		"movw %%ax, %%es\n\t"
		"movw %%ax, %%fs\n\t"
		"movw %%ax, %%gs\n\t"
		"movw %%ax, %%ss\n\t"
		: : "i"(KCODE_SEL), "i"(KDATA_SEL) : "eax", "memory");

	memset(&systss, 0, sizeof(systss));
	systss.iomap = sizeof(struct tss);	/* no I/O bitmap: in/out fault */
	systss.ss0 = KDATA_SEL;
	systss.esp0 = UKSTACK_TOP;
	asm volatile("ltr %w0" : : "r"(TSS_SEL));
}
