/* paging.h - virtual memory: regions, page-table bits and the VM API
 *
 * Physical memory (see docs/memory-layout.md for the picture):
 *
 *   [0, 32 MiB)		kernel region, identity mapped everywhere
 *   [32 MiB, +MAX_PT_SIZE)	PD/PT region: page directories and tables
 *   [.., +MAX_FFS_SIZE)	free-frame space (FFS): heap pages
 *   [.., +MAX_SWAP_SIZE)	swap (backing-store) region
 *
 * The sizes may be overridden at build time (-DMAX_FFS_SIZE=64 builds the
 * small configuration the tests use to exhaust memory cheaply).
 */

#ifndef _PAGING_H_
#define _PAGING_H_

#define	PAGE_SIZE	4096
#define	PAGE_SHIFT	12
#define	XINU_PAGES	8192		/* kernel region: [0, 32 MiB)	*/

#ifndef	MAX_PT_SIZE
#define	MAX_PT_SIZE	1024		/* frames for directories/tables */
#endif
#ifndef	MAX_FFS_SIZE
#define	MAX_FFS_SIZE	16384		/* frames backing heap pages	*/
#endif
#ifndef	MAX_SWAP_SIZE
#define	MAX_SWAP_SIZE	32768		/* backing-store slots		*/
#endif

#define	PT_REGION_BASE	(XINU_PAGES * PAGE_SIZE)
#define	FFS_REGION_BASE	(PT_REGION_BASE + MAX_PT_SIZE * PAGE_SIZE)
#define	SWAP_REGION_BASE (FFS_REGION_BASE + MAX_FFS_SIZE * PAGE_SIZE)
#define	VM_RAM_NEEDED	(SWAP_REGION_BASE + MAX_SWAP_SIZE * PAGE_SIZE)

/* Entries a page directory or table holds, and what one table covers */
#define	NENTRIES	1024
#define	PT_SPAN		(NENTRIES * PAGE_SIZE)	/* 4 MiB		*/
#define	KERNEL_PTS	(XINU_PAGES / NENTRIES)	/* tables of the kernel region */

/*
 * The kernel reaches PD/PT, FFS and swap frames, which no directory maps,
 * through a window of VWIN_SLOTS pages at the top of the kernel region.
 * The window's own page table is mapped at VWIN_SELF, so changing a window
 * slot is one PTE write and an invlpg, in every address space alike.
 */
#define	VWIN_PAGES	16			/* reserved at the top	*/
#define	VWIN_BASE	(PT_REGION_BASE - VWIN_PAGES * PAGE_SIZE)
#define	VWIN_SELF	(PT_REGION_BASE - PAGE_SIZE)
#define	VWIN_SLOTS	(VWIN_PAGES - 1)
#define	KHEAP_END	VWIN_BASE		/* kernel heap stops here */

/* Virtual layout of a vcreate process above the kernel region */
#define	VHEAP_START	0x02000000		/* first heap address	*/
#define	VM_USER_TOP	0xFFC00000		/* top PDE left unused	*/
/* Device registers (a PCI memory BAR, e.g. the NIC's at 0xFEBxxxxx) are
   reached through the top 4 MiB, the PDE vcreate leaves unused: one kernel
   table, mmio_pt, is entered there in every directory (vm_mmiomap).  The
   BAR's own address cannot be identity mapped: it lies in the range a
   process's heap may use. */
#define	MMIO_BASE	VM_USER_TOP		/* first device page	*/
#define	MMIO_END	0xFFFFF000		/* last page unused	*/
#define	VSTACK_MIN	(16 * 1024)		/* least virtual stack	*/
#define	VSTACK_MAX	(8 * 1024 * 1024)	/* largest one		*/

/* Emergency stack pages: a double fault inside a kernel critical section
   (interrupts off) gets a page below the stack so the section can finish;
   the process is killed at its next reschedule (system/dfault.c) */
#define	VSTACK_EMERG_POOL 8			/* pages for everyone	*/
#define	VSTACK_EMERG_MAX  2			/* for one process	*/

