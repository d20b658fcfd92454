/* xsh_memmap.c - xsh_memmap */

#include <xinu.h>
#include <shell.h>
#include <memmap.h>

/*
 * memmap [-n] [-a] [-r pt|ffs|swap] [-w [secs]] [pid]
 *
 * Without a pid: the physical view, one symbol per frame of the PD/PT
 * region, the FFS and the swap region (-r picks one of them).  With a
 * pid: the virtual view of that process's heap and stack.  Rows of one
 * symbol repeated are folded into a "..." line; -a prints every row.
 *
 * Colour: a serial line cannot tell whether a terminal is listening, so
 * the output is coloured (ANSI) whenever it goes to the console, and -n
 * gives plain characters (for logs, or a console that is no terminal).
 *
 * The tables are copied with interrupts off (memmap_snapshot and
 * memmap_vsnapshot) into a buffer taken from the kernel heap, then
 * printed with interrupts on; the totals come from the same copy, so
 * they describe the same moment as the map, and are the counters vmstat
 * prints.
 *
 * -w [secs] is the live view (memmap_watchloop.c), redrawn in place
 * every secs seconds until a key is pressed.
 */

#define	MM_ALLREGIONS	(-1)		/* -r not given			*/
#define	MM_NREGIONS	3
#define	MM_REG_PT	0
#define	MM_REG_FFS	1
#define	MM_REG_SWAP	2

/* The physical regions, in the order of the map */
static	const	struct	{
	char	*name;			/* as -r takes it		*/
	char	*title;
	uint32	off;			/* first symbol in the map	*/
	uint32	n;			/* symbols			*/
	uint32	base;			/* physical address of the first */
	char	*unit;
} mmreg[MM_NREGIONS] = {
	{ "pt",   "PD/PT region", MM_PT_OFF, MAX_PT_SIZE, PT_REGION_BASE,
	  "frames" },
	{ "ffs",  "FFS region", MM_FFS_OFF, MAX_FFS_SIZE, FFS_REGION_BASE,
	  "frames" },
	{ "swap", "swap region", MM_SWAP_OFF, MAX_SWAP_SIZE, SWAP_REGION_BASE,
	  "slots" },
};

/* Owners cycle through the six ANSI foreground colours */
static	const	char	*mm_pidsgr[] = { "31", "32", "33", "34", "35", "36" };
#define	MM_SGR_KERNEL	"1"		/* bold				*/
#define	MM_SGR_ZERO	"2"		/* dim				*/

/* Colour of a physical-view symbol: its owner's, or its kind's */
static	const char *mm_physcolour(char sym, byte owner)
{
	if (owner != MM_NOOWNER) {
		return mm_pidsgr[owner % ARRAY_LEN(mm_pidsgr)];
	}
	if (sym == MM_KERNEL) {
		return MM_SGR_KERNEL;
	}
	return sym == MM_ZERO ? MM_SGR_ZERO : NULL;
}

/* Colour of a virtual-view symbol: one per kind of page */
static	const char *mm_virtcolour(char sym, byte owner)
{
	switch (sym) {
	case MM_RESIDENT:	return "32";
	case MM_SWAPPED:	return "33";
	case MM_ALLOC:		return "36";
	case MM_GUARD:		return "31";
	case MM_STACK:		return "34";
	case MM_COW:		return "35";
	case MM_SHARED:		return "1;35";
	case MM_RDONLY:		return "37";
	case MM_NOACCESS:	return "2";
	default:		return NULL;
	}
}

/* Print one symbol as the map shows it (for the legends) */
static	void	mm_sym(char sym, byte owner, mmcolour colour)
{
	const	char	*sgr = colour != NULL ? colour(sym, owner) : NULL;

	if (sgr != NULL) {
		printf("\033[%sm%c\033[0m", sgr, sym);
	} else {
		printf("%c", sym);
	}
}

/* Legends: each symbol, then its text with what follows it */
struct	mmleg {
	char	sym;
	const char *text;
};

static	const struct mmleg mm_physlegend[] = {
	{ MM_FREE, " free\n        " },
	{ MM_ZERO, " free, zeroed   " },
	{ MM_KERNEL, " kernel page directory/table\n        " },
	{ MM_TABLE, " page directory/table of a process\n        " },
	{ MM_SHARED, " shared by several processes (after fork; counted "
		"for none below)\n" },
};

