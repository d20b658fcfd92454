/* utest.c - main, and the cases it runs */

/*
 * utest CASE: one check of the protection between a user program and the
 * kernel, after xv6's usertests.  The fault cases make one access a user
 * program must not make: the kernel kills the program (the one-line fault
 * message) and nothing else; if the access returns, the program says so
 * and exits with 1.  The kernel's tests (tests/kernel/test_user.c) run each
 * case and check how the program ended (uexitstatus) and that everything
 * it held came back.  "badcalls N" makes every system call with bad
 * pointers and bad numbers, N rounds: each must return SYSERR, nothing
 * may leak; it exits with the count of calls that did not fail.
 *
 * The kernel addresses are those of its layout (docs/memory-layout.md):
 * a user program has no other way to know them, and needs none.
 */

#include <ulib.h>

#define	KTEXT		0x00100000	/* the kernel's text		*/
#define	KDATA		0x00400000	/* its data and heap		*/
#define	VWINDOW		0x01ff0000	/* the window to PD/PT, FFS, swap */
#define	VWINSELF	0x01fff000	/* the window's own page table	*/
#define	PTREGION	0x02000000	/* where the PD/PT frames are in
					   physical memory: a user address,
					   not mapped to them (the heap's
					   start, unallocated here)	*/
#define	KSTACK		0xffbffff0	/* this process's kernel stack	*/
#define	DEVPAGE		0xffc00000	/* the device table's pages	*/
#define	TOPPAGE		0xfffff000
#define	USTKGUARD	0xfeeffff0	/* below the 1 MiB user stack	*/
#define	USERTOP		0xff000000	/* the end of the user range	*/
#define	BADNUM		1000		/* no such system call		*/

static	volatile uint32	sink;
static	volatile int32	mine;		/* data: each instance its own	*/
int	main(int, char *[]);

/* Read or write one word at va: the case's fatal access */
static	void	peek(uint32 va)
{
	sink = *(volatile uint32 *)va;
}

static	void	poke(uint32 va)
{
	*(volatile uint32 *)va = 0x5a5a5a5a;
}

/* Recursion the compiler cannot turn into a loop: each frame's buffer is
   read after the call returns, so every frame stays on the stack */
static	int32	deep(int32 n)
{
	volatile char	buf[256];

	buf[0] = (char)n;
	if (n == -1) {			/* never: keeps the compiler quiet */
		return 0;
	}
	return deep(n + 1) + buf[0];
}

/* A raw trap with a number no stub has */
static	int32	rawcall(uint32 num, uint32 a0)
{
	int32	r;

	asm volatile("int $0x80" : "=a"(r) : "a"(num), "b"(a0) : "memory");
	return r;
}

/*------------------------------------------------------------------------
 * badcalls - every call that takes a pointer, given bad ones, and bad
 *	      call numbers; returns how many did not return SYSERR
 *------------------------------------------------------------------------
 */