/* Below every stack: its guard page, and below that the room its
   emergency pages take (they push the guard down as they come).  These
   pages are the stack's: an access there is a stack overflow, and
   vcreate gives the stack the page tables that cover them. */
#define	VSTACK_BELOW	((1 + VSTACK_EMERG_MAX) * PAGE_SIZE)

/* The stack area is whole page tables, enough for the largest stack and
   the pages below it, so that the heap and a stack never share a table
   (vmalloc, vfree, teardown and vmcheck tell them apart by directory
   index).  Its unused bottom, never mapped, separates the two. */
#define	VSTACK_LOW	((VM_USER_TOP - VSTACK_MAX - VSTACK_BELOW) \
				& ~(PT_SPAN - 1))
#define	VSTACK_PTS	((VM_USER_TOP - VSTACK_LOW) / PT_SPAN)
#define	VHEAP_END	VSTACK_LOW		/* first address past it */

/* User programs (ucreate, docs/user.md).  Their code, data, heap and
   stack are heap pages of their address space, user-accessible; the
   process's stack above is its kernel stack, supervisor-only, and a trap
   from ring 3 starts at its top (system/gdt.c: the TSS's esp0). */
#define	UKSTACK_TOP	(VM_USER_TOP - STKSLACK)
#define	UKSTACK_SIZE	(16 * 1024)		/* a user process's kernel stack */
#define	USTACK_TOP	VHEAP_END		/* the user stack's top	*/
#define	USTACK_SIZE	(1024 * 1024)		/* reserved, lazily mapped */
#define	USTACK_LOW	(USTACK_TOP - USTACK_SIZE)
#define	UGUARD_PAGES	1			/* unmapped below it	*/
#define	UARGS_MAX	4096			/* argv strings + pointers */
#define	UARGC_MAX	32

/* Page-table entry bits (hardware) */
#define	PTE_P		0x001		/* present			*/
#define	PTE_RW		0x002		/* writable			*/
#define	PTE_US		0x004		/* user-accessible: heap pages and
					   their tables only (ring 3)	*/
#define	PTE_PWT		0x008		/* write-through (device pages)	*/
#define	PTE_PCD		0x010		/* cache disabled (device pages) */
#define	PTE_A		0x020		/* accessed			*/
#define	PTE_D		0x040		/* dirty			*/
/* Software (AVL) bits */
#define	PTE_ALLOC	0x200		/* page allocated by vmalloc	*/
#define	PTE_SWAPPED	0x400		/* not present: data in swap	*/
#define	PTE_STACK	0x800		/* virtual stack page (pinned)	*/
#define	PTE_FRAME	0xFFFFF000	/* frame address / swap slot	*/
/* A heap page whose protection forbids every access (PROT_NONE) keeps its
   frame with PTE_P clear and this bit set (the G bit: ignored by the MMU
   when P is clear, and CR4.PGE is never set, so ignored when P is set) */
#define	PTE_HIDDEN	0x100		/* resident, access revoked	*/
#define	PTE_RESIDENT(p)	((p) & (PTE_P | PTE_HIDDEN))	/* in a frame	*/

#include <mman.h>			/* PROT_*, MAP_* (user ABI too)	*/

#define	CR0_PG		0x80000000	/* paging			*/
#define	CR0_WP		0x00010000	/* ring 0 honours read-only	*/

/* Replacement policies (vmpolicy); each is a file paging/pol_*.c and a
   row of the table in paging/vmpolicies.c, indexed by these numbers */
#define	RANDOM		0
#define	FIFO		1
#define	CLOCK		2
#define	CLOCKPRO	3		/* CLOCK-Pro (hot, cold, test)	*/
#define	NPOLICIES	4

/* Fault tracing (vmtrace): a ring of the latest faulting (pid, page)s */
#define	VMTRACE_OFF	0		/* stop recording		*/
#define	VMTRACE_ON	1		/* record every resolved fault	*/
#define	VMTRACE_CLEAR	2		/* empty the ring, zero dropped	*/
#define	VMTRACE_LEN	4096		/* entries the ring holds	*/

