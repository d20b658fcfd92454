/* memmap_watchloop.c - memmap_watchloop */

#include <xinu.h>
#include <memmap.h>
#include "../paging/vmint.h"

/*
 * The live view redraws the map in place: each frame starts with the
 * cursor at home, ends every line with "clear to end of line" (a line
 * that got shorter leaves nothing behind) and its last line with "clear
 * to the end of the screen".  Nothing scrolls because a frame has a bounded
 * height: each region takes at most MM_WROWS rows, so one symbol stands
 * for a group of frames (or pages) when the region is large.  A group
 * shows its commonest symbol other than "free"; only a group with
 * nothing in use shows as free, so a single page in use is never hidden
 * (the status line gives the exact counts).
 *
 * The console is put in cbreak mode without echo so that any one key
 * ends the view; the mode is given back (cooked, echo) when the view
 * ends, also when it is killed (a kill hook), because the shell reads
 * its lines in that mode.
 */

#define	MM_ESC_HOME	"\033[H"
#define	MM_ESC_CLS	"\033[2J"
#define	MM_ESC_EOL	"\033[K"
#define	MM_ESC_EOS	"\033[J"

/* What the view holds while it runs: one kernel-heap block, freed by
   the view or, if it is killed, by its kill hook (killhook.h) */
struct	mmwatch	{
	struct	killhook hook;		/* first: the hook is the block	*/
	did32	in;			/* the device a key comes from	*/
	char	*buf;			/* the map (and owners)		*/
	uint32	bufsize;		/* its size, 0 if none		*/
	uint32	faults;			/* faults at the last frame	*/
	uint32	ticks;			/* clkticks at the last frame	*/
};

/* Faults resolved since boot: zero-fills and swap-ins */
static	uint32	mm_faults(void)
{
	return vmtotals.zfaults + vmtotals.swapins;
}

/* Give back what the view holds (interrupts off in a kill hook) */
static	void	mm_release(struct mmwatch *w)
{
	control(w->in, TC_MODEC, 0, 0);
	control(w->in, TC_ECHO, 0, 0);
	if (w->bufsize > 0) {
		freemem(w->buf, w->bufsize);
	}
	freemem((char *)w, sizeof(struct mmwatch));
}

/* Kill hook: the view was killed while it ran */
static	void	mm_watchkilled(struct killhook *h, pid32 pid)
{
	mm_release((struct mmwatch *)h);
}

/* Make the map buffer at least size bytes; FALSE if memory is short */
static	bool8	mm_bufsize(struct mmwatch *w, uint32 size)
{
	char	*nb;
	intmask	mask;

	if (w->bufsize >= size) {
		return TRUE;
	}
	nb = getmem(size);
	if (nb == (char *)SYSERR) {
		return FALSE;
	}
	mask = disable();		/* the hook sees old or new, whole */
	if (w->bufsize > 0) {
		freemem(w->buf, w->bufsize);
	}
	w->buf = nb;
	w->bufsize = size;
	restore(mask);
	return TRUE;
}

/* End a line of the frame: clear what an older, longer line left */
static	void	mm_eol(void)
{
	printf(MM_ESC_EOL "\n");
}

/* The symbol shown for group [first, first + len) of a map */
static	char	mm_group(const char *map, uint32 first, uint32 len)
{
	uint16	cnt[128];
	uint32	i;
	char	best = MM_FREE;
	byte	c;

	memset(cnt, 0, sizeof(cnt));
	for (i = first; i < first + len; i++) {
		c = (byte)map[i] & 0x7f;
		if (c == MM_FREE || c == MM_ZERO) {
			continue;
		}
		if (++cnt[c] > cnt[(byte)best]) {
			best = (char)c;
		}
	}
	if (best == MM_FREE && len > 0 && map[first] == MM_ZERO) {
		best = MM_ZERO;		/* all free: say if zeroed	*/
	}
	return best;
}

/* Print a map of n symbols starting at address base, one symbol per
   unit bytes, in MM_WROWS rows at most */