static	const struct mmleg mm_virtlegend[] = {
	{ MM_RESIDENT, " resident   " },
	{ MM_SWAPPED, " swapped out   " },
	{ MM_ALLOC, " allocated, never touched\n        " },
	{ MM_FREE, " not allocated   " },
	{ MM_GUARD, " guard page   " },
	{ MM_STACK, " stack page (pinned)\n        " },
	{ MM_COW, " copy-on-write (shared after fork, private: read-only "
		"until written)\n        " },
	{ MM_SHARED, " MAP_SHARED   " },
	{ MM_RDONLY, " read-only (PROT_READ)   " },
	{ MM_NOACCESS, " no access (PROT_NONE)\n" },
};

/* Print a legend */
static	void	mm_legend(const struct mmleg *leg, int32 n, mmcolour colour)
{
	int32	i;

	for (i = 0; i < n; i++) {
		mm_sym(leg[i].sym, MM_NOOWNER, colour);
		printf("%s", leg[i].text);
	}
}

/* Copy pid's name (or say it is exiting) into name[PNMLEN] */
static	void	mm_name(pid32 pid, char *name)
{
	intmask	mask = disable();

	if (proctab[pid].prstate == PR_FREE) {
		strncpy(name, "(exiting)", PNMLEN);
	} else {
		strncpy(name, proctab[pid].prname, PNMLEN);
	}
	name[PNMLEN - 1] = NULLCH;
	restore(mask);
}

/* Say that a count read from the tables disagrees with a counter */
static	void	mm_disagree(char *what, uint32 tables, uint32 counter)
{
	if (tables != counter) {
		printf("memmap: %s: the tables show %u, the counter %u "
			"(run vmcheck)\n", what, tables, counter);
	}
}

/* Per owner: its glyph and what it holds in each region */
static	void	mm_owners(const byte *owner, const char *glyph)
{
	uint32	cnt[NPROC][MM_NREGIONS], i;
	int32	r;
	pid32	pid;
	bool8	any = FALSE;
	char	name[PNMLEN];

	memset(cnt, 0, sizeof(cnt));
	for (r = 0; r < MM_NREGIONS; r++) {
		for (i = 0; i < mmreg[r].n; i++) {
			if (owner[mmreg[r].off + i] < NPROC) {
				cnt[owner[mmreg[r].off + i]][r]++;
			}
		}
	}
	for (pid = 0; pid < NPROC; pid++) {
		if (cnt[pid][MM_REG_PT] + cnt[pid][MM_REG_FFS]
		    + cnt[pid][MM_REG_SWAP] == 0) {
			continue;
		}
		if (!any) {
			printf("owners: pid sym name            tables  frames"
				"   slots\n");
			any = TRUE;
		}
		mm_name(pid, name);
		printf("        %3d  %c  %-15s %6u  %6u  %6u\n", pid,
			glyph[pid], name, cnt[pid][MM_REG_PT],
			cnt[pid][MM_REG_FFS], cnt[pid][MM_REG_SWAP]);
	}
}

