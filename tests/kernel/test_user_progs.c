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
