/* test_user.c - user programs in ring 3: running, isolation, system calls
 *
 * The programs are user/utest.c (one case per run, after xv6's
 * usertests) and user/hello.c.  Each is run to its end with ucreate; how
 * it ended (uexitstatus: its exit value, or UEXIT_KILLED) is what a test
 * checks, and the runner checks after every test that the heap, the
 * pools and the process count are back.
 */

#include <xinu.h>
#include <elf.h>
#include "testsuite.h"
#include "test_vm.h"

#define	UT_PRIO		INITPRIO

/* Run program argv[0] with its arguments to its end; its exit status */
local	int32	urun(int32 argc, char **argv)
{
	pid32	pid = ucreate(argv[0], UT_PRIO, argc, argv);

	CHECK(pid != SYSERR);
	if (pid == SYSERR) {
		return SYSERR;
	}
	CHECK(proctab[pid].pruser);
	resume(pid);
	CHECK(vm_reap(&pid, 1));
	return uexitstatus(pid);
}

/* utest CASE */
local	int32	ucase(char *c)
{
	char	*argv[] = { "utest", c };

	return urun(2, argv);
}

/* Wait (with a hang limit) until pid blocks in receive */
local	bool8	uwait_recv(pid32 pid)
{
	int32	ms;

	for (ms = 0; ms < VW_LIMIT_MS; ms += VW_POLL_MS) {
		if (proctab[pid].prstate == PR_RECV) {
			return TRUE;
		}
		sleepms(VW_POLL_MS);
	}
	return FALSE;
}

/* Pages of program prog's read-only (text) segments */
local	uint32	utextpages(int32 prog)
{
	const	Elf32_Ehdr *eh = (const Elf32_Ehdr *)uprogtab[prog].image;
	const	Elf32_Phdr *ph = (const Elf32_Phdr *)(uprogtab[prog].image
				+ eh->e_phoff);
	uint32	i, n = 0, lo, hi;

	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !(ph[i].p_flags & PF_W)) {
			lo = ph[i].p_vaddr >> PAGE_SHIFT;
			hi = (ph[i].p_vaddr + ph[i].p_memsz - 1) >> PAGE_SHIFT;
			n += hi - lo + 1;
		}
	}
	return n;
}

/*------------------------------------------------------------------------
 * The same program twice at once: its text is one set of frames, its
 * data each one's own
 *------------------------------------------------------------------------
 */
TESTCASE(user_two_instances_share_text)
{
	char	*argv[] = { "utest", "wait" };
	pid32	pids[2];
	uint32	shared0, text = utextpages(uprog_find("utest"));
	int32	i;

	CHECK(text > 0);
	shared0 = shared_ffs_frames();
	for (i = 0; i < 2; i++) {
		pids[i] = ucreate("utest", UT_PRIO, 2, argv);
		CHECK(pids[i] != SYSERR);
		if (pids[i] == SYSERR) {
			return;
		}
		resume(pids[i]);
		CHECK(uwait_recv(pids[i]));
	}
	CHECK_EQ(shared_ffs_frames() - shared0, text);
	CHECK_EQ(used_ffs_frames(pids[0]), used_ffs_frames(pids[1]));
	CHECK_EQ(vmcheck(), OK);
	for (i = 0; i < 2; i++) {
		send(pids[i], OK);
	}
	CHECK(vm_reap(pids, 2));
	CHECK_EQ(uexitstatus(pids[0]), 0);
	CHECK_EQ(uexitstatus(pids[1]), 0);
	CHECK_EQ(shared_ffs_frames(), shared0);
}

TESTCASE(user_program_runs_and_exits)
{
	char	*argv[] = { "hello", "a", "b" };

	CHECK_EQ(ucase("ok"), 42);
	CHECK_EQ(urun(3, argv), 0);
	CHECK_EQ(vmcheck(), OK);
}

/*------------------------------------------------------------------------
 * Every access a program must not make kills it alone: kernel text and
 * data, address 0, the VM window and its page table, the process's own
 * kernel stack, the device pages, the top page, the guard page below the
 * user stack, its own read-only text; cli, in, out; an invalid opcode;
 * running off its stack
 *------------------------------------------------------------------------
 */
TESTCASE(user_forbidden_accesses_kill_only_the_program)
{
	char	*cases[] = { "null", "ktext", "kdata", "vwindow", "vwinself",
			     "ptregion",
			     "kstack", "device", "top", "stackguard",
			     "owntext", "cli", "in", "out", "ud2", "recurse" };
	int32	i, n = prcount;

	for (i = 0; i < (int32)(sizeof(cases) / sizeof(cases[0])); i++) {
		if (ucase(cases[i]) != UEXIT_KILLED) {
			t_fail("utest %s was not killed", cases[i]);
		}
	}
	CHECK_EQ(prcount, n);
	CHECK_EQ(vmcheck(), OK);
}

/*------------------------------------------------------------------------
 * 10,000 system calls with bad pointers (NULL, kernel addresses, an
 * unmapped page, a buffer running into the kernel, just-freed heap, a
 * read into text) and bad numbers: SYSERR each time, nothing leaks
 *------------------------------------------------------------------------
 */
TESTCASE_T(user_bad_system_calls_fail, 120000)
{
	char	*argv[] = { "utest", "badcalls", "200" };

	CHECK_EQ(urun(3, argv), 0);
	CHECK_EQ(vmcheck(), OK);
}