/* Page-reference workloads (vmworkload): the kinds of string */
#define	WL_SEQ		0		/* loop over 1.5 x the FFS	*/
#define	WL_RAND		1		/* uniform over 2 x the FFS	*/
#define	WL_ZIPF		2		/* Zipf (s = 1) over the same	*/
#define	WL_PHASE	3		/* working sets that shift	*/
#define	WL_LOOPHOT	4		/* a loop, a hot set between passes */
#define	WL_SCAN		5		/* a hot set, one long scan	*/
#define	WL_NKINDS	6
#define	WL_CURPOLICY	(-1)		/* run under the current policy	*/

/* Their sizes scale with the FFS; no span exceeds the swap region, so a
   workload never runs out of slots (a page holds at most one) */
#define	WL_MIN(a, b)	((a) < (b) ? (a) : (b))
#define	WL_MAX(a, b)	((a) > (b) ? (a) : (b))
#define	WL_REFS		WL_MAX(4096, 4 * MAX_FFS_SIZE) /* refs (not seq) */
#define	WL_SPAN		WL_MIN(2 * MAX_FFS_SIZE, MAX_SWAP_SIZE)
#define	WL_SEQPAGES	WL_MIN(MAX_FFS_SIZE + MAX_FFS_SIZE / 2, MAX_SWAP_SIZE)
#define	WL_SEQPASSES	WL_MAX(2, WL_REFS / WL_SEQPAGES)
#define	WL_MAXREFS	WL_MAX(WL_REFS, WL_SEQPAGES * WL_SEQPASSES)
#define	WL_PHASEW	WL_MAX(1, 3 * MAX_FFS_SIZE / 4)	/* working set	*/
#define	WL_PHASES	8		/* working sets in the string	*/
#define	WL_ZIPFSCALE	(1 << 24)	/* fixed-point weight of rank 1	*/
#define	WL_HOTPAGES	WL_MAX(1, MAX_FFS_SIZE / 4)	/* loop+hot's hot set */
#define	WL_LOOPPAGES	WL_MIN(MAX_FFS_SIZE + MAX_FFS_SIZE / 4, \
				MAX_SWAP_SIZE - WL_HOTPAGES)	/* its loop */
#define	WL_HOTROUNDS	2		/* hot-set sweeps between passes */
#define	WL_SCANHOT	WL_MAX(1, MAX_FFS_SIZE / 2)	/* scan's hot set */
#define	WL_SCANPAGES	WL_MIN(WL_MIN(4 * MAX_FFS_SIZE, MAX_SWAP_SIZE - WL_SCANHOT), \
				WL_REFS / 4)	/* 4 x the FFS if it fits */
#define	WL_MAXPAGES	WL_MAX(WL_MAX(WL_SPAN, WL_SEQPAGES), \
				WL_MAX(WL_LOOPPAGES + WL_HOTPAGES, \
				       WL_SCANHOT + WL_SCANPAGES)) /* any kind's */
#define	WL_LIMIT_MS	300000		/* longest run of one workload	*/
#define	WL_SETTLE_MS	5000		/* longest wait for a teardown	*/

#ifndef __ASSEMBLER__

typedef	uint32	pt_t;			/* a PDE or PTE			*/

/* A free range of a process's virtual heap, kept sorted by address */
struct	vrange {
	struct	vrange	*next;
	uint32	start;			/* first page number		*/
	uint32	npages;
};

/* A range of a process's heap made by mmap or given a protection by
   mprotect, kept sorted by address.  Heap pages no area covers (vmalloc's)
   are private and readable and writable. */
struct	vmarea	{
	struct	vmarea	*next;
	uint32	start;			/* first page number		*/
	uint32	npages;
	int32	prot;			/* PROT_READ | PROT_WRITE, or NONE */
	int32	flags;			/* MAP_SHARED or MAP_PRIVATE	*/
};

