/* test_memmap.c - tests of the memory-map viewer (shell command memmap)
 *
 * The maps are checked through the snapshot functions the command prints
 * from: a vcreate worker touches a known number of pages and waits while
 * the test maps memory, so every symbol of the worker can be counted and
 * compared with the VM counters.  The command itself is run with its
 * output on the null device, for its status and for leaks.
 */

#include <xinu.h>
#include <shell.h>
#include <memmap.h>
#include "testsuite.h"
#include "test_vm.h"

#define	MT_TOUCHED	5		/* pages the worker writes	*/
#define	MT_UNTOUCHED	3		/* pages it only allocates	*/
#define	MT_SWAPEXTRA	16		/* pages beyond the FFS (small)	*/
#define	MT_LINELEN	64		/* a command line		*/
#define	MT_TOOBIG	9999		/* no such pid			*/

local	volatile bool8	mt_ready;	/* the worker has touched its pages */
local	volatile bool8	mt_release;	/* the worker may end		*/

/* Touch `touch` pages of a fresh range and allocate `extra` more, then
   wait until the test has looked */
local	process	mt_worker(uint32 touch, uint32 extra)
{
	char	*p;
	uint32	i;

	p = vmalloc(NPG(touch + extra));
	CHECK(p == VA(0));
	if (p == VMERR) {
		mt_ready = TRUE;
		return SYSERR;
	}
	for (i = 0; i < touch; i++) {
		p[NPG(i)] = (char)(i + 1);
	}
	mt_ready = TRUE;
	while (!mt_release) {
		sleepms(VW_POLL_MS);
	}
	return OK;
}

/* Start a worker and wait until it has touched its pages */
local	pid32	mt_start(uint32 touch, uint32 extra)
{
	pid32	pid;
	uint32	t0 = uptime();

	mt_ready = mt_release = FALSE;
	pid = vm_spawn(mt_worker, VW_STK, touch, extra);
	while (pid != SYSERR && !mt_ready && uptime() - t0 < VW_LIMIT_MS) {
		sleepms(VW_POLL_MS);
	}
	CHECK(mt_ready);
	return pid;
}

/* Let the worker end and wait for its teardown */
local	void	mt_stop(pid32 pid)
{
	mt_release = TRUE;
	CHECK(vm_reap(&pid, 1));
}

/* How many of n symbols from map[first] are c */
local	uint32	mt_count(const char *map, uint32 first, uint32 n, char c)
{
	uint32	i, k = 0;

	for (i = first; i < first + n; i++) {
		k += (map[i] == c);
	}
	return k;
}

/* How many of n owners from owner[first] are pid */
local	uint32	mt_owned(const byte *owner, uint32 first, uint32 n, pid32 pid)
{
	uint32	i, k = 0;

	for (i = first; i < first + n; i++) {
		k += (owner[i] == (byte)pid);
	}
	return k;
}

/* Run a command line as the shell would, output discarded */
local	int32	mt_run(char *line)
{
	char	tokbuf[SHELL_TOKLEN], *tok[SHELL_MAXTOK + 1];
	const struct cmdent *cp;
	struct	procent	*prptr = &proctab[getpid()];
	int16	oldout, olderr;
	int32	ntok, rc;
	bool8	backgnd;

	ntok = lexan(line, strlen(line), tokbuf, sizeof(tokbuf), tok,
			SHELL_MAXTOK, &backgnd);
	if (ntok <= 0 || (cp = cmdlookup(tok[0])) == NULL) {
		return -1;
	}
	oldout = prptr->prdesc[1];
	olderr = prptr->prdesc[2];
	prptr->prdesc[1] = prptr->prdesc[2] = NULLDEV;
	rc = (*cp->cfunc)(ntok, tok);
	prptr->prdesc[1] = oldout;
	prptr->prdesc[2] = olderr;
	return rc;
}

