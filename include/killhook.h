/* killhook.h - cleanup hooks that kill runs (system/killhook.c)
 *
 * A kernel service that holds resources or global state across a point
 * where its caller may block or be preempted (and so be killed there)
 * pushes a hook for the caller while it holds them and pops it when it
 * gives them back.  kill runs the victim's hooks, newest first, with
 * interrupts off and rescheduling deferred, before the process is freed.
 * A hook must not block; it may kill (another process), freemem and
 * restore global state.  A hook record lives in kernel memory (a global,
 * or a kernel-heap block the service owns), never on a virtual stack:
 * kill may run in another address space.  Push and pop in the same
 * critical section as taking and giving back what the hook releases.
 */

#ifndef _KILLHOOK_H_
#define _KILLHOOK_H_

struct	killhook {
	struct	killhook *next;		/* the process's older hooks	*/
	void	(*fn)(struct killhook *, pid32);	/* what kill runs */
};

extern	void	killhook_push(struct killhook *);
extern	void	killhook_pop(struct killhook *);
extern	void	killhook_run(pid32);

#endif /* _KILLHOOK_H_ */