/* Per-process fault and paging counters (also kept as totals) */
struct	vmcounts {
	uint32	zfaults;		/* zero-fill faults		*/
	uint32	swapins;		/* pages brought back from swap	*/
	uint32	swapouts;		/* evictions that wrote data	*/
	uint32	cleanevicts;		/* evictions that wrote nothing	*/
	uint32	oomkills;		/* killed for lack of memory	*/
	uint32	cowfaults;		/* writes that copied a shared page */
	uint32	cowreuses;		/* ... that found the last reference */
};

/* Virtual memory state of a vcreate process */
struct	vmproc {
	uint32	pdframe;		/* physical address of its PD	*/
	struct	vrange	*freelist;	/* free heap ranges		*/
	struct	vmarea	*areas;		/* mmap'd / mprotect'ed ranges	*/
	uint32	nalloc;			/* pages vmalloc'd now		*/
	uint32	nresident;		/* heap pages in FFS frames	*/
	uint32	nswapped;		/* heap pages held in swap only	*/
	uint32	npt;			/* page tables of the heap	*/
	uint32	nslots;			/* swap slots it owns		*/
	uint32	stkbase;		/* lowest virtual stack address	*/
	uint32	stkpages;		/* pages of virtual stack	*/
	uint32	stkpts;			/* page tables of the stack	*/
	uint32	stkblk;			/* kernel-heap block behind it	*/
	struct	vmproc	*nextzombie;	/* teardown queue link		*/
	uint32	ptmap[NENTRIES / 32];	/* bit per PDE: a heap table	*/
	uint32	ptsum;			/* bit per ptmap word not 0	*/
	bool8	overflowed;		/* ran into its guard page	*/
	int32	nemerg;			/* emergency pages below stkbase */
	int32	emerg[VSTACK_EMERG_MAX];	/* their pool indices	*/
	pid32	pid;
	struct	vmcounts cnt;
};

/* One recorded fault (vmtrace_read) */
struct	vmtref	{
	pid32	pid;
	uint32	vpn;			/* virtual page number		*/
};

/* What one workload run reports (vmworkload); refs and layout may point
   at caller buffers of WL_MAXREFS and MAX_FFS_SIZE entries, or be NULL */
struct	vmwlres	{
	int32	kind;			/* WL_SEQ ...			*/
	uint32	seed;
	int32	policy;			/* the policy it ran under	*/
	uint32	npages;			/* pages the string ranges over	*/
	uint32	nrefs;			/* length of the string		*/
	uint32	faults;			/* zfaults + swapins		*/
	uint32	zfaults, swapins;
	bool8	quiet;			/* it was the only FFS user	*/
	pid32	pid;			/* the process that ran it	*/
	uint32	basevpn;		/* its page 0			*/
	int32	hand;			/* CLOCK hand when the FFS first
					   filled up, -1 if it never did */
	uint32	*refs;			/* the string (page numbers)	*/
	uint32	*layout;		/* per frame, when it filled up: the
					   first-touch rank of its page	*/
};

extern	uint32	sys_pdbr;		/* system page directory	*/
extern	volatile uint32 debug_swapping;	/* print evictions/swap-ins: volatile so
					   a program's store is not reordered
					   around the accesses it is about */
extern	volatile uint32 debug_faults;	/* non-zero: a fault's one-line
					   message is followed by its
					   address, EIP and the exception
					   report (off: the lab's output) */
extern	struct	vmcounts vmtotals;
extern	uint32	vm_overflows;		/* STACK_OVERFLOW reports (tests) */

