/* mmap.c - mmap */

#include <xinu.h>
#include "vmint.h"

/* The flags mmap knows, and the protections it takes */
#define	MMAP_FLAGS	(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS)
#define	PROT_ALL	(PROT_READ | PROT_WRITE)

/*------------------------------------------------------------------------
 * mmap - map ceil(length / PAGE_SIZE) pages of anonymous memory (there is
 *	no file system) in the caller's heap range, lazily as vmalloc does:
 *	each page is zero-filled at its first touch.  flags: MAP_ANONYMOUS
 *	(required; fd must be -1 and offset 0), exactly one of MAP_PRIVATE
 *	(copy-on-write after fork) and MAP_SHARED (the same pages in parent
 *	and child after fork), and MAP_FIXED: the mapping is exactly at
 *	addr, which must be page-aligned, inside [VHEAP_START, VHEAP_END)
 *	and free for the whole length (unlike POSIX, an existing mapping is
 *	never replaced: munmap it first).  Without MAP_FIXED addr is
 *	ignored and the first free range that fits is used, as vmalloc's.
 *	prot: PROT_NONE, PROT_READ or PROT_READ | PROT_WRITE; PROT_WRITE
 *	alone is taken as PROT_READ | PROT_WRITE (an x86 page that can be
 *	written can be read).  The address of the mapping, or MAP_FAILED
 *	(SYSERR) with nothing changed: bad arguments, a caller not made by
 *	vcreate, no room, or no memory for its page tables or list nodes.
 *------------------------------------------------------------------------
 */
char	*mmap(char *addr, uint32 length, int32 prot, int32 flags, int32 fd,
		uint32 offset)
{
	intmask	mask;
	struct	vmproc	*vm;
	struct	vrange	*r;
	struct	vmarea	*na;
	uint32	va = (uint32)addr, npages, vpn;
	int32	kind = flags & (MAP_SHARED | MAP_PRIVATE);

	if (length == 0 || fd != -1 || offset != 0
	    || (flags & ~MMAP_FLAGS) != 0 || !(flags & MAP_ANONYMOUS)
	    || (kind != MAP_SHARED && kind != MAP_PRIVATE)
	    || (prot & ~PROT_ALL) != 0) {
		return MAP_FAILED;
	}
	if (prot & PROT_WRITE) {
		prot = PROT_ALL;	/* x86 cannot make write-only pages */
	}
	npages = length / PAGE_SIZE + (length % PAGE_SIZE != 0);

	mask = disable();
	vm = proctab[currpid].prvm;
	if (vm == NULL) {
		restore(mask);
		return MAP_FAILED;
	}
	if (flags & MAP_FIXED) {
		if ((va & (PAGE_SIZE - 1)) || va < VHEAP_START
		    || va >= VHEAP_END || npages > VPN(VHEAP_END) - VPN(va)) {
			restore(mask);
			return MAP_FAILED;
		}
		vpn = VPN(va);		/* vm_allocrange: must be free	*/
	} else {
		for (r = vm->freelist; r != NULL; r = r->next) {
			if (r->npages >= npages) {	/* first fit	*/
				break;
			}
		}
		if (r == NULL) {
			restore(mask);
			return MAP_FAILED;
		}
		vpn = r->start;
	}

	/* The area's node first, and in the list before the pages are
	   allocated: vm_allocrange lets interrupts in, and if this process
	   is killed meanwhile, teardown frees the list's nodes (a node held
	   only here would be lost).  No page of the range is allocated yet,
	   so meanwhile the area changes nothing; as pages become allocated
	   it gives them their protection at once. */
	na = (struct vmarea *)getmem(sizeof(*na));
	if (na == (struct vmarea *)SYSERR) {
		restore(mask);
		return MAP_FAILED;
	}
	na->start = vpn;
	na->npages = npages;
	na->prot = prot;
	na->flags = kind;
	vm_areaadd(vm, na);
	if (vm_allocrange(vm, vpn, npages, mask) == SYSERR) {
		vm_areaunlink(vm, na);
		restore(mask);
		return MAP_FAILED;
	}
	restore(mask);
	return (char *)VADDR(vpn);
}
