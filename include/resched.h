/* resched.h - rescheduling deferral */

#ifndef _RESCHED_H_
#define _RESCHED_H_

#define	DEFER_START	1	/* start deferred rescheduling		*/
#define	DEFER_STOP	2	/* stop  deferred rescheduling		*/

struct	defer	{
	int32	ndefers;	/* number of outstanding defers		*/
	bool8	attempt;	/* was resched called during the deferral? */
};

extern	struct	defer	Defer;

#endif /* _RESCHED_H_ */
