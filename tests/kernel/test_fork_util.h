/* test_fork_util.h - helpers of the fork tests (test_fork_*.c)
 *
 * The fork tests are written as users write them: a vcreate process
 * fills memory with plain loops, forks, and parent and children tell
 * each other how they did with send and receive.  Xinu's mailbox holds
 * one message and kill sends a dying child's pid to its parent, so a
 * report may find the mailbox full (the child retries, ft_tell) and a
 * parent must skip death notices (pids, below NPROC) when it waits for
 * a report (ft_hear).  Reports are FT_MSG plus a 16-bit value.
 *
 * Every wait is on a state, with FT_HANG_MS as a hang limit: it is not a
 * speed (CI machines are loaded), only the point where a test gives up.
 */

#ifndef _TEST_FORK_UTIL_H_
#define _TEST_FORK_UTIL_H_

#define	FT_HANG_MS	300000		/* a wait this long is a hang	*/
#define	FT_POLL_MS	2		/* how often a waiter looks	*/
#define	FT_TEST_MS	900000		/* a fork test's own time limit	*/
#define	FT_STK		16384		/* a worker's stack		*/

#define	FT_MSG		0x7E570000	/* a report: FT_MSG | value	*/
#define	FT_VALMASK	0x0000FFFF
#define	FT_IS(m)	(((m) & ~FT_VALMASK) == FT_MSG)
#define	FT_OK		(FT_MSG | 0x600D)	/* all checks passed	*/
#define	FT_BAD		(FT_MSG | 0x0BAD)	/* a check failed	*/
#define	FT_GO		(FT_MSG | 0x0060)	/* go on to the next step */
#define	FT_VERDICT(ok)	((ok) ? FT_OK : FT_BAD)

/* fork takes no FFS frame and no slot; a few may move for reasons of
   its own (the zero-fill pool), never one per shared page */
#define	FT_FORK_SLACK	4

extern	void	ft_tell(pid32, umsg32);
extern	umsg32	ft_hear(void);
extern	bool8	ft_reap(pid32 *, int32);
extern	bool8	ft_run(void *, uint32, uint32);
extern	bool8	ft_waitstate(pid32, uint16);
extern	void	ft_fill(char *, uint32, uint32, uint32);
extern	int32	ft_bad(char *, uint32, uint32, uint32);

#endif /* _TEST_FORK_UTIL_H_ */