static	void	mm_wrows(const char *title, const char *map, uint32 n,
			uint32 base, uint32 unit, const char *what)
{
	uint32	per, i, col, grp;
	char	line[MM_ROW + 1];

	per = (n + MM_WROWS * MM_ROW - 1) / (MM_WROWS * MM_ROW);
	if (per == 0) {
		per = 1;
	}
	printf("%s: %u %s, %u per symbol", title, n, what, per);
	mm_eol();
	for (i = 0; i < n; ) {
		printf("0x%08x ", base + i * unit);
		for (col = 0; col < MM_ROW && i < n; col++, i += grp) {
			grp = (n - i < per) ? n - i : per;
			line[col] = mm_group(map, i, grp);
		}
		line[col] = NULLCH;
		printf("%s", line);
		mm_eol();
	}
}

/* The status line: interval, policy, pools, fault rate */
static	void	mm_status(struct mmwatch *w, int32 secs)
{
	uint32	f, t, rate;

	f = mm_faults();
	t = clkticks;
	rate = (t != w->ticks) ? (f - w->faults) * 1000 / (t - w->ticks) : 0;
	w->faults = f;
	w->ticks = t;
	printf("memmap -w %d: policy %s, FFS %u/%u free, swap %u/%u free, "
		"%u faults/s", secs, vmwl_polname(vm_policy),
		free_ffs_pages(), MAX_FFS_SIZE, free_swap_pages(),
		MAX_SWAP_SIZE, rate);
	mm_eol();
}

/* One frame of the physical view */
static	status	mm_physframe(struct mmwatch *w)
{
	struct	mmphys	st;
	char	*map;
	byte	*owner;
	pid32	pid;
	int32	i, shown = 0;
	bool8	held[NPROC];
	char	name[PNMLEN];
	intmask	mask;

	if (!mm_bufsize(w, 2 * MM_NFRAMES)) {
		return SYSERR;
	}
	map = w->buf;
	owner = (byte *)map + MM_NFRAMES;
	memmap_snapshot(map, owner, &st);
	mm_wrows("PD/PT", map + MM_PT_OFF, MAX_PT_SIZE, PT_REGION_BASE,
		PAGE_SIZE, "frames");
	mm_wrows("FFS", map + MM_FFS_OFF, MAX_FFS_SIZE, FFS_REGION_BASE,
		PAGE_SIZE, "frames");
	mm_wrows("swap", map + MM_SWAP_OFF, MAX_SWAP_SIZE, SWAP_REGION_BASE,
		PAGE_SIZE, "slots");

	/* Name the owners the map shows */
	memset(held, 0, sizeof(held));
	for (i = 0; i < MM_NFRAMES; i++) {
		if (owner[i] < NPROC) {
			held[owner[i]] = TRUE;
		}
	}
	printf("owners:");
	for (pid = 0; pid < NPROC; pid++) {
		if (!held[pid]) {
			continue;
		}
		mask = disable();
		strncpy(name, proctab[pid].prstate == PR_FREE ? "(exiting)"
			: proctab[pid].prname, PNMLEN);
		restore(mask);
		name[PNMLEN - 1] = NULLCH;
		printf(" %c=pid %d %s", memmap_pidchar(pid), pid, name);
		shown++;
	}
	if (shown == 0) {
		printf(" none");
	}
	mm_eol();
	printf("legend: . free  Z free, zeroed  K kernel tables  "
		"T process tables  S shared");
	mm_eol();
	return OK;
}

/* One frame of the virtual view of pid; MM_NOVM or SYSERR if it has no
   address space or is gone */
static	int32	mm_virtframe(struct mmwatch *w, pid32 pid)
{
	struct	mmvirt	st;
	uint32	nheap;
	int32	rc;
	char	name[PNMLEN];
	intmask	mask;

	rc = memmap_vsnapshot(pid, NULL, 0, NULL, &st);
	if (rc != OK) {
		printf("pid %d has ended", pid);
		mm_eol();
		return rc;
	}
	nheap = (st.heaptop - VHEAP_START) / PAGE_SIZE;
	if (nheap > MM_HEAPMAX) {
		nheap = MM_HEAPMAX;
	}
	if (!mm_bufsize(w, nheap + MM_STKMAP)) {
		printf("memmap: not enough memory for the map");
		mm_eol();
		return SYSERR;
	}
	/* The heap may have grown since the first look: the map shows
	   the pages that fit, the counts cover all */
	rc = memmap_vsnapshot(pid, w->buf + MM_STKMAP, nheap, w->buf, &st);
	if (rc != OK) {
		printf("pid %d has ended", pid);
		mm_eol();
		return rc;
	}
	mask = disable();
	strncpy(name, proctab[pid].prname, PNMLEN);
	restore(mask);
	name[PNMLEN - 1] = NULLCH;
	printf("pid %d (%s): %u heap pages allocated, %u resident, "
		"%u swapped, %u slots", pid, name, st.c_alloc, st.c_resident,
		st.c_swapped, st.c_slots);
	mm_eol();
	if (nheap > 0) {
		mm_wrows("heap", w->buf + MM_STKMAP, nheap, VHEAP_START,
			PAGE_SIZE, "pages");
	} else {
		printf("heap: nothing allocated");
		mm_eol();
	}
	mm_wrows("stack", w->buf, st.stkshown, st.stkview, PAGE_SIZE,
		"pages");
	printf("legend: R resident  W swapped out  a allocated, untouched  "
		". not allocated  G guard  s stack");
	mm_eol();
	printf("        C copy-on-write  S MAP_SHARED  r read-only  "
		"- no access");
	mm_eol();
	return OK;
}