/* The API users' programs call */
extern	pid32	vcreate(void *, uint32, pri16, char *, uint32, ...);
extern	char	*vmalloc(uint32);
extern	syscall	vfree(char *, uint32);
extern	uint32	free_ffs_pages(void);
extern	uint32	free_swap_pages(void);
extern	uint32	allocated_virtual_pages(pid32);
extern	uint32	used_ffs_frames(pid32);
extern	uint32	used_swap_frames(pid32);
extern	syscall	vmcheck(void);
extern	pid32	fork(void);
extern	char	*mmap(char *, uint32, int32, int32, int32, uint32);
extern	syscall	munmap(char *, uint32);
extern	syscall	mprotect(char *, uint32, int32);
extern	uint32	shared_ffs_frames(void);
extern	syscall	vmpolicy(int32);
extern	syscall	vmtrace(int32);
extern	int32	vmtrace_read(struct vmtref *, int32, uint32 *);
extern	bool8	vmtrace_status(int32 *, uint32 *);
extern	int32	vmtrace_dump(did32);
extern	syscall	vmworkload(int32, uint32, int32, struct vmwlres *);
extern	int32	vmwl_gen(int32, uint32, uint32 *, uint32, uint32 *);
extern	int32	vmwl_kind(char *);
extern	char	*vmwl_name(int32);
extern	char	*vmwl_polname(int32);
extern	int32	vmwl_report(did32, struct vmwlres *, bool8);
extern	int32	vmwl_dumprefs(did32, struct vmwlres *);

/* The VM fuzzer (vmfuzz, docs/reliability.md).  flags: */
#define	VMFZ_EVERYMASK	0x000000FF	/* check invariants every N steps
					   (0 counts as 1)		*/
#define	VMFZ_POLSHIFT	8		/* bits 8-9: the starting policy */
#define	VMFZ_POLMASK	0x00000300
#define	VMFZ_PIN	0x00000400	/* no policy switches		*/
#define	VMFZ_VERBOSE	0x00000800	/* print every operation	*/
#define	VMFZ_DEMAND4	0x00001000	/* workers touch 4x the FFS (else 2x) */
/* Operations that hit the bugs of issue 10 (fixed: make test and make
   stress run them all; a bit may still be left off to bisect) */
#define	VMFZ_KILLSVC	0x00010000	/* kills inside vmworkload and
					   vmtrace_dump (bug 7)		*/
#define	VMFZ_HUGE	0x00020000	/* whole-heap vmalloc/vfree (bug 2) */
#define	VMFZ_WLBUF	0x00040000	/* vmworkload into the worker's
					   heap (bug 5)			*/
#define	VMFZ_BIGSTK	0x00080000	/* 4 and 8 MiB stacks, overflowed
					   (bug 1)			*/
#define	VMFZ_LOWWATER	0x00100000	/* random pager_lowwater (bug 3) */
#define	VMFZ_GAPTOUCH	0x00200000	/* touch the gap above the heap
					   and below the stack (bug 6)	*/
#define	VMFZ_NOSETTLE	0x00400000	/* respawn without waiting for the
					   teardown of the killed (bug 4) */
#define	VMFZ_BUGS	0x007F0000	/* all of the above		*/
/* Sharing (issue 13): operations that make pages shared */
#define	VMFZ_FORK	0x01000000	/* workers fork: the child is a new
					   worker with a copy of the model */
#define	VMFZ_MMAP	0x02000000	/* mmap, munmap, mprotect, touches
					   that the protection forbids,
					   MAP_SHARED memory across fork */
#define	VMFZ_SHARE	0x03000000	/* all of the sharing operations */

#define	VMFZ_MAXPROCS	16		/* workers at once		*/
#define	VMFZ_MAXREG	24		/* vmalloc'd ranges a worker holds */
#define	VMFZ_HIST	12		/* operations printed on a failure */
#define	VMFZ_HANG_MS	120000		/* longest wait for one operation */
#define	VMFZ_SETTLE_MS	10000		/* longest wait for a teardown	*/
#define	VMFZ_CTLPRIO	200		/* the controller outranks workers */
#define	VMFZ_WPRIO	100		/* workers: VMFZ_WPRIO - 0..2	*/
#define	VMFZ_WHYLEN	96		/* a failure's explanation	*/
#define	VMFZ_WLFFS	1024		/* vmworkload runs only with an FFS
					   this small (it takes seconds in
					   the default one)		*/
