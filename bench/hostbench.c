/* hostbench.c - main: the Linux reference figures of `make bench`
 *
 * Built with the host's gcc -O2 and run by bench/bench.py.  Measures, in
 * nanoseconds of CLOCK_MONOTONIC, the median over RUNS runs of:
 *   fault_ns  first touch of an anonymous page: mmap NPAGES pages, write
 *	       one byte in each, divide by NPAGES (transparent huge pages
 *	       are turned off for the mapping, so each touch is one fault);
 *   pipe_ns   a context switch: two processes pinned to one CPU pass a
 *	       byte back and forth over two pipes; a round trip is two
 *	       switches.
 * Output: "HOST <name> <median ns> <runs>" lines.
 *
 *   hostbench [runs]
 */

#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define	RUNS		21		/* default runs per figure	*/
#define	NPAGES		4096		/* pages touched per run	*/
#define	ROUNDTRIPS	20000		/* ping-pongs per run		*/

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmpd(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmpd);
	return v[n / 2];
}

/* One run of the first-touch figure: ns per page */
static double fault_run(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	size_t len = (size_t)NPAGES * pg;
	volatile char *p;
	double t0, t1;
	int i;

	p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		perror("hostbench: mmap");
		exit(1);
	}
#ifdef MADV_NOHUGEPAGE
	madvise((void *)p, len, MADV_NOHUGEPAGE);
#endif
	t0 = now_ns();
	for (i = 0; i < NPAGES; i++) {
		p[(size_t)i * pg] = 1;
	}
	t1 = now_ns();
	munmap((void *)p, len);
	return (t1 - t0) / NPAGES;
}

/* Keep the calling process on the first CPU it may use, so that a
   ping-pong is a switch on one processor and not a wake-up across two */
static void pin(void)
{
	cpu_set_t set;
	int cpu;

	if (sched_getaffinity(0, sizeof(set), &set) < 0) {
		return;
	}
	for (cpu = 0; cpu < CPU_SETSIZE && !CPU_ISSET(cpu, &set); cpu++) {
	}
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

/* One run of the ping-pong figure: ns per switch */
static double pipe_run(void)
{
	int ab[2], ba[2], i;
	char c = 0;
	pid_t child;
	double t0, t1;

	if (pipe(ab) < 0 || pipe(ba) < 0) {
		perror("hostbench: pipe");
		exit(1);
	}
	child = fork();
	if (child < 0) {
		perror("hostbench: fork");
		exit(1);
	}
	if (child == 0) {
		pin();
		for (i = 0; i < ROUNDTRIPS; i++) {
			if (read(ab[0], &c, 1) != 1 || write(ba[1], &c, 1) != 1) {
				_exit(1);
			}
		}
		_exit(0);
	}
	pin();
	/* One untimed round trip: the child is running and pinned */
	if (write(ab[1], &c, 1) != 1 || read(ba[0], &c, 1) != 1) {
		perror("hostbench: pipe I/O");
		exit(1);
	}
	t0 = now_ns();
	for (i = 1; i < ROUNDTRIPS; i++) {
		if (write(ab[1], &c, 1) != 1 || read(ba[0], &c, 1) != 1) {
			perror("hostbench: pipe I/O");
			exit(1);
		}
	}
	t1 = now_ns();
	waitpid(child, NULL, 0);
	close(ab[0]); close(ab[1]); close(ba[0]); close(ba[1]);
	return (t1 - t0) / (2.0 * (ROUNDTRIPS - 1));
}

int main(int argc, char *argv[])
{
	int runs = (argc > 1) ? atoi(argv[1]) : RUNS, i;
	double *v;

	if (runs < 1) {
		runs = 1;
	}
	v = malloc(runs * sizeof(*v));
	if (v == NULL) {
		return 1;
	}
	fault_run();			/* warm up the allocator */
	for (i = 0; i < runs; i++) {
		v[i] = fault_run();
	}
	printf("HOST fault_ns %.0f %d\n", median(v, runs), runs);
	for (i = 0; i < runs; i++) {
		v[i] = pipe_run();
	}
	printf("HOST pipe_ns %.0f %d\n", median(v, runs), runs);
	free(v);
	return 0;
}
