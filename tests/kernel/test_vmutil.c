/* test_vmutil.c - vm_snap, vm_checksnap, vm_spawn, vm_spawn_at, vm_reap,
 *		   vm_run, vm_pattern, vm_fill, vm_verify, vm_nonzero
 *
 * Helpers of the virtual-memory tests (see test_vm.h).
 */

#include <xinu.h>
#include "testsuite.h"
#include "test_vm.h"

/*------------------------------------------------------------------------
 * vm_snap - record the counters of pid and the pools
 *------------------------------------------------------------------------
 */
void	vm_snap(struct vmsnap *s, pid32 pid)
{
	intmask	mask = disable();	/* one consistent picture	*/

	s->avp = allocated_virtual_pages(pid);
	s->used = used_ffs_frames(pid);
	s->uswap = used_swap_frames(pid);
	s->ffs = free_ffs_pages();
	s->swap = free_swap_pages();
	s->pt = free_pt_frames();
	s->heap = memfree();
	s->nproc = prcount;
	restore(mask);
}

/*------------------------------------------------------------------------
 * vm_checksnap - fail (naming the caller's line) for every counter that
 *		  differs from the snapshot s
 *------------------------------------------------------------------------
 */
void	vm_checksnap(struct vmsnap *s, pid32 pid, const char *file, int32 line)
{
	struct	vmsnap	now;

	vm_snap(&now, pid);
	t_check_eq(now.avp, s->avp, "allocated_virtual_pages unchanged",
		file, line);
	t_check_eq(now.used, s->used, "used_ffs_frames unchanged", file, line);
	t_check_eq(now.uswap, s->uswap, "used_swap_frames unchanged",
		file, line);
	t_check_eq(now.ffs, s->ffs, "free_ffs_pages unchanged", file, line);
	t_check_eq(now.swap, s->swap, "free_swap_pages unchanged", file, line);
	t_check_eq(now.pt, s->pt, "free_pt_frames unchanged", file, line);
	t_check_eq(now.heap, s->heap, "memfree unchanged", file, line);
	t_check_eq(now.nproc, s->nproc, "prcount unchanged", file, line);
}

/*------------------------------------------------------------------------
 * vm_spawn_at - vcreate a worker at priority prio with two arguments and
 *		 start it; SYSERR (and a failure) if it cannot be made
 *------------------------------------------------------------------------
 */
pid32	vm_spawn_at(void *fn, uint32 ssize, pri16 prio, uint32 a0, uint32 a1)
{
	pid32	pid;

	pid = vcreate(fn, ssize, prio, "vmworker", 2, a0, a1);
	if (pid == SYSERR) {
		t_fail("vcreate of a worker failed");
		return SYSERR;
	}
	resume(pid);
	return pid;
}

/*------------------------------------------------------------------------
 * vm_spawn - vm_spawn_at the workers' usual priority
 *------------------------------------------------------------------------
 */
pid32	vm_spawn(void *fn, uint32 ssize, uint32 a0, uint32 a1)
{
	return vm_spawn_at(fn, ssize, VW_PRIO, a0, a1);
}

/* A worker is gone once its slot is free and the pager cleared prvm */
local	bool8	vm_gone(pid32 pid)
{
	return proctab[pid].prstate == PR_FREE && proctab[pid].prvm == NULL;
}

/*------------------------------------------------------------------------
 * vm_reap - wait until every listed worker has died and its address
 *	space is torn down.  Death messages are not used: several children
 *	dying at once would overwrite each other's message.  A worker still
 *	alive after VW_LIMIT_MS is killed and the test fails.  Entries that
 *	are SYSERR are skipped.  TRUE if all ended by themselves.
 *------------------------------------------------------------------------
 */
bool8	vm_reap(pid32 *pids, int32 n)
{
	uint32	t0 = uptime();
	int32	i, left;
	bool8	intime = TRUE;

	for (;;) {
		left = 0;
		for (i = 0; i < n; i++) {
			if (pids[i] != SYSERR && !vm_gone(pids[i])) {
				left++;
			}
		}
		if (left == 0) {
			break;
		}
		if (uptime() - t0 > VW_LIMIT_MS) {
			if (intime) {
				t_fail("%d worker(s) still running after %d ms",
					left, VW_LIMIT_MS);
				intime = FALSE;
				for (i = 0; i < n; i++) {
					if (pids[i] != SYSERR
					    && proctab[pids[i]].prstate != PR_FREE) {
						kill(pids[i]);
					}
				}
				t0 = uptime();	/* now wait for teardown */
			} else {
				t_fail("address space of a worker never torn down");
				break;
			}
		}
		sleepms(VW_POLL_MS);
	}
	recvclr();
	return intime;
}