#define	VMFZ_LONGRUN	256		/* pages a write that will be
					   killed (VFO_KILLIN) covers	*/
#define	VMFZ_KILLSLEEP	20		/* ms a sleep to be killed lasts */
#define	VMFZ_SEED0	0x2545F491	/* stands for seed 0 (xorshift)	*/
#define	VMFZ_FORKSLOTS	4		/* slots for fork children, past
					   the nprocs respawned ones	*/
#define	VMFZ_NOSLOT	0xFFFFFFFF	/* a fork's child has no slot	*/
#define	VMFZ_SHMAX	32		/* MAP_SHARED pages a worker maps
					   (at most half its touch table) */
#define	VMFZ_TORN	0x80000000	/* gen: a write of the page was cut
					   by a kill (a shared page's other
					   holders cannot know its words) */

/* Operations (struct vmfzop.kind): a worker runs VFO_ALLOC .. VFO_LOWWATER
   and VFO_FORK ..; the controller itself runs VFO_KILL and VFO_KILLIN */
#define	VFO_ALLOC	0		/* vmalloc(a)			*/
#define	VFO_FREE	1		/* vfree(a, b)			*/
#define	VFO_WRITE	2		/* write c pages: region a, page b */
#define	VFO_READ	3		/* read and check them		*/
#define	VFO_VERIFY	4		/* check c touched pages from a	*/
#define	VFO_BADCALL	5		/* a call that must fail, case a */
#define	VFO_YIELD	6
#define	VFO_SLEEP	7		/* sleepms(a)			*/
#define	VFO_PARK	8		/* stay in state a (VFP_...)	*/
#define	VFO_POLICY	9		/* vmpolicy(a)			*/
#define	VFO_EXIT	10		/* return: the worker ends	*/
#define	VFO_OVERFLOW	11		/* run off the stack		*/
#define	VFO_SEGV	12		/* touch address a (unallocated, or
					   a page its protection forbids):
					   read it if c is 0, else write */
#define	VFO_WORKLOAD	13		/* vmworkload(a, b); c: buffers in
					   the worker's heap		*/
#define	VFO_TRACE	14		/* vmtrace on, dump to device a	*/
#define	VFO_LOWWATER	15		/* pager_lowwater = a		*/
#define	VFO_KILL	16		/* kill worker where it stands	*/
#define	VFO_KILLIN	17		/* hand op b, kill after a ms	*/
#define	VFO_FORK	18		/* fork; the child takes slot a
					   (struct vmfzw at b) or exits	*/
#define	VFO_MMAP	19		/* mmap(a, b, c & 0xFF, (c >> 8) &
					   0xFF, ...): fd and offset bad if
					   c >> 16 is 1 or 2		*/
#define	VFO_MUNMAP	20		/* munmap(a, b)			*/
#define	VFO_MPROTECT	21		/* mprotect(a, b, c)		*/
#define	VFO_NKINDS	22

/* States a worker parks in until its next operation (VFO_PARK) */
#define	VFP_NONE	0
#define	VFP_RECV	1		/* receive()			*/
#define	VFP_RECTIM	2		/* recvtime(VMFZ_PARK_MS)	*/
#define	VFP_SLEEP	3		/* sleepms(VMFZ_PARK_MS)	*/
#define	VFP_WAIT	4		/* wait(parksem)		*/
#define	VFP_SUSP	5		/* suspend(itself)		*/
#define	VFP_READY	6		/* yield() until released	*/
#define	VFP_NSTATES	7
#define	VMFZ_PARK_MS	600000		/* a park that only a release ends */
#define	VMFZ_ACK	0x7ACC0000	/* | pid: a worker's report	*/

/* One operation, drawn by the controller and run by a worker */
struct	vmfzop	{
	int32	kind;			/* VFO_... (paging/vmfuzz_worker.c) */
	uint32	a, b, c;		/* its arguments		*/
};

