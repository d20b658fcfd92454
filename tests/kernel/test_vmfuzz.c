/* test_vmfuzz.c - the VM fuzzer in the suite: 10^4 operations under each
 *		   policy, in whichever configuration the suite is built
 *
 * Fixed seeds, so CI runs the same operations every time (vmfuzz prints
 * the seed and step of a failure; `vmfuzz SEED STEP+1 NPROCS FLAGS` in the
 * shell replays it).  Every operation runs: those that hit the bugs of
 * issue 10 (VMFZ_BUGS, fixed) and the sharing ones (VMFZ_SHARE).
 */

#include <xinu.h>
#include "testsuite.h"

#define	FZT_OPS		10000		/* operations per run		*/
#define	FZT_PROCS	4		/* workers			*/
#define	FZT_LIMIT_MS	600000		/* hang limit of one test	*/
/* The operations that found the bugs of issue 10 (all fixed) stay in
   the repertoire, and the sharing ones (fork, mmap, munmap, mprotect,
   MAP_SHARED memory across fork; docs/reliability.md, Flags) run too */
#define	FZT_FLAGS	(VMFZ_BUGS | VMFZ_SHARE)
/* Invariants after every step in the small configuration; vmcheck walks
   16 times as many frames in the default one, so there every 16 steps */
#define	FZT_EVERY	(MAX_FFS_SIZE <= VMFZ_WLFFS ? 1 : 16)

/* One pinned-policy run */
static	void	fzt_run(uint32 seed, int32 policy)
{
	uint32	flags = FZT_EVERY | FZT_FLAGS | VMFZ_PIN
			| ((uint32)policy << VMFZ_POLSHIFT);

	CHECK_EQ(vmfuzz(seed, FZT_OPS, FZT_PROCS, flags), OK);
}

TESTCASE_T(vmfuzz_random, FZT_LIMIT_MS) { fzt_run(101, RANDOM); }
TESTCASE_T(vmfuzz_fifo, FZT_LIMIT_MS) { fzt_run(202, FIFO); }
TESTCASE_T(vmfuzz_clock, FZT_LIMIT_MS) { fzt_run(303, CLOCK); }

/* Policy switches among the operations, eight workers */
TESTCASE_T(vmfuzz_switching, FZT_LIMIT_MS)
{
	CHECK_EQ(vmfuzz(404, FZT_OPS / 4, 2 * FZT_PROCS,
		FZT_EVERY | FZT_FLAGS), OK);
}

/* Bad arguments: SYSERR, and nothing started */
TESTCASE(vmfuzz_badargs)
{
	int32	n = prcount;

	CHECK_EQ(vmfuzz(1, 0, FZT_PROCS, 0), SYSERR);
	CHECK_EQ(vmfuzz(1, 10, 0, 0), SYSERR);
	CHECK_EQ(vmfuzz(1, 10, VMFZ_MAXPROCS + 1, 0), SYSERR);
	CHECK_EQ(vmfuzz(1, 10, FZT_PROCS, 3 << VMFZ_POLSHIFT), SYSERR);
	CHECK_EQ(prcount, n);
}
