/* cowdemo.c - main, show */

/*
 * cowdemo [N]: copy-on-write, shown.  A buffer of N pages (default 2, at
 * most 8) is filled with 'P' by the parent, then N children are forked,
 * one after another: child i writes its own page i (lower-case letter
 * 'a' + i) and prints the buffer as it sees it, one letter per page; its
 * write copied that page only.  The parent prints its own view after
 * them (unchanged) and its FFS frame counts before and after.
 *
 *	xsh $ cowdemo 2
 *
 * Exit status: 0 when every check passed, else the number of failures
 * (each printed).
 */

#include <ulib.h>

#define	NDEF		2
#define	NMAX		8
#define	PARENT_MARK	'P'

/* The first byte of each of n pages of buf, as letters, in s */
static	char	*show(char *s, char *buf, int32 n)
{
	int32	i;

	for (i = 0; i < n; i++) {
		s[i] = buf[i * PAGE_SIZE];
	}
	s[n] = '\0';
	return s;
}

/*------------------------------------------------------------------------
 * main - fill, fork the children one at a time, compare
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	int32	n = argc > 1 ? atoi(argv[1]) : NDEF, i, fails = 0;
	pid32	me = getpid(), pid;
	uint32	used0, free0;
	char	*buf, view[NMAX + 1];

	if (n < 1 || n > NMAX) {
		printf("cowdemo: N must be 1 to %d\n", NMAX);
		return 1;
	}
	buf = vmalloc(n * PAGE_SIZE);
	if (buf == (char *)SYSERR) {
		printf("cowdemo: no memory\n");
		return 1;
	}
	memset(buf, PARENT_MARK, n * PAGE_SIZE);
	used0 = used_ffs_frames(me);
	free0 = free_ffs_pages();
	printf("cowdemo: parent %d, buffer of %d pages: %s\n", me, n,
		show(view, buf, n));
	printf("cowdemo: before: parent uses %u frames, %u free\n", used0,
		free0);
	recvtime(0);			/* nothing pending		*/
	for (i = 0; i < n; i++) {
		pid = fork();
		if (pid == SYSERR) {
			printf("cowdemo: fork failed\n");
			fails++;
			break;
		}
		if (pid == 0) {
			buf[i * PAGE_SIZE] = 'a' + i;	/* copies one page */
			printf("cowdemo: child %d writes page %d, sees %s\n",
				i, i, show(view, buf, n));
			exit(buf[i * PAGE_SIZE] == 'a' + i ? 0 : 1);
		}
		if (receive() != (umsg32)pid) {	/* its death notice */
			printf("cowdemo: no death notice from child %d\n", i);
			fails++;
		}
	}
	for (i = 0; i < n * PAGE_SIZE; i++) {
		if (buf[i] != PARENT_MARK) {
			printf("cowdemo: the parent's byte %d changed\n", i);
			fails++;
			break;
		}
	}
	printf("cowdemo: after: parent uses %u frames, %u free\n",
		used_ffs_frames(me), free_ffs_pages());
	printf("cowdemo: parent sees %s: %s, %d children done\n",
		show(view, buf, n), fails == 0 ? "unchanged" : "CHANGED", n);
	vfree(buf, n * PAGE_SIZE);
	return fails;
}
