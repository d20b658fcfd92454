/* vminit.c - vminit, vm_enable */

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