/* The physical view of one region or all (region MM_ALLREGIONS) */
static	shellcmd mm_physical(int32 region, bool8 all, mmcolour colour)
{
	char	*map;
	byte	*owner;
	struct	mmphys	st;
	int32	r;
	char	glyph[NPROC];

	map = getmem(2 * MM_NFRAMES);
	if (map == (char *)SYSERR) {
		fprintf(stderr, "memmap: not enough memory for the map\n");
		return 1;
	}
	owner = (byte *)map + MM_NFRAMES;
	memmap_snapshot(map, owner, &st);
	memmap_glyphs(map, owner, glyph);

	for (r = 0; r < MM_NREGIONS; r++) {
		if (region != MM_ALLREGIONS && region != r) {
			continue;
		}
		printf("%s: %u %s at 0x%08x\n", mmreg[r].title, mmreg[r].n,
			mmreg[r].unit, mmreg[r].base);
		memmap_rows(map + mmreg[r].off, owner + mmreg[r].off,
			mmreg[r].n, mmreg[r].base, all, colour);
	}

	printf("legend: 0-9a-zA-Y a process (the owners table below says "
		"which)\n        ");
	mm_legend(mm_physlegend, ARRAY_LEN(mm_physlegend), colour);
	printf("        %s\n", colour != NULL ?
		"colour: one per owner pid, T in its owner's (-n: none)" :
		"colour: off");

	/* The pools' own counts (vmstat's), checked against the tables */
	if (region == MM_ALLREGIONS || region == MM_REG_PT) {
		printf("PD/PT: %u of %u frames free; %u kernel, %u process "
			"directories/tables\n", st.pool_ptfree, MAX_PT_SIZE,
			st.ptkernel, st.pttables);
		mm_disagree("free PD/PT frames", st.ptfree, st.pool_ptfree);
	}
	if (region == MM_ALLREGIONS || region == MM_REG_FFS) {
		printf("FFS:   %u of %u frames free (%u zeroed); %u in use, "
			"%u of them shared\n", st.pool_ffsfree, MAX_FFS_SIZE,
			st.pool_ffszero, st.ffsused, st.pool_ffsshared);
		mm_disagree("free FFS frames", st.ffsfree, st.pool_ffsfree);
		mm_disagree("shared FFS frames", st.ffsshared,
			st.pool_ffsshared);
		mm_disagree("zeroed FFS frames", st.ffszero, st.pool_ffszero);
	}
	if (region == MM_ALLREGIONS || region == MM_REG_SWAP) {
		printf("swap:  %u of %u slots free; %u in use, %u of them "
			"shared\n", st.pool_swapfree, MAX_SWAP_SIZE,
			st.swapused, st.swapshared);
		mm_disagree("free swap slots", st.swapfree, st.pool_swapfree);
	}
	mm_owners(owner, glyph);
	freemem(map, 2 * MM_NFRAMES);
	return 0;
}

/* The virtual view of process pid */
static	shellcmd mm_virtual(pid32 pid, bool8 all, mmcolour colour)
{
	struct	mmvirt	st;
	char	name[PNMLEN], *buf = NULL;
	uint32	nheap, bufsize = 0;
	int32	rc;

	/* A first look finds how far the heap reaches, to size the map */
	rc = memmap_vsnapshot(pid, NULL, 0, NULL, &st);
	if (rc == OK) {
		nheap = (st.heaptop - VHEAP_START) / PAGE_SIZE;
		nheap = (nheap + MM_ROW - 1) / MM_ROW * MM_ROW;
		if (nheap > MM_HEAPMAX) {
			nheap = MM_HEAPMAX;
		}
		bufsize = nheap + MM_STKMAP;
		buf = getmem(bufsize);
		if (buf == (char *)SYSERR) {
			fprintf(stderr, "memmap: not enough memory for the "
				"map\n");
			return 1;
		}
		rc = memmap_vsnapshot(pid, buf + MM_STKMAP, nheap, buf, &st);
		if (rc != OK) {
			freemem(buf, bufsize);
		}
	}
	if (rc == SYSERR) {
		fprintf(stderr, "memmap: no such process: %d\n", pid);
		return 1;
	}
	mm_name(pid, name);
	if (rc == MM_NOVM) {
		printf("pid %d (%s) was made by create: it has no private "
			"address space, only the kernel region all share\n",
			pid, name);
		return 0;
	}

	printf("pid %d (%s)%s\n", pid, name, st.ring3 ? ": a user program, "
		"running in ring 3" : "");
	if (st.heaptop == VHEAP_START) {
		printf("heap: nothing allocated (it starts at 0x%08x)\n",
			VHEAP_START);
	} else {
		printf("heap: 0x%08x-0x%08x, up to the last allocated page\n",
			VHEAP_START, st.heaptop - 1);
		memmap_rows(buf + MM_STKMAP,
			NULL, (st.heapshown + MM_ROW - 1) / MM_ROW * MM_ROW,
			VHEAP_START, all, colour);
		if (VHEAP_START + st.heapshown * PAGE_SIZE < st.heaptop) {
			printf("           ... not shown: 0x%08x-0x%08x (see "
				"the totals)\n", VHEAP_START
				+ st.heapshown * PAGE_SIZE, st.heaptop - 1);
		}
	}
	printf("%s: 0x%08x-0x%08x, %u pages; guard page 0x%08x\n",
		st.ring3 ? "kernel stack" : "stack", st.stkbase,
		VM_USER_TOP - 1, st.stkpages, st.stkbase - PAGE_SIZE);
	memmap_rows(buf, NULL, st.stkshown, st.stkview, all, colour);

	printf("legend: ");
	mm_legend(mm_virtlegend, ARRAY_LEN(mm_virtlegend), colour);

	/* The same figures as vmstat's row for this pid */
	printf("pid %d: virtual %u (%u kernel + %u heap), frames %u, "
		"swapped %u, slots %u\n", pid, XINU_PAGES + st.c_alloc,
		XINU_PAGES, st.c_alloc, st.c_resident, st.c_swapped,
		st.c_slots);
	printf("pid %d: heap pages copy-on-write %u, MAP_SHARED %u, "
		"read-only %u, no access %u\n", pid, st.cow, st.mshared,
		st.rdonly, st.noaccess);
	printf("pid %d: page tables %u heap + %u stack, and a directory\n",
		pid, st.tables, st.stktables);
	printf("pid %d: user-accessible (ring 3): %u resident heap pages; "
		"stack and kernel region: %s\n", pid, st.user,
		st.kuser == 0 ? "none" : "SOME (vmcheck says more)");
	mm_disagree("allocated pages", st.alloc, st.c_alloc);
	mm_disagree("resident pages", st.resident, st.c_resident);
	mm_disagree("swapped pages", st.swapped, st.c_swapped);
	mm_disagree("swap slots", st.slots, st.c_slots);
	mm_disagree("heap page tables", st.tables, st.c_tables);
	freemem(buf, bufsize);
	return 0;
}

