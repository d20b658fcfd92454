/* ulibhost.c - main, write, read, exit, vmalloc (host test of ulib) */

/* ulib's C code run on the host as a 32-bit Linux program: the few system
   calls it makes are served by Linux's own int $0x80 (the same trap and
   registers as ours, other numbers), so printf's formatting, the string
   functions and malloc's first fit and coalescing are tested without a
   Xinu kernel.  tests/host/test-user.sh builds and runs it; each check
   prints PASS or FAIL. */

#include <ulib.h>
#include "../../ulib/umem.h"

/* Linux i386 system-call numbers and mmap flags (the host's ABI) */
#define	LNX_EXIT	1
#define	LNX_READ	3
#define	LNX_WRITE	4
#define	LNX_MMAP2	192
#define	LNX_PROT_RW	0x3
#define	LNX_MAP_ANON	0x22		/* MAP_PRIVATE | MAP_ANONYMOUS */
#define	LNX_ERRMAX	4095		/* results above -this are errors */

static	int32	lnx(int32 nr, int32 a, int32 b, int32 c, int32 d, int32 e)
{
	int32	r;

	asm volatile("pushl %%ebp; movl $0, %%ebp; int $0x80; popl %%ebp"
		: "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
		: "memory");
	return r;
}

int32	write(int32 fd, const void *buf, uint32 n)
{
	return lnx(LNX_WRITE, fd, (int32)buf, n, 0, 0);
}

int32	read(int32 fd, void *buf, uint32 n)
{
	return lnx(LNX_READ, fd, (int32)buf, n, 0, 0);
}

void	exit(int32 status)
{
	for (;;) {
		lnx(LNX_EXIT, status, 0, 0, 0, 0);
	}
}

static	int32	nchunks;		/* vmalloc calls that succeeded	*/

char	*vmalloc(uint32 nbytes)
{
	int32	r = lnx(LNX_MMAP2, 0, nbytes, LNX_PROT_RW, LNX_MAP_ANON, -1);

	if ((uint32)r > (uint32)-LNX_ERRMAX) {
		return (char *)SYSERR;
	}
	nchunks++;
	return (char *)r;
}

/* Linux starts a program with argc, then the argv array, on the stack */
asm(".text\n.globl _start\n_start:\n"
    "	xorl %ebp, %ebp\n	movl (%esp), %eax\n	leal 4(%esp), %ecx\n"
    "	andl $-16, %esp\n	subl $8, %esp\n	pushl %ecx\n	pushl %eax\n"
    "	call main\n	movl %eax, (%esp)\n	call exit\n");

char	*_uprogname = "ulibhost";
static	int32	npass, nfail;

static	void	check(const char *name, bool8 ok)
{
	printf("%s %s\n", ok ? "PASS" : "FAIL", name);
	if (ok) {
		npass++;
	} else {
		nfail++;
	}
}

/* fmt: snprintf's text and its return value */
static	void	fmt(const char *want, int wantn, const char *f, ...)
{
	char	buf[64], name[128];
	va_list	ap;
	int	n;

	va_start(ap, f);
	n = vsnprintf(buf, sizeof(buf), f, ap);
	va_end(ap);
	snprintf(name, sizeof(name), "format \"%s\" gives \"%s\" (got \"%s\")",
			f, want, buf);
	check(name, strcmp(buf, want) == 0 && n == wantn);
}

static	uint32	freebytes;		/* set by freeblocks		*/

/* freeblocks: blocks on the free list (their bytes in freebytes), and
   whether each is a whole number of chunks */
static	int32	freeblocks(bool8 *whole)
{
	struct	umblk	*b;
	int32	n = 0;

	*whole = TRUE;
	freebytes = 0;
	for (b = umfreelist.umnext; b != NULL; b = b->umnext) {
		n++;
		freebytes += b->umsize;
		if (b->umsize % UMALLOC_CHUNK != 0) {
			*whole = FALSE;
		}
	}
	return n;
}

#define	NBLK	200

