/* sys_vm.c - sys_vmalloc, sys_vfree, sys_free_ffs_pages, sys_free_swap_pages,
 *	      sys_allocated_virtual_pages, sys_used_ffs_frames,
 *	      sys_used_swap_frames, sys_mmap, sys_munmap, sys_mprotect */

#include <xinu.h>

/*
 * The VM calls of user programs.  Each kernel function works on the
 * caller's own heap and checks its range itself (inside the heap range,
 * allocated where it must be), so a bad address is SYSERR there; heap
 * pages are the user-accessible ones.
 */

int32	sys_vmalloc(uint32 *a, struct trapframe *tf)
{
	return (int32)vmalloc(a[0]);
}

int32	sys_vfree(uint32 *a, struct trapframe *tf)
{
	return vfree((char *)a[0], a[1]);
}

int32	sys_free_ffs_pages(uint32 *a, struct trapframe *tf)
{
	return (int32)free_ffs_pages();
}

int32	sys_free_swap_pages(uint32 *a, struct trapframe *tf)
{
	return (int32)free_swap_pages();
}

int32	sys_allocated_virtual_pages(uint32 *a, struct trapframe *tf)
{
	return (int32)allocated_virtual_pages((pid32)a[0]);
}

int32	sys_used_ffs_frames(uint32 *a, struct trapframe *tf)
{
	return (int32)used_ffs_frames((pid32)a[0]);
}

int32	sys_used_swap_frames(uint32 *a, struct trapframe *tf)
{
	return (int32)used_swap_frames((pid32)a[0]);
}

int32	sys_mmap(uint32 *a, struct trapframe *tf)
{
	return (int32)mmap((char *)a[0], a[1], (int32)a[2], (int32)a[3],
		(int32)a[4], a[5]);
}

int32	sys_munmap(uint32 *a, struct trapframe *tf)
{
	return munmap((char *)a[0], a[1]);
}

int32	sys_mprotect(uint32 *a, struct trapframe *tf)
{
	return mprotect((char *)a[0], a[1], (int32)a[2]);
}
