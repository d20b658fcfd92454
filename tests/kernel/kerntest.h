/* kerntest.h - constants and helpers shared by the base-kernel tests
 *
 * The tests of the scheduler, semaphores, messages, clock, heap, process
 * calls and exceptions (test_sched.c ... test_exc.c) start children whose
 * priority is chosen relative to the test process, which runs at INITPRIO:
 * a KT_HIPRIO child runs the moment it is made ready, so a test knows what
 * has happened when the call that readied it returns; a KT_LOPRIO child
 * runs only while the test is blocked.  Every test kills or waits for each
 * child it makes, so testmain finds the heap and process count unchanged.
 */

#ifndef _KERNTEST_H_
#define _KERNTEST_H_

#define	KT_HIPRIO	(INITPRIO + 10)	/* runs at once when made ready	*/
#define	KT_LOPRIO	(INITPRIO - 10)	/* runs only when the test blocks */
#define	KT_TOPPRIO	(INITPRIO + 20)	/* test outranks every child	*/

/* Time.  The suite runs under QEMU TCG on shared, loaded hosts: ticks of
   the emulated PIT come late or in bursts, and a process may get almost
   no instructions done between two ticks.  So no test bounds how long
   something takes.  What the kernel promises is counted in ticks: a
   sleep of d ms wakes the process on the d-th tick after the call
   (kt_sleepticks measures exactly that), and a call that must not block
   leaves a process below the test unrun (kt_bystander).  Waits for an
   event poll its state and give up only after KT_HANG_MS, a bound that
   catches hangs, never slowness. */
#define	KT_HANG_MS	30000		/* a wait this long is a hang	*/
#define	KT_LIMIT_MS	60000		/* time limit of one test	*/
#define	KT_LONG_MS	120000		/* ... of the 1000-cycle tests	*/

#define	KT_LOGMAX	32		/* entries in the order log	*/
#define	KT_NEVER	10000		/* a delay (ms) no test waits out */

/* Order log: children append a tag as they run */
extern	volatile int32	kt_log[];
extern	volatile int32	kt_nlog;
extern	void	kt_logreset(void);
extern	void	kt_logadd(int32);

/* Children: one logs its tag and ends, one counts until it is killed */
extern	process	kt_logger(int32);
extern	process	kt_counter(volatile uint32 *);

extern	pid32	kt_freepid(void);
extern	bool8	kt_onqueue(pid32, qid16);
extern	int32	kt_nfreeblocks(void);
extern	bool8	kt_isfree(char *, uint32);
extern	void	kt_spin(uint32);
extern	uint32	kt_sleepticks(int32);
extern	pid32	kt_bystander(volatile uint32 *);
extern	void	kt_bystander_stop(pid32);
extern	bool8	kt_waitchange(volatile uint32 *, uint32);

#endif /* _KERNTEST_H_ */