static	int32	badcalls(int32 rounds)
{
	char	*bad[] = { NULL, (char *)KTEXT, (char *)KDATA,
			   (char *)VWINSELF, (char *)KSTACK, (char *)DEVPAGE,
			   (char *)0x30000000,		/* unmapped user page */
			   (char *)(USERTOP - 8),	/* runs into the kernel */
			   NULL };			/* just freed (below) */
	char	*argv[2], *heap, *ro;
	int32	i, k, nbad = sizeof(bad) / sizeof(bad[0]), fails = 0;
	uint32	ffs = free_ffs_pages(), swap = free_swap_pages();

	for (i = 0; i < rounds; i++) {
		heap = vmalloc(PAGE_SIZE);
		heap[0] = 'x';
		vfree(heap, PAGE_SIZE);
		bad[nbad - 1] = heap;
		for (k = 0; k < nbad; k++) {
			fails += write(STDOUT, bad[k], 100) != SYSERR;
			fails += read(STDIN, bad[k], 100) != SYSERR;
			if (bad[k] == (char *)(USERTOP - 8)) {
				continue;	/* a string may fit there */
			}
			fails += exec(bad[k], 0, NULL) != SYSERR;
			argv[0] = bad[k];
			argv[1] = NULL;
			fails += exec("hello", 1, argv) != SYSERR;
			fails += exec("hello", 1, (char **)bad[k]) != SYSERR;
		}
		/* read into read-only text: the kernel would write there */
		ro = (char *)main;
		fails += read(STDIN, ro, 10) != SYSERR;
		fails += write(7, "x", 1) != SYSERR;	/* no such fd	*/
		fails += rawcall(BADNUM, 0) != SYSERR;
		fails += rawcall(0xffffffff, 0) != SYSERR;
		fails += kill(0) != SYSERR;	/* not a user program	*/
		fails += send(1, 0) != SYSERR;
		fails += wait(0) != SYSERR;	/* the kernel's semaphore */
		fails += mmap((char *)KTEXT, PAGE_SIZE, PROT_READ, MAP_PRIVATE
			| MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED;
		fails += munmap((char *)KTEXT, PAGE_SIZE) != SYSERR;
		fails += mprotect((char *)KTEXT, PAGE_SIZE, PROT_READ) != SYSERR;
		fails += vfree((char *)KTEXT, PAGE_SIZE) != SYSERR;
	}
	if (free_ffs_pages() != ffs || free_swap_pages() != swap) {
		printf("utest: badcalls leaked: FFS %d -> %d, swap %d -> %d\n",
			ffs, free_ffs_pages(), swap, free_swap_pages());
		fails++;
	}
	return fails;
}

/*------------------------------------------------------------------------
 * main - run the case named by argv[1]
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	char	*c = argc > 1 ? argv[1] : "";

	if (strcmp(c, "ok") == 0) {
		return 42;
	} else if (strcmp(c, "wait") == 0) {
		mine = getpid();	/* then wait for a message: two */
		receive();		/* instances run at once	*/
		return mine == getpid() ? 0 : 1;
	} else if (strcmp(c, "badcalls") == 0) {
		return badcalls(argc > 2 ? atoi(argv[2]) : 1);
	} else if (strcmp(c, "null") == 0) {
		peek(0);
	} else if (strcmp(c, "ktext") == 0) {
		peek(KTEXT);
	} else if (strcmp(c, "kdata") == 0) {
		poke(KDATA);
	} else if (strcmp(c, "vwindow") == 0) {
		peek(VWINDOW);
	} else if (strcmp(c, "ptregion") == 0) {
		poke(PTREGION);
	} else if (strcmp(c, "vwinself") == 0) {
		poke(VWINSELF);
	} else if (strcmp(c, "kstack") == 0) {
		peek(KSTACK);
	} else if (strcmp(c, "device") == 0) {
		peek(DEVPAGE);
	} else if (strcmp(c, "top") == 0) {
		peek(TOPPAGE);
	} else if (strcmp(c, "stackguard") == 0) {
		peek(USTKGUARD);
	} else if (strcmp(c, "owntext") == 0) {
		poke((uint32)main);
	} else if (strcmp(c, "cli") == 0) {
		asm volatile("cli");
	} else if (strcmp(c, "in") == 0) {
		sink = 0;
		asm volatile("inb $0x60, %%al" : : : "eax");
	} else if (strcmp(c, "out") == 0) {
		asm volatile("outb %%al, $0xf4" : : "a"(0x11));
	} else if (strcmp(c, "ud2") == 0) {
		asm volatile("ud2");
	} else if (strcmp(c, "recurse") == 0) {
		return deep(0);		/* runs off the user stack	*/
	} else {
		printf("utest: unknown case '%s'\n", c);
		return 2;
	}
	printf("utest: %s: the access returned\n", c);
	return 1;
}
