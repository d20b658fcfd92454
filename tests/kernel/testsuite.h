/* testsuite.h - the in-kernel test framework
 *
 * A test is written as
 *	TESTCASE(sem_basic) { ...; CHECK(x == 1); CHECK_EQ(a, b); }
 * The macro puts a descriptor into the "testcases" section, so adding a
 * test file needs no central table.  testmain runs every test in a process
 * of its own (so a test that faults fails alone), prints one PASS/FAIL line
 * per test and ends with "N passed, N failed".
 */

#ifndef _TESTSUITE_H_
#define _TESTSUITE_H_

struct	testcase {
	char	*name;
	void	(*fn)(void);
	int32	timeout_ms;		/* 0: the default time limit	*/
};

#define	TEST_DEFAULT_MS	60000		/* one test's default limit	*/

#define	TESTCASE_T(fn, ms)						\
	static void fn(void);						\
	static const struct testcase __tc_##fn				\
	__attribute__((used, section("testcases"), aligned(4))) =	\
		{ #fn, fn, (ms) };					\
	static void fn(void)

#define	TESTCASE(fn)	TESTCASE_T(fn, 0)

/* Checks record a failure (with file and line) and let the test go on */
#define	CHECK(c)	t_check((c) != 0, #c, __FILE__, __LINE__)
#define	CHECK_EQ(a, b)	t_check_eq((int32)(a), (int32)(b), #a " == " #b, \
				__FILE__, __LINE__)

extern	int32	t_check(int32, const char *, const char *, int32);
extern	int32	t_check_eq(int32, int32, const char *, const char *, int32);
extern	void	t_fail(const char *, ...);

/* Host interaction: print a line the host runner waits for, then read a
   line the runner types in (used by console-input tests) */
extern	int32	t_request_input(const char *, char *, int32);

#endif /* _TESTSUITE_H_ */
