/* wlgen.c - main: write the page-reference strings of the kernel's
 *	       workloads on the host, for tools/opt/replay (host tool)
 *
 *   wlgen [-f frames] [-w slots] kind|all seed [seed ...]
 *
 * Prints, for each kind (seq, rand, zipf, phase, loophot, scan, or all of
 * them) and each seed, the block replay reads:
 *	REFS <n> <kind> seed <s> pages <m>  ...numbers...  REFS END
 * The strings are those of paging/vmwl_gen.c for a kernel with the given
 * FFS frames (MAX_FFS_SIZE, default 64: the bench's small configuration)
 * and swap slots (MAX_SWAP_SIZE, default 256): the same sizes (from
 * include/paging.h) and the same generator (the LCG of include/stdlib.h,
 * unsigned 32-bit arithmetic), so that a policy can be tried on many
 * seeds without a kernel:
 *	wlgen all 1 2 3 | replay -f 64
 * tests/host/test-replay.sh checks the strings against the figures the
 * kernel's own strings give (docs/performance.md).
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* include/stdlib.h: the kernel's LCG */
#define	RAND_MULT	6364136223846793005ULL
#define	RAND_INCR	1442695040888963407ULL

/* include/paging.h, with M frames and S slots */
#define	WL_MIN(a, b)	((a) < (b) ? (a) : (b))
#define	WL_MAX(a, b)	((a) > (b) ? (a) : (b))
#define	WL_REFS(M)	WL_MAX(4096, 4 * (M))
#define	WL_SPAN(M, S)	WL_MIN(2 * (M), (S))
#define	WL_SEQPAGES(M, S)	WL_MIN((M) + (M) / 2, (S))
#define	WL_SEQPASSES(M, S)	WL_MAX(2, WL_REFS(M) / WL_SEQPAGES(M, S))
#define	WL_PHASEW(M)	WL_MAX(1, 3 * (M) / 4)
#define	WL_PHASES	8
#define	WL_ZIPFSCALE	(1 << 24)
#define	WL_HOTPAGES(M)	WL_MAX(1, (M) / 4)
#define	WL_LOOPPAGES(M, S)	WL_MIN((M) + (M) / 4, (S) - WL_HOTPAGES(M))
#define	WL_HOTROUNDS	2
#define	WL_SCANHOT(M)	WL_MAX(1, (M) / 2)
#define	WL_SCANPAGES(M, S)	WL_MIN(WL_MIN(4 * (M), (S) - WL_SCANHOT(M)), \
				WL_REFS(M) / 4)

enum	{ WL_SEQ, WL_RAND, WL_ZIPF, WL_PHASE, WL_LOOPHOT, WL_SCAN, WL_NKINDS };
static	const char *kindnames[WL_NKINDS] = { "seq", "rand", "zipf", "phase",
				"loophot", "scan" };

static	void	die(const char *msg)
{
	fprintf(stderr, "wlgen: %s\n", msg);
	exit(2);
}

static	void	*xmalloc(size_t n)
{
	void	*p = calloc(n ? n : 1, 1);

	if (p == NULL) {
		die("out of memory");
	}
	return p;
}

/* The next 32 bits of a workload's generator (vmwl_gen.c's wl_next) */
static	uint32_t wl_next(uint64_t *st)
{
	*st = *st * RAND_MULT + RAND_INCR;
	return (uint32_t)(*st >> 32);
}