TESTCASE(memmap_pid_symbols)
{
	CHECK_EQ(memmap_pidchar(0), '0');
	CHECK_EQ(memmap_pidchar(9), '9');
	CHECK_EQ(memmap_pidchar(10), 'a');
	CHECK_EQ(memmap_pidchar(MM_PIDBASE - 1), 'z');
	CHECK_EQ(memmap_pidchar(MM_PIDBASE), MM_BIGPID);
	CHECK_EQ(memmap_pidchar(NPROC - 1), MM_BIGPID);
}

/*------------------------------------------------------------------------
 * With no worker, the map's symbols add up to the pools' counters
 *------------------------------------------------------------------------
 */
TESTCASE(memmap_counts_agree_with_pools)
{
	char	*map;
	struct	mmphys	st;
	uint32	free, zero, kern, ptfree, ffsfree, swapfree;
	intmask	mask;

	map = getmem(MM_NFRAMES);
	CHECK(map != (char *)SYSERR);
	if (map == (char *)SYSERR) {
		return;
	}

	/* The pager may tear down or zero at any time: read the counters
	   at the very moment of the snapshot */
	mask = disable();
	CHECK_EQ(memmap_snapshot(map, NULL, &st), MM_NFRAMES);
	ptfree = free_pt_frames();
	ffsfree = free_ffs_pages();
	swapfree = free_swap_pages();
	restore(mask);

	/* PD/PT: free, kernel and process frames cover the region */
	free = mt_count(map, MM_PT_OFF, MAX_PT_SIZE, MM_FREE);
	kern = mt_count(map, MM_PT_OFF, MAX_PT_SIZE, MM_KERNEL);
	CHECK_EQ(free, st.pool_ptfree);
	CHECK_EQ(free, st.ptfree);
	CHECK_EQ(kern, st.ptkernel);
	CHECK(kern >= KERNEL_PTS);
	CHECK_EQ(free + kern + mt_count(map, MM_PT_OFF, MAX_PT_SIZE,
		MM_TABLE), MAX_PT_SIZE);
	CHECK_EQ(free, ptfree);

	/* FFS: free frames are '.' or 'Z' */
	free = mt_count(map, MM_FFS_OFF, MAX_FFS_SIZE, MM_FREE);
	zero = mt_count(map, MM_FFS_OFF, MAX_FFS_SIZE, MM_ZERO);
	CHECK_EQ(zero, st.pool_ffszero);
	CHECK_EQ(free + zero, st.pool_ffsfree);
	CHECK_EQ(free + zero, st.ffsfree);
	CHECK_EQ(free + zero, ffsfree);
	CHECK_EQ(st.ffsused + st.ffsfree, MAX_FFS_SIZE);

	/* swap */
	free = mt_count(map, MM_SWAP_OFF, MAX_SWAP_SIZE, MM_FREE);
	CHECK_EQ(free, st.pool_swapfree);
	CHECK_EQ(free, swapfree);
	CHECK_EQ(st.swapused + st.swapfree, MAX_SWAP_SIZE);

	/* No fork'd process runs here: no frame or slot is shared */
	CHECK_EQ(mt_count(map, 0, MM_NFRAMES, MM_SHARED), 0);
	CHECK_EQ(st.ffsshared + st.swapshared + st.pool_ffsshared, 0);
	freemem(map, MM_NFRAMES);
}

/*------------------------------------------------------------------------
 * A worker that touched N pages owns exactly N FFS frames in the map,
 * its directory and tables in the PD/PT region, and no swap slot; its
 * virtual map shows N resident pages, then the untouched ones
 *------------------------------------------------------------------------
 */
