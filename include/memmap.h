/* memmap.h - the memory-map viewer (shell command memmap)
 *
 * memmap shows memory one character per frame (physical view) or per page
 * (virtual view of one vcreate process).  The tables are copied into a
 * character map with interrupts off (memmap_snapshot, memmap_vsnapshot)
 * and printed afterwards, so printing never holds interrupts off.  The
 * snapshots are separate functions so the tests can check the maps.
 */

#ifndef _MEMMAP_H_
#define _MEMMAP_H_

#define	MM_ROW		64		/* frames or pages per printed row */

/* Symbols of the physical view; an owner is shown by its pid in base
   36 (0-9, a-z), and pids from MM_PIDBASE on all by MM_BIGPID, because
   the capital letters name the other symbols */
#define	MM_FREE		'.'		/* free frame / unallocated page */
#define	MM_KERNEL	'K'		/* the kernel's page tables	*/
#define	MM_TABLE	'T'		/* a process's directory/table	*/
#define	MM_SHARED	'S'		/* a frame or slot several PTEs map
					   (after fork); in the virtual view,
					   a MAP_SHARED page		*/
#define	MM_ZERO		'Z'		/* free and already zeroed	*/
#define	MM_BIGPID	'+'		/* owner pid >= MM_PIDBASE	*/
#define	MM_PIDBASE	36

/* The shell's map names owners by glyph, not by pid: the processes that
   own something get these in the order of their pids, and the owners
   table under the map says which is which.  Capitals that name other
   symbols (either view's) are left out; owners beyond the list (there
   are 54) show as MM_BIGPID */
#define	MM_GLYPHS	"0123456789abcdefghijklmnopqrstuvwxyz" \
			"ABDEFHIJLMNOPQUVXY"

/* Symbols of the virtual view */
#define	MM_RESIDENT	'R'		/* in an FFS frame		*/
#define	MM_SWAPPED	'W'		/* its data is in swap only	*/
#define	MM_ALLOC	'a'		/* allocated, never touched	*/
#define	MM_GUARD	'G'		/* unmapped page below the stack */
#define	MM_STACK	's'		/* virtual stack page (pinned)	*/
/* ... and what a page's sharing or protection makes it, which wins over
   R, W and a (the counts under the map still say where each page is) */
#define	MM_COW		'C'		/* copy-on-write: private, shared
					   with another process, read-only
					   until written		*/
#define	MM_RDONLY	'r'		/* protection PROT_READ		*/
#define	MM_NOACCESS	'-'		/* protection PROT_NONE		*/
/* (MM_SHARED above: a page of a MAP_SHARED mapping) */

/* A physical map: the PD/PT region, then the FFS, then the swap region */
#define	MM_PT_OFF	0
#define	MM_FFS_OFF	(MM_PT_OFF + MAX_PT_SIZE)
#define	MM_SWAP_OFF	(MM_FFS_OFF + MAX_FFS_SIZE)
#define	MM_NFRAMES	(MM_SWAP_OFF + MAX_SWAP_SIZE)

/* The owner map holds a pid per frame in a byte (NPROC must fit) */
#define	MM_NOOWNER	0xFF		/* free or kernel frame		*/

/* A virtual map of the stack runs from the row holding the guard page
   to VM_USER_TOP, so this many characters always suffice */
#define	MM_STKMAP	(VSTACK_MAX / PAGE_SIZE + MM_ROW)

/* Heap pages a virtual map shows at most (the counts cover all) */
#define	MM_HEAPMAX	(256 * 1024)

/* memmap_vsnapshot's result for a process without an address space */
#define	MM_NOVM		(-10)

/* What a physical snapshot counted, and what the pools' own counters
   (those vmstat prints) said in the same critical section */
struct	mmphys	{
	uint32	ptfree, ptkernel, pttables;	/* PD/PT region		*/
	uint32	ffsfree, ffszero, ffsused;	/* FFS			*/
	uint32	ffsshared;			/* ... of them shared	*/
	uint32	swapfree, swapused;		/* swap region		*/
	uint32	swapshared;			/* ... of them shared	*/
	uint32	pool_ptfree;			/* free_pt_frames()	*/
	uint32	pool_ffsfree, pool_ffszero;	/* free_ffs_pages() ...	*/
	uint32	pool_swapfree;			/* free_swap_pages()	*/
	uint32	pool_ffsshared;			/* shared_ffs_frames()	*/
};

/* What a virtual snapshot counted in the page tables, and the process's
   own counters (those vmstat prints) read at the same moment */
struct	mmvirt	{
	uint32	heaptop;		/* one past the last allocated page */
	uint32	heapshown;		/* heap pages the map holds	*/
	uint32	alloc, resident, swapped, slots, tables;  /* heap	*/
	uint32	cow, mshared, rdonly, noaccess;	/* heap pages shown C, S,
						   r and -		*/
	uint32	user, kuser;		/* present pages ring 3 may use
					   (PTE_US): heap ones, others	*/
	bool8	ring3;			/* a user program (ucreate)	*/
	uint32	stkbase, stkpages, stktables;	/* stack		*/
	uint32	stkview;		/* address of the stack map's start */
	uint32	stkshown;		/* characters in the stack map	*/
	uint32	c_alloc, c_resident, c_swapped, c_slots, c_tables;
};

/* How a map is coloured: an SGR parameter string for a symbol and its
   owner (MM_NOOWNER if none), or NULL for no colour */
typedef	const char *(*mmcolour)(char, byte);

/* When a row of one symbol repeats at least MM_MINSKIP times, memmap_rows
   prints one "..." line instead of the repeats (unless asked for all) */
#define	MM_MINSKIP	2

extern	int32	memmap_snapshot(char *, byte *, struct mmphys *);
extern	int32	memmap_vsnapshot(pid32, char *, uint32, char *,
			struct mmvirt *);
extern	char	memmap_pidchar(pid32);
extern	void	memmap_glyphs(char *, const byte *, char *);
extern	void	memmap_rows(const char *, const byte *, uint32, uint32, bool8,
			mmcolour);

/* The live view (memmap -w, memmap_watch): the map redrawn in place on
   the terminal (cursor home, each line cleared to its end, the rest of
   the screen cleared) every secs seconds until a key is pressed.  To
   fit a screen without scrolling, a region takes at most MM_WROWS rows
   of MM_ROW symbols; a symbol then stands for a group of frames or
   pages and shows the commonest use in the group (see memmap_watchloop) */
#define	MM_WATCHPHYS	(-1)		/* pid argument: the physical view */
#define	MM_WATCHSECS	1		/* interval when none is given	*/
#define	MM_WATCHMAX	3600		/* longest interval, seconds	*/
#define	MM_WROWS	5		/* rows per region at most: a frame
					   of the physical view is 22 lines */
#define	MM_WPOLL	100		/* ms between looks for a key	*/
#define	MM_WATCHSTK	8192		/* stack of a memmap_watch process */
#define	MM_WATCHPRIO	30		/* above a user's main (20): the view
					   keeps up with a program that runs
					   without blocking		*/
#define	MM_NOWATCHER	(-1)		/* owner: none (the shell command) */

extern	int32	memmap_watchloop(int32, pid32, pid32);
extern	pid32	memmap_watch(int32, pid32);

#endif /* _MEMMAP_H_ */
