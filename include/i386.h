/* i386.h - x86 descriptors, trap frames, port I/O and control registers */

#ifndef _I386_H_
#define _I386_H_

/* Segment selectors (see system/gdt.c) */
#define	KCODE_SEL	0x08
#define	KDATA_SEL	0x10
#define	TSS_SEL		0x18	/* task state of ordinary execution	*/
#define	DFTSS_SEL	0x20	/* task that handles double faults	*/
#define	UCODE_SEL	0x2b	/* ring-3 code (descriptor 5, RPL 3)	*/
#define	UDATA_SEL	0x33	/* ring-3 data and stack (6, RPL 3)	*/
#define	NGDT		7
#define	SEL_RPL		0x3	/* a selector's requested privilege	*/
#define	TF_CS_OFF	44	/* offset of cs in struct trapframe	*/
#define	TSS_CR3_OFF	28	/* offset of cr3 in struct tss (ctxsw.S) */

#define	NEXC		32	/* processor exceptions			*/
#define	IRQBASE		32	/* vector of IRQ 0 after PIC remap	*/
#define	NIRQ		16
#define	NIDT		256

#define	EFLAGS_IF	0x00000200	/* interrupt enable flag	*/
#define	EFLAGS_IOPL	0x00003000	/* I/O privilege level (kept 0)	*/

#define	IDT_NM		7	/* device (FPU) not available		*/
#define	IDT_DF		8	/* double fault				*/
#define	IDT_GP		13	/* general protection			*/
#define	IDT_PF		14	/* page fault				*/

#ifndef __ASSEMBLER__
/* What the common interrupt stub pushes, lowest address first */
struct	trapframe {
	uint32	edi, esi, ebp, esp, ebx, edx, ecx, eax;	/* pushal	*/
	uint32	vector;		/* pushed by the per-vector stub	*/
	uint32	errcode;	/* by the CPU, or 0 by the stub		*/
	uint32	eip, cs, eflags;	/* pushed by the CPU		*/
	uint32	useresp, ss;	/* ... only when it came from ring 3	*/
};

/* Was the frame's code running in ring 3 (a user program)? */
#define	TF_USER(tf)	(((tf)->cs & SEL_RPL) == 3)

/* Hardware task state segment (only the double-fault path switches tasks) */
struct	tss {
	uint32	link;
	uint32	esp0, ss0, esp1, ss1, esp2, ss2;
	uint32	cr3, eip, eflags;
	uint32	eax, ecx, edx, ebx, esp, ebp, esi, edi;
	uint32	es, cs, ss, ds, fs, gs;
	uint32	ldt;
	uint16	trap, iomap;
} __attribute__((packed));

extern	struct	tss	systss, dftss;

/* Port I/O */
static inline void outb(uint16 port, uint8 v)
	{ asm volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static inline uint8 inb(uint16 port)
	{ uint8 v; asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline void outw(uint16 port, uint16 v)
	{ asm volatile("outw %0, %1" : : "a"(v), "Nd"(port)); }
static inline void outl(uint16 port, uint32 v)
	{ asm volatile("outl %0, %1" : : "a"(v), "Nd"(port)); }
static inline uint32 inl(uint16 port)
	{ uint32 v; asm volatile("inl %1, %0" : "=a"(v) : "Nd"(port)); return v; }

/* Control registers and TLB */
static inline uint32 read_cr0(void)
	{ uint32 v; asm volatile("movl %%cr0, %0" : "=r"(v)); return v; }
static inline void write_cr0(uint32 v)
	{ asm volatile("movl %0, %%cr0" : : "r"(v) : "memory"); }
static inline uint32 read_cr2(void)
	{ uint32 v; asm volatile("movl %%cr2, %0" : "=r"(v)); return v; }
static inline uint32 read_cr3(void)
	{ uint32 v; asm volatile("movl %%cr3, %0" : "=r"(v)); return v; }
static inline void write_cr3(uint32 v)
	{ asm volatile("movl %0, %%cr3" : : "r"(v) : "memory"); }
static inline void invlpg(void *va)
	{ asm volatile("invlpg (%0)" : : "r"(va) : "memory"); }
static inline void clts(void)
	{ asm volatile("clts"); }
static inline uint64 rdtsc(void)
	{ uint32 lo, hi; asm volatile("rdtsc" : "=a"(lo), "=d"(hi)); return ((uint64)hi << 32) | lo; }

#endif /* __ASSEMBLER__ */

/* QEMU's isa-debug-exit device: writing v exits QEMU with (v << 1) | 1 */
#define	QEMU_EXIT_PORT	0xf4
#define	QEMU_EXIT_PASS	0x10	/* host sees exit status 33	*/
#define	QEMU_EXIT_FAIL	0x11	/* host sees exit status 35	*/

#endif /* _I386_H_ */