/*------------------------------------------------------------------------
 * xsh_memmap - show physical frames or a process's pages as a map
 *------------------------------------------------------------------------
 */
shellcmd xsh_memmap(int32 nargs, char *args[])
{
	int32	i, r, region = MM_ALLREGIONS;
	bool8	plain = FALSE, all = FALSE, havepid = FALSE;
	pid32	n;
	uint32	secs = 0;
	mmcolour colour;
	struct	mmvirt	vst;

	for (i = 1; i < nargs; i++) {
		if (strcmp(args[i], "-n") == 0) {
			plain = TRUE;
		} else if (strcmp(args[i], "-a") == 0) {
			all = TRUE;
		} else if (strcmp(args[i], "-r") == 0) {
			if (++i >= nargs) {
				return shellusage(args[0], "missing region "
								"after -r");
			}
			for (r = 0; r < MM_NREGIONS; r++) {
				if (strcmp(args[i], mmreg[r].name) == 0) {
					break;
				}
			}
			if (r == MM_NREGIONS) {
				return shellbadword(args[0], "region",
								args[i]);
			}
			region = r;
		} else if (strcmp(args[i], "-w") == 0) {
			secs = MM_WATCHSECS;	/* a number after -w is
						   its interval, not a pid */
			if (i + 1 < nargs && shellnum(args[i + 1], &secs) == OK) {
				i++;
			}
			if (secs < 1 || secs > MM_WATCHMAX) {
				fprintf(stderr, "memmap: -w: seconds from 1 to "
					"%d\n", MM_WATCHMAX);
				return 1;
			}
		} else if (args[i][0] == '-') {
			return shellbadword(args[0], "option", args[i]);
		} else if (havepid) {
			return shellusage(args[0], "too many arguments");
		} else {
			if (shellpid(args[0], args[i], &n) != OK) {
				return 1;
			}
			havepid = TRUE;
		}
	}
	if (havepid && region != MM_ALLREGIONS) {
		return shellusage(args[0], "-r is for the physical view only");
	}

	if (secs > 0) {
		if (region != MM_ALLREGIONS || all) {
			return shellusage(args[0], "-w shows every region");
		}
		if (havepid && memmap_vsnapshot((pid32)n, NULL, 0, NULL,
				&vst) != OK) {
			fprintf(stderr, "memmap: pid %d has no address space "
				"of its own to watch\n", n);
			return 1;
		}
		/* SYSERR: the last frame said why the view stopped */
		return memmap_watchloop(secs, havepid ? (pid32)n : MM_WATCHPHYS,
			MM_NOWATCHER) == OK ? 0 : 1;
	}
	colour = NULL;
	if (!plain && stdout == CONSOLE) {
		colour = havepid ? mm_virtcolour : mm_physcolour;
	}
	if (havepid) {
		return mm_virtual((pid32)n, all, colour);
	}
	return mm_physical(region, all, colour);
}
