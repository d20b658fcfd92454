/* initialize.c - nulluser, sysinit, main_ended */

#include <xinu.h>
#include <net.h>

/*
 * Boot sequence (docs/boot.md): start.S -> nulluser -> sysinit builds every
 * kernel table, initialises devices and the page tables and turns paging
 * on; nulluser then starts the pager and main, and becomes the null
 * process, which halts the CPU until the next interrupt whenever nothing
 * else is ready.
 */

struct	procent	proctab[NPROC];		/* process table		*/
int32	prcount;			/* processes alive		*/
pid32	currpid;			/* the running process		*/
pid32	mainpid = -1;			/* the main process		*/
extern	bool8	kernel_running;

#define	MAINSTK		INITSTK		/* stack of the main process	*/

/*------------------------------------------------------------------------
 * check_ram - read the RAM size from the loader; refuse to run on less
 *	       than the memory regions need
 *------------------------------------------------------------------------
 */
static	void	check_ram(void)
{
	struct	mbinfo	*mb = (struct mbinfo *)mbinfoaddr;

	if (mbmagic != MULTIBOOT_BOOTLOADER_MAGIC) {
		kprintf("Xinu: not started by a Multiboot loader "
			"(magic 0x%08x)\n", mbmagic);
		qemu_exit(QEMU_EXIT_FAIL);
	}
	if (!(mb->flags & MB_INFO_MEMORY)) {
		kprintf("Xinu: the boot loader gave no memory size\n");
		qemu_exit(QEMU_EXIT_FAIL);
	}
	memtotal = (mb->mem_upper + 1024) * 1024;
	if (memtotal < VM_RAM_NEEDED) {
		kprintf("\nXinu: not enough RAM: %u MiB found, %u MiB needed "
			"(kernel region %u MiB + page tables %u + FFS %u + "
			"swap %u MiB).\nBoot with more memory, e.g. "
			"qemu -m %u\n", memtotal >> 20, VM_RAM_NEEDED >> 20,
			PT_REGION_BASE >> 20,
			(MAX_PT_SIZE * PAGE_SIZE) >> 20,
			(MAX_FFS_SIZE * PAGE_SIZE) >> 20,
			(MAX_SWAP_SIZE * PAGE_SIZE) >> 20,
			(VM_RAM_NEEDED >> 20) + 16);
		qemu_exit(QEMU_EXIT_FAIL);
	}
}

/*------------------------------------------------------------------------
 * sysinit - initialise all Xinu data structures and devices
 *------------------------------------------------------------------------
 */
void	sysinit(void)
{
	int32	i;
	struct	procent	*prptr;
	struct	sentry	*semptr;

	gdtinit();
	idtinit();
	picinit();
	check_ram();
	meminit();

	prcount = 0;
	for (i = 0; i < NPROC; i++) {
		prptr = &proctab[i];
		memset(prptr, 0, sizeof(*prptr));
		prptr->prstate = PR_FREE;
		prptr->prsem = -1;
	}

	/* The null process is the code running now, on the boot stack */
	prptr = &proctab[NULLPROC];
	prptr->prstate = PR_CURR;
	prptr->prprio = 0;
	strcpy(prptr->prname, "prnull");
	prptr->prstkbase = (char *)&bootstk + BOOTSTK - sizeof(uint32);
	prptr->prstklen = BOOTSTK;
	prptr->prstkphys = NULL;	/* not guarded, never freed	*/
	prptr->prparent = NULLPROC;
	currpid = NULLPROC;
	prcount = 1;

	for (i = 0; i < NSEM; i++) {
		semptr = &semtab[i];
		semptr->sstate = S_FREE;
		semptr->scount = 0;
		semptr->squeue = newqueue();
	}
	readylist = newqueue();

	vminit();			/* page tables; paging still off */
	proctab[NULLPROC].prpdbr = sys_pdbr;
	dfinit();
	fpuinit();

	clkinit();
	for (i = 0; i < NDEVS; i++) {
		init(i);
	}
	vm_enable();
}

/*------------------------------------------------------------------------
 * main_ended - called by kill when the main process ends: say so (the
 *		same line in both modes, so a user sees their program
 *		finished); a batch run (make batch) stops QEMU, an
 *		interactive kernel (make run) goes on and says how to leave
 *------------------------------------------------------------------------
 */
void	main_ended(void)
{
	kprintf("\n[main process exited]\n");
#ifdef BATCH
	qemu_exit(QEMU_EXIT_PASS);
#else
	kprintf("[Xinu goes on; Ctrl-A X leaves QEMU]\n");
#endif
}

/*------------------------------------------------------------------------
 * nulluser - initialise the system and become the null process
 *------------------------------------------------------------------------
 */
void	nulluser(void)
{
	pid32	netpid;			/* runs DHCP, then starts main	*/

	sysinit();

	kprintf("\n\nXinu for i386 with demand paging -- %s %s\n",
		__DATE__, __TIME__);
	memsummary(CONSOLE);
	kprintf("VM: PD/PT 0x%08x (%d frames), FFS 0x%08x (%d frames), "
		"swap 0x%08x (%d frames)\n\n", PT_REGION_BASE, MAX_PT_SIZE,
		FFS_REGION_BASE, MAX_FFS_SIZE, SWAP_REGION_BASE, MAX_SWAP_SIZE);

	kernel_running = TRUE;
	enable();
	pager_start();
	mainpid = create((void *)main, MAINSTK, INITPRIO, "main", 0);

	/* With a NIC, main starts once DHCP has given an address (or
	   given up); without one, at once, as it always did */
	netpid = SYSERR;
	if (net_init() == OK) {
		netpid = create(netstart, NETSTART_STK, NETSTART_PRIO,
				"netstart", 1, mainpid);
	}
	resume(netpid != SYSERR ? netpid : mainpid);

	for (;;) {
		pause();		/* hlt until the next interrupt	*/
	}
}
