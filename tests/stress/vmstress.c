/* vmstress.c - main (of the `make stress` kernel)
 *
 * Runs the VM fuzzer for STRESS_OPS operations in all: one run per
 * policy (RANDOM, FIFO, CLOCK) with STRESS_PROCS workers whose demand is
 * 4x the FFS, then one with policy switches among the operations.  The
 * seeds come from mk/stress.mk (random unless STRESS_SEED is given) and
 * each run prints its own, its operations per second and the invariants
 * it checked.  Ends with "N passed, N failed" (one line per run).
 */

#include <xinu.h>

#ifndef STRESS_SEED
#define	STRESS_SEED	1
#endif
#ifndef STRESS_OPS
#define	STRESS_OPS	1000000
#endif
#ifndef STRESS_PROCS
#define	STRESS_PROCS	8
#endif
#ifndef STRESS_EVERY
#define	STRESS_EVERY	8		/* invariants every N steps	*/
#endif
#ifndef STRESS_FLAGS
#define	STRESS_FLAGS	0		/* e.g. VMFZ_BUGS once fixed	*/
#endif

#define	STRESS_RUNS	4		/* three pinned, one switching	*/
#define	STRESS_SEEDSTEP	0x9E3779B9	/* seeds of the runs after the first */

process	main(void)
{
	static	const	int32	pol[STRESS_RUNS - 1] = { RANDOM, FIFO, CLOCK };
	uint32	flags, seed, nops, t0, t;
	int32	i, passed = 0, failed = 0;

	t0 = uptime();
	for (i = 0; i < STRESS_RUNS; i++) {
		seed = STRESS_SEED + i * STRESS_SEEDSTEP;
		flags = STRESS_EVERY | VMFZ_DEMAND4 | STRESS_FLAGS;
		if (i < STRESS_RUNS - 1) {
			flags |= VMFZ_PIN | ((uint32)pol[i] << VMFZ_POLSHIFT);
		}
		nops = STRESS_OPS / STRESS_RUNS
			+ (i == 0 ? STRESS_OPS % STRESS_RUNS : 0);
		t = uptime();
		if (vmfuzz(seed, nops, STRESS_PROCS, flags) == OK) {
			kprintf("PASS stress run %d: seed %u, %u operations,"
				" %u ms\n", i, seed, nops, uptime() - t);
			passed++;
		} else {
			kprintf("FAIL stress run %d: seed %u\n", i, seed);
			failed++;
		}
	}
	kprintf("stress: %u operations in %u ms\n", STRESS_OPS, uptime() - t0);
	kprintf("%d passed, %d failed\n", passed, failed);
	return OK;
}