TESTCASE(memmap_shows_a_process)
{
	char	*map, *heap, *stack;
	byte	*owner;
	struct	mmphys	st;
	struct	mmvirt	vs;
	pid32	pid;
	uint32	i, ntab;

	map = getmem(2 * MM_NFRAMES + MM_ROW + MM_STKMAP);
	CHECK(map != (char *)SYSERR);
	if (map == (char *)SYSERR) {
		return;
	}
	owner = (byte *)map + MM_NFRAMES;
	heap = map + 2 * MM_NFRAMES;
	stack = heap + MM_ROW;

	pid = mt_start(MT_TOUCHED, MT_UNTOUCHED);
	if (pid == SYSERR) {
		freemem(map, 2 * MM_NFRAMES + MM_ROW + MM_STKMAP);
		return;
	}
	memmap_snapshot(map, owner, &st);

	/* FFS: N frames, shown by its pid's symbol */
	CHECK_EQ(mt_owned(owner, MM_FFS_OFF, MAX_FFS_SIZE, pid), MT_TOUCHED);
	CHECK_EQ(used_ffs_frames(pid), MT_TOUCHED);
	if (pid < MM_PIDBASE) {
		CHECK_EQ(mt_count(map, MM_FFS_OFF, MAX_FFS_SIZE,
			memmap_pidchar(pid)), MT_TOUCHED);
	}
	for (i = 0; i < MAX_FFS_SIZE; i++) {
		if (owner[MM_FFS_OFF + i] == (byte)pid) {
			CHECK_EQ(map[MM_FFS_OFF + i], memmap_pidchar(pid));
		}
	}

	/* PD/PT: its directory, the heap's table and the stack's, as T */
	ntab = mt_owned(owner, MM_PT_OFF, MAX_PT_SIZE, pid);
	CHECK_EQ(ntab, 3);
	for (i = 0; i < MAX_PT_SIZE; i++) {
		if (owner[MM_PT_OFF + i] == (byte)pid) {
			CHECK_EQ(map[MM_PT_OFF + i], MM_TABLE);
		}
	}
	CHECK_EQ(mt_owned(owner, MM_SWAP_OFF, MAX_SWAP_SIZE, pid), 0);
	CHECK_EQ(st.pool_ffsfree, st.ffsfree);
	CHECK_EQ(st.pool_ptfree, st.ptfree);

	/* Its virtual map */
	CHECK_EQ(memmap_vsnapshot(pid, heap, MM_ROW, stack, &vs), OK);
	CHECK_EQ(vs.heaptop, (uint32)VA(MT_TOUCHED + MT_UNTOUCHED));
	CHECK_EQ(vs.heapshown, MT_TOUCHED + MT_UNTOUCHED);
	CHECK_EQ(mt_count(heap, 0, MT_TOUCHED, MM_RESIDENT), MT_TOUCHED);
	CHECK_EQ(mt_count(heap, MT_TOUCHED, MT_UNTOUCHED, MM_ALLOC),
		MT_UNTOUCHED);
	CHECK_EQ(mt_count(heap, MT_TOUCHED + MT_UNTOUCHED,
		MM_ROW - MT_TOUCHED - MT_UNTOUCHED, MM_FREE),
		MM_ROW - MT_TOUCHED - MT_UNTOUCHED);
	CHECK_EQ(vs.alloc, MT_TOUCHED + MT_UNTOUCHED);
	CHECK_EQ(vs.resident, MT_TOUCHED);
	CHECK_EQ(vs.swapped, 0);
	CHECK_EQ(vs.alloc, vs.c_alloc);
	CHECK_EQ(vs.resident, vs.c_resident);
	CHECK_EQ(vs.slots, vs.c_slots);
	CHECK_EQ(vs.tables, vs.c_tables);
	CHECK_EQ(XINU_PAGES + vs.c_alloc, allocated_virtual_pages(pid));
	CHECK_EQ(1 + vs.tables + vs.stktables, ntab);

	/* Stack: the guard, then every stack page up to the top */
	CHECK_EQ(vs.stkpages, (VW_STK + STKSLACK + PAGE_SIZE - 1) / PAGE_SIZE);
	CHECK(vs.stkshown <= MM_STKMAP);
	CHECK_EQ(vs.stkview + NPG(vs.stkshown), VM_USER_TOP);
	CHECK_EQ(mt_count(stack, vs.stkshown - vs.stkpages, vs.stkpages,
		MM_STACK), vs.stkpages);
	CHECK_EQ(stack[vs.stkshown - vs.stkpages - 1], MM_GUARD);
	CHECK_EQ(mt_count(stack, 0, vs.stkshown, MM_FREE),
		vs.stkshown - vs.stkpages - 1);

	/* A map too small for the heap still counts all of it */
	CHECK_EQ(memmap_vsnapshot(pid, heap, 2, NULL, &vs), OK);
	CHECK_EQ(vs.heapshown, 2);
	CHECK_EQ(vs.alloc, MT_TOUCHED + MT_UNTOUCHED);

	mt_stop(pid);
	freemem(map, 2 * MM_NFRAMES + MM_ROW + MM_STKMAP);

	/* Gone: it owns nothing, and has no map */
	CHECK_EQ(memmap_vsnapshot(pid, NULL, 0, NULL, &vs), SYSERR);
}

