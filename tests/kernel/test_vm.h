/* test_vm.h - helpers shared by the virtual-memory tests (test_vm*.c)
 *
 * The VM calls only work inside a vcreate process, so every test starts
 * workers with vm_spawn and waits for them with vm_reap, which returns
 * only once each worker is dead AND its address space has been torn down
 * by the pager (prvm is cleared last), so counters read after it are the
 * final ones.  Workers report through CHECK (the framework's failure count
 * is global) and through flags the test reads afterwards.
 */

#ifndef _TEST_VM_H_
#define _TEST_VM_H_

#define	VW_PRIO		INITPRIO	/* priority of worker processes	*/
#define	VW_STK		16384		/* a worker's stack		*/
#define	VW_LIMIT_MS	20000		/* longest wait for workers	*/
#define	VW_POLL_MS	2		/* how often the waiter looks	*/
#define	VW_MAX		16		/* most workers one test starts	*/

#define	VM_STRIDE	64		/* bytes between checked words	*/
#define	VM_SPARSE	512		/* stride when every FFS frame
					   is filled (the zero-fill tests) */
#define	VM_EVERY	sizeof(uint32)	/* stride that checks every word */

/* The small configuration (FFS of 64 frames) swaps where the full one
   does not; tests scale their sizes or expectations by it */
#define	VM_SMALL	(MAX_FFS_SIZE < 1024)

/* Heap page n of a fresh process */
#define	VA(n)		((char *)(VHEAP_START + (uint32)(n) * PAGE_SIZE))
#define	NPG(n)		((uint32)(n) * PAGE_SIZE)	/* bytes of n pages */

/* vmalloc's failure value, and the counters' one */
#define	VMERR		((char *)SYSERR)
#define	CNTERR		((uint32)SYSERR)

/* Everything a failed call must leave as it was */
struct	vmsnap {
	uint32	avp;			/* allocated_virtual_pages	*/
	uint32	used;			/* used_ffs_frames		*/
	uint32	uswap;			/* used_swap_frames		*/
	uint32	ffs;			/* free_ffs_pages		*/
	uint32	swap;			/* free_swap_pages		*/
	uint32	pt;			/* free_pt_frames		*/
	uint32	heap;			/* memfree			*/
	int32	nproc;			/* prcount			*/
};

extern	void	vm_snap(struct vmsnap *, pid32);
extern	void	vm_checksnap(struct vmsnap *, pid32, const char *, int32);
#define	CHECK_SNAP(s, pid)	vm_checksnap((s), (pid), __FILE__, __LINE__)

extern	pid32	vm_spawn(void *, uint32, uint32, uint32);
extern	pid32	vm_spawn_at(void *, uint32, pri16, uint32, uint32);
extern	bool8	vm_reap(pid32 *, int32);
extern	bool8	vm_run(void *, uint32, uint32);
extern	void	vm_nocreate(pid32, const char *, int32);
#define	CHECK_NOCREATE(call)	vm_nocreate((call), __FILE__, __LINE__)

extern	uint32	vm_pattern(uint32, uint32, uint32);
extern	void	vm_fillstride(char *, uint32, uint32, uint32);
extern	int32	vm_verifystride(char *, uint32, uint32, uint32);
extern	void	vm_fill(char *, uint32, uint32);
extern	int32	vm_verify(char *, uint32, uint32);
extern	int32	vm_nonzero(char *, uint32, uint32);

#endif /* _TEST_VM_H_ */
