/* test_user_progs.c - user programs that exercise the system calls
 *
 * The (15) larger tests, written as user programs (user/ugrow.c,
 * user/uforkexec.c with user/uexit.c, user/umix.c, user/cowdemo.c): each
 * exits with 0 when all its checks passed, else with the count of
 * failures, one line printed per failure.  A test runs the program to its
 * end and checks its exit status; the runner then checks that the heap,
 * the pools and the process count are back.  What is checked on the small
 * configuration (VM_SMALL: 64 FFS frames, 256 swap slots, 64 PD/PT
 * frames) is said at each test.
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"

#define	UP_PRIO		INITPRIO

/* Start program argv[0] with its arguments; its pid (resumed) or SYSERR */
local	pid32	ustart(int32 argc, char **argv)
{
	pid32	pid = ucreate(argv[0], UP_PRIO, argc, argv);

	CHECK(pid != SYSERR);
	if (pid != SYSERR) {
		resume(pid);
	}
	return pid;
}

/* Run program argv[0] with its arguments to its end; its exit status */
local	int32	urun(int32 argc, char **argv)
{
	pid32	pid = ustart(argc, argv);

	if (pid == SYSERR) {
		return SYSERR;
	}
	CHECK(vm_reap(&pid, 1));
	return uexitstatus(pid);
}

/*------------------------------------------------------------------------
 * sbrk-style growth (user/ugrow.c): the heap grown by vmalloc to 100 MiB
 * with every page touched, shrunk from the top, grown again (zeros); ten
 * children each growing until vmalloc refuses (virtual pages and page
 * tables run out), then touching a few pages; the FFS and swap counts
 * back after them, and the parent still allocates.
 * Full configuration: 100 MiB (25600 pages: FFS full, the rest swapped),
 * ten children required.  Small: 3/4 of the free frames and slots
 * (224 pages: 316 free), ten children as well (the 64 PD/PT frames hold
 * eleven such address spaces; the children then share what is left).
 *------------------------------------------------------------------------
 */
TESTCASE_T(user_sbrk_growth_and_children_until_refused, 120000)
{
	char	*argv[] = { "ugrow", "10", "10" };

	CHECK_EQ(urun(3, argv), 0);
	CHECK_EQ(vmcheck(), OK);
}

/*------------------------------------------------------------------------
 * fork + exec + exit from a user program (user/uforkexec.c): children
 * exec user/uexit.c (its exit code reported), uforkexec itself (the new
 * image sees neither the old global nor the old heap), user/utest.c; the
 * parent gets each report and each death notice; bad exec calls return
 * SYSERR and change nothing.  The same on both configurations.
 *------------------------------------------------------------------------
 */
TESTCASE(user_fork_exec_exit)
{
	char	*argv[] = { "uforkexec", "9" };

	CHECK_EQ(urun(2, argv), 0);
	CHECK_EQ(vmcheck(), OK);
}

/*------------------------------------------------------------------------
 * Many user programs at once, each a seeded mix of every system call
 * (user/umix.c, forks included): all end with 0, and the runner checks
 * that everything came back.  Full configuration: 50 at once.  Small: 8
 * (its 64 PD/PT frames hold about a dozen address spaces; forks and
 * allocations refused for want of room are allowed by umix).
 *------------------------------------------------------------------------
 */
#define	UMIX_N		(VM_SMALL ? 8 : 50)
#define	UMIX_MAX	50
#define	UMIX_OPS	"40"

TESTCASE_T(user_fifty_programs_mixing_every_call, 120000)
{
	static	char	seeds[UMIX_MAX][12];
	char	*argv[3];
	pid32	pids[UMIX_MAX];
	int32	i, bad = 0, n = prcount;

	for (i = 0; i < UMIX_N; i++) {
		sprintf(seeds[i], "%d", i);
		argv[0] = "umix";
		argv[1] = seeds[i];
		argv[2] = UMIX_OPS;
		pids[i] = ucreate("umix", UP_PRIO, 3, argv);
		CHECK(pids[i] != SYSERR);
	}
	for (i = 0; i < UMIX_N; i++) {		/* all start together	*/
		if (pids[i] != SYSERR) {
			resume(pids[i]);
		}
	}
	CHECK(vm_reap(pids, UMIX_N));
	for (i = 0; i < UMIX_N; i++) {
		if (pids[i] != SYSERR && uexitstatus(pids[i]) != 0) {
			t_fail("umix %d (pid %d) ended with %d", i, pids[i],
				uexitstatus(pids[i]));
			bad++;
		}
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ(prcount, n);
	CHECK_EQ(vmcheck(), OK);
}

/*------------------------------------------------------------------------
 * The demo (user/cowdemo.c): children share a buffer
 * copy-on-write, each writes its own page, the parent's is unchanged
 *------------------------------------------------------------------------
 */
TESTCASE(user_cowdemo)
{
	char	*argv[] = { "cowdemo", "4" };

	CHECK_EQ(urun(2, argv), 0);
	CHECK_EQ(vmcheck(), OK);
}