/*------------------------------------------------------------------------
 * A process made by create has no address space to map
 *------------------------------------------------------------------------
 */
TESTCASE(memmap_create_process_has_no_map)
{
	struct	mmvirt	vs;

	CHECK_EQ(memmap_vsnapshot(getpid(), NULL, 0, NULL, &vs), MM_NOVM);
	CHECK_EQ(memmap_vsnapshot(-1, NULL, 0, NULL, &vs), SYSERR);
	CHECK_EQ(memmap_vsnapshot(NPROC, NULL, 0, NULL, &vs), SYSERR);
}

#if VM_SMALL
/*------------------------------------------------------------------------
 * Small configuration: more pages than the FFS holds are touched, so
 * some are swapped: the virtual map's R and W agree with the counters,
 * and the worker's swap slots in the physical map with used_swap_frames
 *------------------------------------------------------------------------
 */
TESTCASE(memmap_shows_swapped_pages)
{
	char	*map, *heap;
	byte	*owner;
	struct	mmphys	st;
	struct	mmvirt	vs;
	pid32	pid;
	uint32	n = MAX_FFS_SIZE + MT_SWAPEXTRA, res, sw;
	uint32	size = 2 * MM_NFRAMES + n;

	map = getmem(size);
	CHECK(map != (char *)SYSERR);
	if (map == (char *)SYSERR) {
		return;
	}
	owner = (byte *)map + MM_NFRAMES;
	heap = map + 2 * MM_NFRAMES;
	pid = mt_start(n, 0);
	if (pid == SYSERR) {
		freemem(map, size);
		return;
	}
	CHECK_EQ(memmap_vsnapshot(pid, heap, n, NULL, &vs), OK);
	res = mt_count(heap, 0, n, MM_RESIDENT);
	sw = mt_count(heap, 0, n, MM_SWAPPED);
	CHECK_EQ(res + sw, n);
	CHECK(sw >= MT_SWAPEXTRA);
	CHECK_EQ(res, vs.c_resident);
	CHECK_EQ(sw, vs.c_swapped);
	CHECK_EQ(vs.slots, vs.c_slots);
	CHECK_EQ(res, used_ffs_frames(pid));

	memmap_snapshot(map, owner, &st);
	CHECK_EQ(mt_owned(owner, MM_FFS_OFF, MAX_FFS_SIZE, pid), res);
	CHECK_EQ(mt_owned(owner, MM_SWAP_OFF, MAX_SWAP_SIZE, pid),
		used_swap_frames(pid));
	CHECK_EQ(st.swapfree, st.pool_swapfree);
	mt_stop(pid);
	freemem(map, size);
}
#endif