/*------------------------------------------------------------------------
 * vm_run - run one worker to its end: the parent must receive the dead
 *	    child's pid as a message (Xinu's kill), then the teardown is
 *	    waited for.  TRUE if it ended within the time limit.
 *------------------------------------------------------------------------
 */
bool8	vm_run(void *fn, uint32 a0, uint32 a1)
{
	pid32	pid;
	umsg32	msg;

	recvclr();
	pid = vm_spawn(fn, VW_STK, a0, a1);
	if (pid == SYSERR) {
		return FALSE;
	}
	msg = recvtime(VW_LIMIT_MS);
	if (msg != (umsg32)pid) {
		t_fail("no death message from worker %d (got %d)", pid, msg);
	}
	return vm_reap(&pid, 1) && msg == (umsg32)pid;
}

/*------------------------------------------------------------------------
 * vm_nocreate - fail unless pid (what a vcreate returned) is SYSERR; a
 *		 process made anyway is killed and torn down, so that the
 *		 failure is charged to this check and not to later tests
 *------------------------------------------------------------------------
 */
void	vm_nocreate(pid32 pid, const char *file, int32 line)
{
	if (pid != SYSERR) {
		t_fail("vcreate that must fail gave pid %d (%s:%d)", pid,
			file, line);
		kill(pid);
		vm_reap(&pid, 1);
	}
}

/*------------------------------------------------------------------------
 * vm_pattern - the word stored at byte offset off of page pg by writer
 *		tag: every word of every page differs, and so do writers
 *------------------------------------------------------------------------
 */
uint32	vm_pattern(uint32 tag, uint32 pg, uint32 off)
{
	return (tag * 0x9E3779B1) ^ (pg << PAGE_SHIFT) ^ off ^ 0x5A5A0000;
}

/*------------------------------------------------------------------------
 * vm_fillstride - write the pattern of tag into one word per stride bytes
 *		   of npages pages at base
 *------------------------------------------------------------------------
 */
void	vm_fillstride(char *base, uint32 npages, uint32 tag, uint32 stride)
{
	uint32	pg, off;

	for (pg = 0; pg < npages; pg++) {
		for (off = 0; off < PAGE_SIZE; off += stride) {
			*(volatile uint32 *)(base + NPG(pg) + off) =
				vm_pattern(tag, pg, off);
		}
	}
}

/*------------------------------------------------------------------------
 * vm_verifystride - count the words vm_fillstride wrote that no longer
 *		     hold their pattern; the first mismatch is printed
 *------------------------------------------------------------------------
 */
int32	vm_verifystride(char *base, uint32 npages, uint32 tag, uint32 stride)
{
	uint32	pg, off, got, want;
	volatile uint32	*p;
	int32	bad = 0;

	for (pg = 0; pg < npages; pg++) {
		for (off = 0; off < PAGE_SIZE; off += stride) {
			p = (volatile uint32 *)(base + NPG(pg) + off);
			got = *p;
			want = vm_pattern(tag, pg, off);
			if (got != want && bad++ == 0) {
				kprintf("  pid %d: word at 0x%08x is 0x%08x, "
					"want 0x%08x\n", currpid, (uint32)p,
					got, want);
			}
		}
	}
	return bad;
}

/*------------------------------------------------------------------------
 * vm_fill - vm_fillstride with one word per VM_STRIDE bytes: cheap under
 *	     emulation, and still every page and every cache line
 *------------------------------------------------------------------------
 */
void	vm_fill(char *base, uint32 npages, uint32 tag)
{
	vm_fillstride(base, npages, tag, VM_STRIDE);
}

/*------------------------------------------------------------------------
 * vm_verify - check what vm_fill wrote; returns the count of bad words
 *------------------------------------------------------------------------
 */
int32	vm_verify(char *base, uint32 npages, uint32 tag)
{
	return vm_verifystride(base, npages, tag, VM_STRIDE);
}

/*------------------------------------------------------------------------
 * vm_nonzero - count the nonzero words among one word per stride bytes
 *		of npages pages at base (stride sizeof(uint32): every word)
 *------------------------------------------------------------------------
 */
int32	vm_nonzero(char *base, uint32 npages, uint32 stride)
{
	uint32	off, n = NPG(npages);
	volatile uint32	*p;
	int32	bad = 0;

	for (off = 0; off < n; off += stride) {
		p = (volatile uint32 *)(base + off);
		if (*p != 0 && bad++ == 0) {
			kprintf("  pid %d: fresh word at 0x%08x is 0x%08x\n",
				currpid, (uint32)p, *p);
		}
	}
	return bad;
}
