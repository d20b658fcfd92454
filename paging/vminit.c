/* vminit.c - vminit, vm_enable, vm_mmiomap */

#include <xinu.h>
#include "vmint.h"

/*
 * vminit builds the tables every address space shares: KERNEL_PTS page
 * tables that identity-map the kernel region, taken once from the PD/PT
 * region and pointed at by every directory.  Page 0 is left unmapped so a
 * NULL dereference faults.  The last kernel table maps itself at
 * VWIN_SELF: that is how the kernel edits the mapping window.
 */

uint32	sys_pdbr;			/* the system page directory	*/
bool8	paging_on = FALSE;
uint32	kernel_pts[KERNEL_PTS];		/* physical addresses		*/

/* The device table at MMIO_BASE: in the kernel's bss, so its physical
   address is its virtual one, and it costs no PD/PT frame.  Every
   directory points at it (vminit, vcreate); vmcheck checks that. */
pt_t	mmio_pt[NENTRIES] __attribute__((aligned(PAGE_SIZE)));
static	uint32	mmio_next = MMIO_BASE;	/* first unused device page	*/

/*------------------------------------------------------------------------
 * vminit - initialise the frame pools and the system directory
 *------------------------------------------------------------------------
 */
void	vminit(void)
{
	int32	i, t;
	pt_t	*pd, *pt;

	ptframe_init();		/* PD/PT region: every frame free	*/

	ffs_init();
	swap_init();
	rmap_init();

	/* The kernel region's page tables */
	for (t = 0; t < KERNEL_PTS; t++) {
		kernel_pts[t] = ptframe_alloc(OWN_KERNEL, FALSE);
		pt = (pt_t *)kernel_pts[t];
		for (i = 0; i < NENTRIES; i++) {
			pt[i] = ((t * NENTRIES + i) << PAGE_SHIFT)
				| PTE_P | PTE_RW;
		}
	}
	((pt_t *)kernel_pts[0])[0] = 0;		/* catch NULL	*/

	/* Window slots start unmapped; VWIN_SELF maps the window's table */
	pt = (pt_t *)kernel_pts[PDX(VWIN_BASE)];
	for (i = PTX(VWIN_BASE); i < NENTRIES; i++) {
		pt[i] = 0;
	}
	pt[PTX(VWIN_SELF)] = kernel_pts[PDX(VWIN_SELF)] | PTE_P | PTE_RW;

	sys_pdbr = ptframe_alloc(OWN_KERNEL, TRUE);
	pd = (pt_t *)sys_pdbr;
	for (t = 0; t < KERNEL_PTS; t++) {
		pd[t] = kernel_pts[t] | PTE_P | PTE_RW;
	}
	pd[PDX(MMIO_BASE)] = (uint32)mmio_pt | PTE_P | PTE_RW;
}

/*------------------------------------------------------------------------
 * vm_enable - load the system directory and turn paging on; CR0.WP
 *	makes ring-0 writes honour read-only pages (all code runs in ring
 *	0, and the first write to a page back from swap must fault)
 *------------------------------------------------------------------------
 */
void	vm_enable(void)
{
	intmask	mask = disable();

	write_cr3(sys_pdbr);
	write_cr0(read_cr0() | CR0_PG | CR0_WP);
	paging_on = TRUE;
	restore(mask);
}

/*------------------------------------------------------------------------
 * vm_mmiomap - map size bytes of device registers at physical address
 *	phys, uncached, into every address space; the virtual address that
 *	reaches phys, or NULL when the device window is full.  Mappings
 *	are made at boot (device init) and never taken back.
 *------------------------------------------------------------------------
 */
void	*vm_mmiomap(
	  uint32	phys,		/* first register's address	*/
	  uint32	size		/* bytes of registers		*/
	)
{
	intmask	mask;
	uint32	off, npages, i, va;

	off = phys & (PAGE_SIZE - 1);
	npages = (off + size + PAGE_SIZE - 1) / PAGE_SIZE;
	mask = disable();
	if (size == 0 || npages > (MMIO_END - mmio_next) / PAGE_SIZE) {
		restore(mask);
		return NULL;
	}
	va = mmio_next;
	for (i = 0; i < npages; i++) {
		mmio_pt[PTX(va) + i] = ((phys & PTE_FRAME) + i * PAGE_SIZE)
			| PTE_P | PTE_RW | PTE_PCD | PTE_PWT;
		if (paging_on) {
			invlpg((void *)(va + i * PAGE_SIZE));
		}
	}
	mmio_next += npages * PAGE_SIZE;
	restore(mask);
	return (void *)(va + off);
}