/*------------------------------------------------------------------------
 * Sharing after fork: a vcreate parent touches MT_TOUCHED pages and
 * forks; the child writes its pages when the test says so.  Both wait
 * for the test to release them.  Flags in kernel memory: both see them.
 *------------------------------------------------------------------------
 */
local	volatile bool8	mt_write;	/* the child may write		*/
local	volatile bool8	mt_written;	/* it has			*/
local	volatile pid32	mt_child;	/* the child, or SYSERR		*/

/* Wait (with the hang limit) until *flag is set; FALSE if it never is */
local	bool8	mt_await(volatile bool8 *flag)
{
	uint32	t0 = uptime();

	while (!*flag && uptime() - t0 < VW_LIMIT_MS) {
		sleepms(VW_POLL_MS);
	}
	return *flag;
}

local	process	mt_forker(void)
{
	char	*p;
	uint32	i;
	pid32	child;

	p = vmalloc(NPG(MT_TOUCHED + MT_UNTOUCHED));
	CHECK(p == VA(0));
	if (p == VMERR) {
		mt_ready = TRUE;
		return SYSERR;
	}
	for (i = 0; i < MT_TOUCHED; i++) {
		p[NPG(i)] = (char)(i + 1);
	}
	child = fork();
	if (child == 0) {
		if (mt_await(&mt_write)) {
			for (i = 0; i < MT_TOUCHED; i++) {
				p[NPG(i)] = (char)(i + 2);	/* copies */
			}
		}
		mt_written = TRUE;
		mt_await(&mt_release);
		return OK;
	}
	CHECK(child != SYSERR);
	mt_child = child;
	mt_ready = TRUE;
	mt_await(&mt_release);
	for (i = 0; i < MT_TOUCHED; i++) {	/* the child's writes are
						   its own		*/
		CHECK_EQ(p[NPG(i)], (char)(i + 1));
	}
	return OK;
}

/* Check pid's heap map: its touched pages show as c (cow of them C),
   then the untouched ones as a */
local	void	mt_heapis(pid32 pid, char *heap, char c, uint32 cow)
{
	struct	mmvirt	vs;

	CHECK_EQ(memmap_vsnapshot(pid, heap, MM_ROW, NULL, &vs), OK);
	CHECK_EQ(mt_count(heap, 0, MT_TOUCHED, c), MT_TOUCHED);
	CHECK_EQ(mt_count(heap, MT_TOUCHED, MT_UNTOUCHED, MM_ALLOC),
		MT_UNTOUCHED);
	CHECK_EQ(vs.cow, cow);
	CHECK_EQ(vs.mshared + vs.rdonly + vs.noaccess, 0);
	CHECK_EQ(vs.resident, MT_TOUCHED);	/* where, whatever shown */
	CHECK_EQ(vs.resident, vs.c_resident);
	CHECK_EQ(vs.slots, vs.c_slots);
	CHECK_EQ(vs.alloc, vs.c_alloc);
}

/*------------------------------------------------------------------------
 * After fork the physical view shows the parent's touched frames as S
 * (no one's), and both processes' views show those pages as C; once
 * the child has written them, each has its own frames: no S, no C
 *------------------------------------------------------------------------
 */