/* n Zipf (s = 1) draws over npages pages, as vmwl_gen.c's wl_zipf */
static	void	wl_zipf(uint64_t *st, uint32_t *refs, uint32_t n, uint32_t npages)
{
	uint32_t *cum = xmalloc(npages * sizeof(uint32_t));
	uint32_t *perm = xmalloc(npages * sizeof(uint32_t));
	uint32_t i, j, t, u, lo, hi;

	for (i = 0; i < npages; i++) {
		cum[i] = (i > 0 ? cum[i - 1] : 0) + WL_ZIPFSCALE / (i + 1);
		perm[i] = i;
	}
	for (i = npages - 1; i > 0; i--) {
		j = wl_next(st) % (i + 1);
		t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
	for (i = 0; i < n; i++) {
		u = wl_next(st) % cum[npages - 1];
		lo = 0;
		hi = npages - 1;
		while (lo < hi) {
			j = lo + (hi - lo) / 2;
			if (cum[j] > u) {
				hi = j;
			} else {
				lo = j + 1;
			}
		}
		refs[i] = perm[lo];
	}
	free(cum);
	free(perm);
}

/* Print the string of kind for seed with M frames and S slots */
static	void	gen(int kind, uint32_t seed, uint32_t M, uint32_t S)
{
	uint64_t st = seed;
	uint32_t *refs, i, j, n, np, w, start, plen, ph, pre;

	switch (kind) {
	case WL_SEQ:
		np = WL_SEQPAGES(M, S);
		n = np * WL_SEQPASSES(M, S);
		break;
	case WL_LOOPHOT:
		np = WL_LOOPPAGES(M, S) + WL_HOTPAGES(M);
		n = WL_REFS(M);
		break;
	case WL_SCAN:
		np = WL_SCANHOT(M) + WL_SCANPAGES(M, S);
		n = WL_REFS(M);
		break;
	default:
		np = WL_SPAN(M, S);
		n = WL_REFS(M);
		break;
	}
	refs = xmalloc(n * sizeof(uint32_t));
	wl_next(&st);
	switch (kind) {
	case WL_SEQ:
		for (i = 0; i < n; i++) {
			refs[i] = i % np;
		}
		break;
	case WL_RAND:
		for (i = 0; i < n; i++) {
			refs[i] = wl_next(&st) % np;
		}
		break;
	case WL_ZIPF:
		wl_zipf(&st, refs, n, np);
		break;
	case WL_PHASE:
		w = WL_MIN(WL_PHASEW(M), np);
		plen = WL_MAX(1, n / WL_PHASES);
		start = 0;
		for (i = 0; i < n; i++) {
			ph = i / plen;
			if (i % plen == 0 && ph < WL_PHASES) {
				start = wl_next(&st) % (np - w + 1);
			}
			refs[i] = start + wl_next(&st) % w;
		}
		break;
	case WL_LOOPHOT:
		for (i = 0; i < n; ) {
			for (j = 0; j < WL_HOTROUNDS * WL_HOTPAGES(M) && i < n;
					j++) {
				refs[i++] = WL_LOOPPAGES(M, S) + j % WL_HOTPAGES(M);
			}
			for (j = 0; j < WL_LOOPPAGES(M, S) && i < n; j++) {
				refs[i++] = j;
			}
		}
		break;
	case WL_SCAN:
		pre = (n - 2 * WL_SCANPAGES(M, S)) / 2;
		for (i = 0; i < pre; i++) {
			refs[i] = wl_next(&st) % WL_SCANHOT(M);
		}
		for (j = 0; j < WL_SCANPAGES(M, S); j++) {
			refs[i++] = WL_SCANHOT(M) + j;
			refs[i++] = wl_next(&st) % WL_SCANHOT(M);
		}
		for (; i < n; i++) {
			refs[i] = wl_next(&st) % WL_SCANHOT(M);
		}
		break;
	}
	printf("REFS %u %s seed %u pages %u\n", n, kindnames[kind], seed, np);
	for (i = 0; i < n; i++) {
		printf("%u%c", refs[i], (i % 16 == 15 || i == n - 1) ? '\n' : ' ');
	}
	printf("REFS END\n");
	free(refs);
}

static	void	usage(void)
{
	fprintf(stderr, "usage: wlgen [-f frames] [-w slots] "
		"seq|rand|zipf|phase|loophot|scan|all seed [seed ...]\n");
	exit(2);
}

/*------------------------------------------------------------------------
 * main
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	long	frames = 64, slots = 256, v;
	int	i, k, kind = -1;
	char	*end;

	for (i = 1; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		v = strtol(argv[i + 1], &end, 10);
		if (*end != '\0' || v < 2 || v > 65536) {
			usage();
		}
		if (strcmp(argv[i], "-f") == 0) {
			frames = v;
		} else if (strcmp(argv[i], "-w") == 0) {
			slots = v;
		} else {
			usage();
		}
	}
	if (i + 2 > argc) {
		usage();
	}
	if (strcmp(argv[i], "all") != 0) {
		for (kind = 0; kind < WL_NKINDS
		     && strcmp(argv[i], kindnames[kind]) != 0; kind++) {
		}
		if (kind == WL_NKINDS) {
			usage();
		}
	}
	/* loophot's and scan's sizes subtract their hot sets from the slots */
	if (slots <= WL_HOTPAGES(frames) || slots <= WL_SCANHOT(frames)) {
		die("too few swap slots for these frames");
	}
	for (i++; i < argc; i++) {
		v = strtol(argv[i], &end, 10);
		if (*end != '\0' || v < 0 || v > (long)UINT32_MAX) {
			usage();
		}
		for (k = 0; k < WL_NKINDS; k++) {
			if (kind < 0 || k == kind) {
				gen(k, (uint32_t)v, (uint32_t)frames,
					(uint32_t)slots);
			}
		}
	}
	return 0;
}