/*------------------------------------------------------------------------
 * ucreate refuses what it cannot run, leaving nothing behind
 *------------------------------------------------------------------------
 */
TESTCASE(user_ucreate_refuses)
{
	char	*argv[UARGC_MAX + 1];
	int32	i, n = prcount;

	for (i = 0; i <= UARGC_MAX; i++) {
		argv[i] = "x";
	}
	CHECK_EQ(ucreate("nosuchprogram", UT_PRIO, 0, NULL), SYSERR);
	CHECK_EQ(ucreate(NULL, UT_PRIO, 0, NULL), SYSERR);
	CHECK_EQ(ucreate("hello", UT_PRIO, UARGC_MAX + 1, argv), SYSERR);
	CHECK_EQ(ucreate("hello", UT_PRIO, -1, argv), SYSERR);
	CHECK_EQ(ucreate("hello", 0, 0, NULL), SYSERR);	/* priority */
	CHECK_EQ(prcount, n);
}

/*------------------------------------------------------------------------
 * Malformed images are refused with a reason: a valid image, then one
 * field at a time broken
 *------------------------------------------------------------------------
 */
local	byte	img[2 * PAGE_SIZE];

local	void	img_make(void)
{
	Elf32_Ehdr *eh = (Elf32_Ehdr *)img;
	Elf32_Phdr *ph = (Elf32_Phdr *)(img + sizeof(*eh));

	memset(img, 0, sizeof(img));
	eh->e_ident[0] = ELFMAG0;
	eh->e_ident[1] = ELFMAG1;
	eh->e_ident[2] = ELFMAG2;
	eh->e_ident[3] = ELFMAG3;
	eh->e_ident[EI_CLASS] = ELFCLASS32;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_type = ET_EXEC;
	eh->e_machine = EM_386;
	eh->e_entry = 0x08048100;
	eh->e_phoff = sizeof(*eh);
	eh->e_phentsize = sizeof(*ph);
	eh->e_phnum = 2;
	ph[0].p_type = PT_LOAD;			/* text			*/
	ph[0].p_offset = 0;
	ph[0].p_vaddr = 0x08048000;
	ph[0].p_filesz = ph[0].p_memsz = PAGE_SIZE;
	ph[0].p_flags = PF_R | PF_X;
	ph[1].p_type = PT_LOAD;			/* data			*/
	ph[1].p_offset = PAGE_SIZE;
	ph[1].p_vaddr = 0x08049000;
	ph[1].p_filesz = PAGE_SIZE;
	ph[1].p_memsz = 3 * PAGE_SIZE;
	ph[1].p_flags = PF_R | PF_W;
}

TESTCASE(user_malformed_images_refused)
{
	Elf32_Ehdr *eh = (Elf32_Ehdr *)img;
	Elf32_Phdr *ph = (Elf32_Phdr *)(img + sizeof(*eh));
	int32	i;

	img_make();
	CHECK(uelf_check(img, sizeof(img)) == NULL);
	for (i = 0; i < nuprogs; i++) {		/* every real program	*/
		CHECK(uelf_check(uprogtab[i].image, uprogtab[i].size) == NULL);
	}
	CHECK(uelf_check(img, 10) != NULL);		/* truncated	*/
	img_make(); img[1] = 'X';
	CHECK(uelf_check(img, sizeof(img)) != NULL);	/* magic	*/
	img_make(); eh->e_ident[EI_CLASS] = 2;
	CHECK(uelf_check(img, sizeof(img)) != NULL);	/* 64-bit	*/
	img_make(); eh->e_machine = 62;
	CHECK(uelf_check(img, sizeof(img)) != NULL);	/* x86-64	*/
	img_make(); eh->e_type = 3;
	CHECK(uelf_check(img, sizeof(img)) != NULL);	/* shared object */
	img_make(); eh->e_phoff = 0xfffffff0;
	CHECK(uelf_check(img, sizeof(img)) != NULL);	/* headers outside */
	img_make(); eh->e_phnum = 0xffff;
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); ph[1].p_offset = 0xfffff000;	/* offset + size wraps */
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); ph[1].p_filesz = 0xffffffff;
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); ph[0].p_vaddr = 0x00100000;		/* the kernel's text */
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); ph[1].p_memsz = 0xfffff000;		/* vaddr + size wraps */
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); ph[1].p_vaddr = USTACK_LOW - PAGE_SIZE; /* the stack's */
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); ph[1].p_vaddr = 0x08048800;		/* overlaps text */
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); eh->e_entry = 0x08049100;		/* entry in data */
	CHECK(uelf_check(img, sizeof(img)) != NULL);
	img_make(); ph[0].p_type = ph[1].p_type = 0;	/* nothing to load */
	CHECK(uelf_check(img, sizeof(img)) != NULL);
}

/*------------------------------------------------------------------------
 * int $0x80 from ring 0 (a create process) is refused: only programs
 * make system calls
 *------------------------------------------------------------------------
 */
TESTCASE(user_syscall_from_kernel_process_refused)
{
	int32	r;

	asm volatile("int $0x80" : "=a"(r) : "a"(1) : "memory");
	CHECK_EQ(r, SYSERR);
}