TESTCASE(memmap_shows_fork_sharing)
{
	char	*map, *heap, line[MT_LINELEN];
	byte	*owner;
	struct	mmphys	st;
	pid32	pids[2];
	uint32	size = 2 * MM_NFRAMES + MM_ROW, heapfree;

	map = getmem(size);
	CHECK(map != (char *)SYSERR);
	if (map == (char *)SYSERR) {
		return;
	}
	owner = (byte *)map + MM_NFRAMES;
	heap = map + 2 * MM_NFRAMES;
	mt_ready = mt_release = mt_write = mt_written = FALSE;
	mt_child = SYSERR;
	pids[0] = vm_spawn(mt_forker, VW_STK, 0, 0);
	CHECK(pids[0] != SYSERR);
	CHECK(mt_await(&mt_ready));
	pids[1] = mt_child;
	if (pids[0] == SYSERR || pids[1] == SYSERR) {
		mt_release = TRUE;
		vm_reap(pids, 2);
		freemem(map, size);
		return;
	}

	/* Shared: the touched frames are S, owned by neither */
	memmap_snapshot(map, owner, &st);
	CHECK_EQ(mt_count(map, MM_FFS_OFF, MAX_FFS_SIZE, MM_SHARED),
		MT_TOUCHED);
	CHECK_EQ(st.ffsshared, MT_TOUCHED);
	CHECK_EQ(st.pool_ffsshared, MT_TOUCHED);
	CHECK_EQ(mt_owned(owner, MM_FFS_OFF, MAX_FFS_SIZE, pids[0]), 0);
	CHECK_EQ(mt_owned(owner, MM_FFS_OFF, MAX_FFS_SIZE, pids[1]), 0);
	CHECK_EQ(used_ffs_frames(pids[0]), MT_TOUCHED);	/* each counts */
	CHECK_EQ(used_ffs_frames(pids[1]), MT_TOUCHED);	/* them	*/
	mt_heapis(pids[1], heap, MM_COW, MT_TOUCHED);
	mt_heapis(pids[0], heap, MM_COW, MT_TOUCHED);

	/* The command prints both views and keeps no memory */
	heapfree = memfree();
	CHECK_EQ(mt_run("memmap -n -r ffs"), 0);
	sprintf(line, "memmap -n %d", pids[1]);
	CHECK_EQ(mt_run(line), 0);
	CHECK_EQ(mt_run("vmstat"), 0);
	CHECK_EQ(memfree(), heapfree);

	/* The child writes: a copy each, nothing shared any more; the
	   parent holds the last reference (R, writable at its next write) */
	mt_write = TRUE;
	CHECK(mt_await(&mt_written));
	memmap_snapshot(map, owner, &st);
	CHECK_EQ(mt_count(map, MM_FFS_OFF, MAX_FFS_SIZE, MM_SHARED), 0);
	CHECK_EQ(st.ffsshared, 0);
	CHECK_EQ(mt_owned(owner, MM_FFS_OFF, MAX_FFS_SIZE, pids[0]),
		MT_TOUCHED);
	CHECK_EQ(mt_owned(owner, MM_FFS_OFF, MAX_FFS_SIZE, pids[1]),
		MT_TOUCHED);
	CHECK_EQ(proctab[pids[1]].prvm->cnt.cowfaults, MT_TOUCHED);
	mt_heapis(pids[1], heap, MM_RESIDENT, 0);
	mt_heapis(pids[0], heap, MM_RESIDENT, 0);

	mt_release = TRUE;
	CHECK(vm_reap(pids, 2));
	freemem(map, size);
}

/*------------------------------------------------------------------------
 * A process's view shows each mapping's kind: MT_AREA pages each of
 * MAP_SHARED (S), read-only (r) and PROT_NONE (-) memory, all touched
 * first, so all are resident (a PROT_NONE page keeps its frame)
 *------------------------------------------------------------------------
 */
#define	MT_AREA		2		/* pages of each mapping	*/