/* Has the view's reason to run gone (the watched or owning process)? */
static	bool8	mm_gone(pid32 pid)
{
	return pid != MM_WATCHPHYS && pid != MM_NOWATCHER
		&& proctab[pid].prstate == PR_FREE;
}

/*------------------------------------------------------------------------
 * memmap_watchloop - draw the live view of memory (physical view for
 *	pid MM_WATCHPHYS, else the virtual view of pid) every secs
 *	seconds until a key is read from stdin, the watched process ends,
 *	or the process owner (MM_NOWATCHER: none) ends.  Returns OK when
 *	it ended so; SYSERR for bad arguments or a process without an
 *	address space (nothing drawn then), or when the view stopped
 *	because the watched process ended or memory ran short (a line
 *	of the last frame says which).
 *------------------------------------------------------------------------
 */
int32	memmap_watchloop(
	  int32		secs,		/* interval in seconds		*/
	  pid32		pid,		/* process, or MM_WATCHPHYS	*/
	  pid32		owner		/* end with it, or MM_NOWATCHER	*/
	)
{
	struct	mmwatch	*w;
	struct	mmvirt	st;
	int32	rc, waited, c;
	intmask	mask;

	if (secs < 1 || secs > MM_WATCHMAX) {
		return SYSERR;
	}
	if (pid != MM_WATCHPHYS
	    && memmap_vsnapshot(pid, NULL, 0, NULL, &st) != OK) {
		return SYSERR;
	}
	w = (struct mmwatch *)getmem(sizeof(struct mmwatch));
	if (w == (struct mmwatch *)SYSERR) {
		return SYSERR;
	}
	w->in = stdin;
	w->buf = NULL;
	w->bufsize = 0;
	w->faults = mm_faults();
	w->ticks = clkticks;
	w->hook.fn = mm_watchkilled;
	mask = disable();
	killhook_push(&w->hook);
	control(w->in, TC_MODEK, 0, 0);
	control(w->in, TC_NOECHO, 0, 0);
	restore(mask);

	printf(MM_ESC_CLS);
	rc = OK;
	c = SYSERR;
	while (rc == OK) {
		printf(MM_ESC_HOME);
		mm_status(w, secs);
		if (pid == MM_WATCHPHYS) {
			rc = mm_physframe(w);
		} else if (mm_virtframe(w, pid) != OK) {
			rc = SYSERR;
		}
		/* The last line clears the rest of the screen and ends
		   with a newline: whatever follows the view (a prompt, a
		   test's line) starts on a clean line of its own */
		printf("any key ends the view" MM_ESC_EOS "\n");
		for (waited = 0; rc == OK && waited < secs * 1000;
		     waited += MM_WPOLL) {
			if (control(w->in, TC_ICHARS, 0, 0) > 0) {
				c = getc(w->in);
				break;
			}
			if (mm_gone(pid) || mm_gone(owner)) {
				break;
			}
			sleepms(MM_WPOLL);
		}
		if (c != SYSERR || mm_gone(pid) || mm_gone(owner)) {
			break;
		}
	}
	if (rc != OK && pid == MM_WATCHPHYS) {
		printf("memmap: not enough memory for the map\n");
	}
	mask = disable();
	killhook_pop(&w->hook);
	mm_release(w);
	restore(mask);
	return rc;
}
