/* killhook.c - killhook_push, killhook_pop, killhook_run */

#include <xinu.h>

/* Each process's hooks, newest first (see killhook.h) */
static	struct	killhook *killhooks[NPROC];

/*------------------------------------------------------------------------
 * killhook_push - run h->fn if the current process is killed before it
 *		   pops h
 *------------------------------------------------------------------------
 */
void	killhook_push(struct killhook *h)
{
	intmask	mask = disable();

	h->next = killhooks[currpid];
	killhooks[currpid] = h;
	restore(mask);
}

/*------------------------------------------------------------------------
 * killhook_pop - the current process no longer needs hook h (not run)
 *------------------------------------------------------------------------
 */
void	killhook_pop(struct killhook *h)
{
	intmask	mask = disable();
	struct	killhook **pp;

	for (pp = &killhooks[currpid]; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == h) {
			*pp = h->next;
			break;
		}
	}
	restore(mask);
}

/*------------------------------------------------------------------------
 * killhook_run - kill: run and forget pid's hooks, newest first
 *		  (interrupts off)
 *------------------------------------------------------------------------
 */
void	killhook_run(pid32 pid)
{
	struct	killhook *h;

	while ((h = killhooks[pid]) != NULL) {
		killhooks[pid] = h->next;	/* a hook runs only once */
		h->fn(h, pid);
	}
}
