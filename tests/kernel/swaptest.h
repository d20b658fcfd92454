/* swaptest.h - shared helpers of the swap tests (test_swap*.c)
 *
 * The swap tests run only on the small configuration (MAX_FFS_SIZE <= 256)
 * where exhausting the FFS and the swap region is cheap.  Memory is
 * touched by vcreate processes ("workers"); the test process itself is
 * create()d and has no heap.  A worker writes a pattern that encodes
 * (pid, page, generation) into every word of a page and verifies all
 * words when it reads the page back, so data that was lost, mixed up
 * between pages or processes, or left stale is caught.
 *
 * A worker's job and results live in kernel-region globals (mapped in
 * every address space), never on a worker's stack, which only its own
 * directory maps.
 */

#ifndef _SWAPTEST_H_
#define _SWAPTEST_H_

#if MAX_FFS_SIZE <= 256

#define	SW_NFFS		MAX_FFS_SIZE
#define	SW_NSWAP	MAX_SWAP_SIZE
#define	SW_CAPACITY	(MAX_FFS_SIZE + MAX_SWAP_SIZE)	/* pages held at most */
#define	SW_MAXPAGES	SW_CAPACITY	/* pages a worker tracks at most */
#define	SW_WORDS	(PAGE_SIZE / sizeof(uint32))
#define	SW_STK		16384		/* worker stack (bytes)		*/
#define	SW_TINYSTK	2000		/* what some users ask for	*/
#define	SW_PRIO		INITPRIO	/* same as the test: round robin */
#define	SW_MAXJOBS	8		/* workers in one test at most	*/
#define	SW_POLL_MS	5		/* how often the test looks	*/
#define	SW_JOIN_MS	20000		/* a worker's time limit	*/
#define	SW_PAGE(base, p) ((uint32 *)((base) + (uint32)(p) * PAGE_SIZE))

/* What a worker is asked to do, and what it reports */
struct	swjob {
	int32	npages;			/* heap pages of its main range	*/
	int32	nops;			/* random read/write operations	*/
	uint32	seed;			/* its own random sequence	*/
	int32	arg;			/* test-specific		*/
	uint32	ssize;			/* stack asked for (0: SW_STK)	*/
	/* reported by the worker */
	volatile int32	errors;		/* words that read back wrong	*/
	volatile int32	progress;	/* page operations done		*/
	volatile int32	stage;		/* test-specific milestones	*/
	volatile int32	switches;	/* times it saw another worker run */
	volatile bool8	done;		/* reached its end		*/
	pid32	pid;
};

extern	struct	swjob	swjobs[SW_MAXJOBS];
extern	int32	vm_policy;		/* paging/vm_getframe.c		*/

extern	uint32	sw_rand(uint32 *);
extern	void	sw_perm(uint16 *, int32, uint32 *);
extern	void	sw_write(struct swjob *, char *, int32, uint32);
extern	int32	sw_verify(struct swjob *, char *, int32, uint32);
extern	void	sw_exercise(struct swjob *, char *, int32, uint8 *);
extern	void	sw_jobs_reset(void);
extern	pid32	sw_start(void *, int32, char *);
extern	status	sw_join(pid32, int32);
extern	void	sw_run_one(void *, int32, char *, int32);
extern	void	sw_run_job(void *, int32, char *, int32);
extern	char	*sw_fill(struct swjob *, uint8 *, uint32);
extern	void	sw_await_level(struct swjob *, int32);
extern	bool8	sw_await_stage(int32, int32, int32);
extern	void	sw_killall(void);
extern	int32	sw_frame_of(pid32, char *, int32);
extern	int32	sw_slot_of(pid32, char *, int32);

#endif /* MAX_FFS_SIZE <= 256 */
#endif /* _SWAPTEST_H_ */