struct	vmfzreg	{			/* a range the worker holds	*/
	uint32	vpn, npages;
	int32	prot;			/* PROT_NONE, _READ, _READ|_WRITE */
	int32	kind;			/* 0 (vmalloc'd), MAP_PRIVATE or
					   MAP_SHARED			*/
};

struct	vmfztouch {			/* a page the worker touched	*/
	uint32	vpn;
	uint32	gen;			/* 0: never written, reads zeros */
	uint32	key;			/* of the worker that wrote it: a
					   fork child inherits its parent's
					   pages and writes its own key	*/
	uint32	sh;			/* 0, or 1 + the index of the page's
					   shared record (a MAP_SHARED page
					   after fork: one gen and key for
					   every worker that maps it)	*/
};

/* What the workers of a run saw (the summary prints it) */
struct	vmfzstat {
	uint32	mmaps, mmapfails;	/* mmap made, refused as expected */
	uint32	munmaps, mprotects;	/* calls that succeeded		*/
	uint32	badrefused;		/* ... refused as expected	*/
	uint32	shreads;		/* shared pages read with another
					   worker's data		*/
};

/* What a worker holds, as it believes; lives in the kernel heap so the
   controller (another address space) reads it while the worker waits */
struct	vmfzw	{
	pid32	pid;			/* SYSERR: slot empty		*/
	pid32	ctl;			/* the controller		*/
	uint32	serial;			/* incarnation (pids are reused) */
	uint32	key;			/* its pages' patterns (serial)	*/
	pri16	prio;
	uint32	stk;			/* stack size asked		*/
	sid32	go;			/* the next operation is ready	*/
	sid32	parksem;		/* parked waiting on it		*/
	int32	park;			/* VFP_... it is parked in	*/
	volatile bool8	release;	/* ends a park in the ready state */
	bool8	dying;			/* its operation ends its life	*/
	uint32	lastva, lastlen;	/* its last vfree (double frees) */
	struct	vmfzop	op;
	int32	rc;			/* OK, or SYSERR with why	*/
	char	why[VMFZ_WHYLEN];
	int32	nreg;			/* sorted by vpn		*/
	struct	vmfzreg	reg[VMFZ_MAXREG];
	uint32	ntouch, cap;
	struct	vmfztouch *touch;	/* cap entries			*/
	struct	vmfztouch *shrec;	/* the run's shared records (vpn 0:
					   free), nshrec of them	*/
	uint32	nshrec;
	struct	vmfzstat *st;		/* the run's			*/
};

extern	syscall	vmfuzz(uint32, uint32, int32, uint32);
extern	process	vmfz_worker(struct vmfzw *);
extern	status	vmfz_check(struct vmfzw *, char *);
extern	void	vmfz_draw(struct vmfzw *, uint32 *, uint32, struct vmfzop *);
extern	bool8	vmfz_covered(struct vmfzw *, uint32, uint32);
extern	bool8	vmfz_overlaps(struct vmfzw *, uint32, uint32);
extern	struct	vmfzreg	*vmfz_region(struct vmfzw *, uint32);
extern	uint32	vmfz_shneed(struct vmfzw *, uint32 *);
extern	uint32	vmfz_rand(uint32 *);

/* Kernel-internal */
extern	void	vminit(void);
extern	void	vm_enable(void);
extern	void	*vm_mmiomap(uint32, uint32);
extern	status	vm_pagefault(struct trapframe *);
extern	void	vm_procexit(pid32);
extern	void	vm_switch_stats(struct procent *, struct procent *);
extern	bool8	vm_stack_contains(pid32, uint32, uint32);
extern	uint32	free_pt_frames(void);
extern	uint32	vm_zombies;
extern	void	vm_reap_pending(void);
extern	status	vm_stackgrow(struct vmproc *);
extern	void	vm_stackrelease(struct vmproc *);
extern	void	vmtrace_record(pid32, uint32);
extern	status	vm_sharepage(pid32, uint32, const byte *);

#endif /* __ASSEMBLER__ */
#endif /* _PAGING_H_ */
