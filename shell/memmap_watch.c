/* memmap_watch.c - memmap_watch */

#include <xinu.h>
#include <memmap.h>

/* The body of a memmap_watch process */
static	process	mm_watcher(int32 secs, pid32 pid, pid32 owner)
{
	memmap_watchloop(secs, pid, owner);
	return OK;
}

/*------------------------------------------------------------------------
 * memmap_watch - start the live view of memory in a process of its own,
 *	so a program can watch itself run: the physical view for pid
 *	MM_WATCHPHYS, else the virtual view of pid, redrawn every secs
 *	seconds.  The view ends when a key is pressed, when the watched
 *	process ends, when the caller ends, or when its pid is killed.
 *	Returns the view's pid, or SYSERR (secs outside 1..MM_WATCHMAX, pid
 *	neither MM_WATCHPHYS nor a process with an address space of its
 *	own, or no process could be created).
 *------------------------------------------------------------------------
 */
pid32	memmap_watch(
	  int32		secs,		/* interval, seconds		*/
	  pid32		pid		/* process, or MM_WATCHPHYS	*/
	)
{
	struct	mmvirt	st;
	pid32	w;

	if (secs < 1 || secs > MM_WATCHMAX) {
		return SYSERR;
	}
	if (pid != MM_WATCHPHYS
	    && memmap_vsnapshot(pid, NULL, 0, NULL, &st) != OK) {
		return SYSERR;
	}
	w = create((void *)mm_watcher, MM_WATCHSTK, MM_WATCHPRIO, "memmap -w",
		3, secs, pid, getpid());
	if (w == SYSERR) {
		return SYSERR;
	}
	resume(w);
	return w;
}