int	main(int argc, char *argv[])
{
	char	buf[16], *p[NBLK], *q;
	int	i, j;
	bool8	whole, ok;
	uint32	bytes;

	fmt("-5|    7|7    |-0042|00ff", 25, "%d|%5d|%-5d|%05d|%04x", -5, 7, 7,
			-42, 255);
	fmt("4294967295 FF 0x1234 -2147483648", 32, "%u %X %p %i",
			4294967295u, 255, (void *)0x1234, (int)0x80000000);
	fmt("(null)|x|%|abcdef|ab  |12", 25, "%s|%c|%%|%3s|%-4s|%ld",
			(char *)NULL, 'x', "abcdef", "ab", 12L);
	check("snprintf truncates and returns the full length",
		snprintf(buf, 4, "hello") == 5 && strcmp(buf, "hel") == 0);

	check("strcmp orders unsigned bytes", strcmp("a\xff", "a\x01") > 0
		&& strcmp("ab", "abc") < 0 && strcmp("x", "x") == 0);
	check("strncmp stops at n", strncmp("abcX", "abcY", 3) == 0
		&& strncmp("abcX", "abcY", 4) < 0);
	q = "hello";
	check("strchr finds c and the NUL", strchr(q, 'l') == q + 2
		&& strchr(q, '\0') == q + 5 && strchr(q, 'z') == NULL);
	strcpy(buf, "abcdef");
	memmove(buf + 2, buf, 4);
	ok = memcmp(buf, "ababcd", 6) == 0;
	strcpy(buf, "abcdef");
	memmove(buf, buf + 2, 4);
	check("memmove copies overlapping areas both ways",
		ok && memcmp(buf, "cdefef", 6) == 0);
	memset(buf, 'x', sizeof(buf));
	strncpy(buf, "ab", 5);
	check("strncpy pads with NULs to n", memcmp(buf, "ab\0\0\0x", 6) == 0);
	strcpy(buf, "ab");
	check("strcat appends", strcmp(strcat(buf, "cd"), "abcd") == 0
		&& strlen(buf) == 4);
	check("atoi reads blanks, sign, digits", atoi("  -12x") == -12
		&& atoi("+7") == 7 && atoi("x") == 0 && abs(-3) == 3);
	check("ctype classes", isdigit('7') && !isdigit('a') && isxdigit('F')
		&& isspace('\n') && ispunct('!') && !ispunct('a')
		&& toupper('q') == 'Q' && tolower('Q') == 'q' && !isalpha(-1));

	/* malloc: blocks of many sizes, each filled with its own byte */
	for (i = 0; i < NBLK; i++) {
		p[i] = malloc(1 + (i * 37) % 3000);
		if (p[i] == NULL) {
			break;
		}
		memset(p[i], i, 1 + (i * 37) % 3000);
	}
	check("malloc gives NBLK aligned blocks", i == NBLK
		&& ((uint32)p[0] & (UMEM_ALIGN - 1)) == 0
		&& ((uint32)p[NBLK - 1] & (UMEM_ALIGN - 1)) == 0);
	ok = TRUE;
	for (i = 0; i < NBLK; i++) {
		for (j = 0; j < 1 + (i * 37) % 3000; j++) {
			if (p[i][j] != (char)i) {
				ok = FALSE;
			}
		}
	}
	check("no block overlaps another", ok);
	check("memory comes in chunks of at least UMALLOC_CHUNK",
		nchunks > 0 && nchunks <= (NBLK * 3000) / UMALLOC_CHUNK + 1);
	for (i = 0; i < NBLK; i += 2) {		/* every other, then the rest */
		free(p[i]);
	}
	for (i = NBLK - 1; i > 0; i -= 2) {
		free(p[i]);
	}
	j = freeblocks(&whole);
	check("free coalesces: the free list is whole chunks again",
		whole && j >= 1 && j <= nchunks);
	i = nchunks;
	q = malloc(UMALLOC_CHUNK - 2 * UMEM_HDR);
	check("a freed chunk is reused whole", q != NULL && nchunks == i);
	q = realloc(q, 10);
	strcpy(q, "kept");
	q = realloc(q, 5 * UMALLOC_CHUNK);
	check("realloc grows and keeps the bytes", q != NULL
		&& strcmp(q, "kept") == 0);
	free(q);
	q = calloc(100, 4);
	ok = q != NULL;
	for (i = 0; ok && i < 400; i++) {
		ok = q[i] == 0;
	}
	check("calloc zeroes", ok);
	check("calloc refuses an overflowing size",
		calloc(0x10000, 0x10001) == NULL && malloc(0xFFFFFFF0) == NULL);
	free(q);
	j = freeblocks(&whole);
	bytes = freebytes;
	free(q);				/* double free: refused */
	free(buf + 1);				/* never malloc'd: refused */
	i = freeblocks(&whole);
	check("a double free and a foreign pointer are refused, the heap "
		"unchanged", i == j && freebytes == bytes);

	printf("%d passed, %d failed\n", npass, nfail);
	return nfail == 0 ? 0 : 1;
}