local	process	mt_mapper(void)
{
	char	*sh, *ro, *no;
	uint32	i;
	int32	anon = MAP_PRIVATE | MAP_ANONYMOUS;

	sh = mmap(NULL, NPG(MT_AREA), PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	ro = mmap(NULL, NPG(MT_AREA), PROT_READ, anon, -1, 0);
	no = mmap(NULL, NPG(MT_AREA), PROT_READ | PROT_WRITE, anon, -1, 0);
	CHECK(sh != MAP_FAILED && ro != MAP_FAILED && no != MAP_FAILED);
	if (sh == MAP_FAILED || ro == MAP_FAILED || no == MAP_FAILED) {
		mt_ready = TRUE;
		return SYSERR;
	}
	for (i = 0; i < MT_AREA; i++) {
		sh[NPG(i)] = 1;
		CHECK_EQ(ro[NPG(i)], 0);	/* a read maps it	*/
		no[NPG(i)] = 1;
	}
	CHECK_EQ(mprotect(no, NPG(MT_AREA), PROT_NONE), OK);
	mt_ready = TRUE;
	mt_await(&mt_release);
	return OK;
}

TESTCASE(memmap_shows_mapping_kinds)
{
	char	heap[MM_ROW];
	struct	mmvirt	vs;
	pid32	pid;

	mt_ready = mt_release = FALSE;
	pid = vm_spawn(mt_mapper, VW_STK, 0, 0);
	CHECK(pid != SYSERR);
	CHECK(mt_await(&mt_ready));
	if (pid == SYSERR) {
		return;
	}
	CHECK_EQ(memmap_vsnapshot(pid, heap, MM_ROW, NULL, &vs), OK);
	CHECK_EQ(mt_count(heap, 0, MM_ROW, MM_SHARED), MT_AREA);
	CHECK_EQ(mt_count(heap, 0, MM_ROW, MM_RDONLY), MT_AREA);
	CHECK_EQ(mt_count(heap, 0, MM_ROW, MM_NOACCESS), MT_AREA);
	CHECK_EQ(mt_count(heap, 0, MM_ROW, MM_RESIDENT)
		+ mt_count(heap, 0, MM_ROW, MM_COW), 0);
	CHECK_EQ(vs.mshared, MT_AREA);
	CHECK_EQ(vs.rdonly, MT_AREA);
	CHECK_EQ(vs.noaccess, MT_AREA);
	CHECK_EQ(vs.cow, 0);
	CHECK_EQ(vs.resident, 3 * MT_AREA);	/* PROT_NONE ones too	*/
	CHECK_EQ(vs.resident, vs.c_resident);
	CHECK_EQ(vs.alloc, vs.c_alloc);
	mt_release = TRUE;
	CHECK(vm_reap(&pid, 1));
}

/*------------------------------------------------------------------------
 * The command: 0 for every view, 1 for every bad use, and no memory kept
 *------------------------------------------------------------------------
 */
TESTCASE(memmap_command_status)
{
	char	line[MT_LINELEN];
	pid32	pid;
	uint32	heap;

	pid = mt_start(MT_TOUCHED, MT_UNTOUCHED);
	if (pid == SYSERR) {
		return;
	}
	heap = memfree();
	CHECK_EQ(mt_run("memmap"), 0);
	CHECK_EQ(mt_run("memmap -n"), 0);
	CHECK_EQ(mt_run("memmap -n -a"), 0);
	CHECK_EQ(mt_run("memmap -r pt"), 0);
	CHECK_EQ(mt_run("memmap -n -r ffs"), 0);
	CHECK_EQ(mt_run("memmap -r swap -a"), 0);
	sprintf(line, "memmap %d", pid);
	CHECK_EQ(mt_run(line), 0);
	sprintf(line, "memmap -n -a %d", pid);
	CHECK_EQ(mt_run(line), 0);
	sprintf(line, "memmap %d", getpid());	/* create()d: says so	*/
	CHECK_EQ(mt_run(line), 0);
	CHECK_EQ(memfree(), heap);

	sprintf(line, "memmap %d", MT_TOOBIG);
	CHECK_EQ(mt_run(line), 1);
	CHECK_EQ(mt_run("memmap x"), 1);
	CHECK_EQ(mt_run("memmap -r"), 1);
	CHECK_EQ(mt_run("memmap -r disk"), 1);
	CHECK_EQ(mt_run("memmap -q"), 1);
	CHECK_EQ(mt_run("memmap 1 2"), 1);
	sprintf(line, "memmap -r pt %d", pid);
	CHECK_EQ(mt_run(line), 1);
	CHECK_EQ(memfree(), heap);
	mt_stop(pid);
}
