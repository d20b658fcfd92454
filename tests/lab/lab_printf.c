/* lab_printf.c - sync_printf, worker, many, main: the print wrapper
 *
 * Course programs print through a wrapper that forwards its varargs with
 * __builtin_apply, which copies a fixed 100 bytes of the caller's argument
 * area, whatever the call passed.  Called from the first function of a
 * process, those 100 bytes run past the process's first frame, so every
 * stack (vcreate and create) needs mapped slack above it.  The workers
 * get 2000-byte stacks and their arguments through vcreate/create, and
 * print from their first function; `many` forwards 10 arguments.
 *
 * Expected output (lab_printf.expected), derived from Xinu's rules:
 * main (INITPRIO 20) resumes a worker of priority 10, which runs only
 * when main blocks in receive().  The worker prints, busy-waits and sends
 * main n * 10: main, of higher priority, takes the message at once and
 * prints it; when the worker returns, kill sends main its pid (Xinu's
 * kill), which main prints.  Pids are placeholders: main <a>, the
 * workers <b> <c> <d> <e> in creation order.
 */

#include <xinu.h>
#include <paging.h>

/* The course's wrapper, as students write it */
void	sync_printf(char *fmt, ...)
{
	intmask	m = disable();
	void	*a = __builtin_apply_args();

	__builtin_apply((void *)kprintf, a, 100);
	restore(m);
}

process	worker(pid32 parent, int n, char c)
{
	int	j;

	sync_printf("worker %d: got '%c', I am P%d\n", n, c, getpid());
	for (j = 0; j < 100000; j++);
	send(parent, n * 10);
	return OK;
}

process	many(void)
{
	sync_printf("many: %d %d %d %d %d %d %d %d %d %s\n", 1, 2, 3, 4, 5,
		6, 7, 8, 9, "ten");
	return OK;
}

/* Run one child to its end, printing what main receives */
void	collect(pid32 pid, int nmsgs)
{
	umsg32	msg;

	resume(pid);
	if (nmsgs > 0) {
		msg = receive();
		sync_printf("main: P%d sent %d\n", pid, msg);
	}
	msg = receive();
	sync_printf("main: P%d ended\n", msg);
}

process	main(void)
{
	pid32	me = getpid();

	sync_printf("main P%d: starting\n", me);
	collect(vcreate(worker, 2000, 10, "w1", 3, me, 1, 'x'), 1);
	collect(vcreate(worker, 2000, 10, "w2", 3, me, 2, 'y'), 1);
	collect(vcreate(many, 2000, 10, "many", 0), 0);
	collect(create(worker, 2000, 10, "w3", 3, me, 3, 'z'), 1);
	sync_printf("main: done, %d %s\n", 42, "bye");
	return OK;
}
