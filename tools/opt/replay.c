/* replay.c - main: replay page-reference strings against RANDOM, FIFO,
 *	      CLOCK, CLOCK-Pro, LRU and Belady's OPT (host tool)
 *
 *   replay [-f frames] [-n seeds] [--check] [file ...]	(stdin without files)
 *   replay --selftest
 *
 * Input is a serial log of the kernel, or any part of one; lines may carry
 * a prefix (such as the test runner's "  | "), which is skipped:
 *   REFS <n> [<name> seed <s> pages <m>] ... REFS END	a string (vmworkload)
 *   TRACE BEGIN n=<n> dropped=<d> ... TRACE END		a fault trace (vmtrace):
 *		the pairs "T <pid> <page-hex>" are taken as the string, with
 *		(pid, page) naming a page
 *   WORKLOAD <name> seed <s> policy <p> frames <k> refs <n> faults <f>
 *		the kernel's count for the string of the same name and seed
 *   LAYOUT <name> seed <s> hand <h> frames <k> ... LAYOUT END
 *		CLOCK's starting state in the kernel (see paging/vmworkload.c)
 *   NOTE <name> seed <s>: ...	the kernel's counts are not comparable
 * Input without any of these blocks is read as one string of numbers.
 *
 * For each string: every policy's fault count with k frames (from -f or
 * the WORKLOAD lines), its ratio to OPT, and the kernel's counts beside
 * them.  All policies count cold misses; a fault with a free frame fills
 * the next free frame (in address order).  CLOCK is second chance with a
 * hand that starts at frame 0 and is never reset; when the kernel's LAYOUT
 * is known, a second CLOCK row starts from the kernel's hand and frame
 * order and must equal the kernel's count, as FIFO must.  CLOCK-Pro is
 * simulated step by step as paging/pol_clockpro.c runs it (its clock
 * order does not depend on frame numbers), and must equal the kernel's
 * count too.  RANDOM is the mean over -n seeds (default 20).  --check: exit 1 if a deterministic
 * policy's count differs from the kernel's, or none could be compared.
 *
 * OPT evicts the page whose next use is farthest: next-use indices are
 * computed backwards in one pass, and the resident pages sit in a max-heap
 * keyed by next use, so a string of n references costs O(n log k).
 */

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define	NAMELEN		32
#define	LINELEN		4096
#define	DEFSEEDS	20		/* RANDOM runs averaged		*/
#define	MAXSTRINGS	256
#define	MAXKERN		1024		/* WORKLOAD lines kept		*/
#define	NPOL		5		/* the kernel's policies, + layout */
#define	NKPOL		4		/* the kernel's policies	*/

enum	{ P_RANDOM, P_FIFO, P_CLOCK, P_CLOCKPRO, P_CLOCKK };
static	const char *polnames[NKPOL] = { "random", "fifo", "clock", "clockpro" };

/* A string of references, pages renumbered 0 .. npages-1 */
struct	refstr	{
	char	name[NAMELEN];
	long	seed;			/* -1: none given		*/
	long	n, cap;
	int	*ref;
	long	npages;
	long	frames;			/* from WORKLOAD, 0 if unknown	*/
	long	kern[NPOL];		/* kernel's counts, -1 unknown	*/
	int	noisy;			/* NOTE: counts not comparable	*/
	long	hand;			/* LAYOUT, -1 if none		*/
	long	*layout, nlayout;
};

static	struct	refstr	strs[MAXSTRINGS];
static	int	nstrs;

/* A WORKLOAD, LAYOUT or NOTE record, attached to strings after parsing */
struct	kernrec	{
	char	name[NAMELEN];
	long	seed, frames, faults, hand;
	int	policy;			/* P_*, or -1 for a NOTE	*/
	long	*layout, nlayout;
};
static	struct	kernrec	krecs[MAXKERN];
static	int	nkrecs;

static	void	die(const char *msg)
{
	fprintf(stderr, "replay: %s\n", msg);
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

/*------------------------------------------------------------------------
 * Page numbering: the pages of a string (numbers, or (pid, page) pairs)
 * are mapped to 0 .. npages-1 through an open-addressing hash table
 *------------------------------------------------------------------------
 */
struct	pagemap	{
	uint64_t *keys;
	int	*ids;
	long	size, used;
};

static	void	pm_init(struct pagemap *pm)
{
	pm->size = 1024;
	pm->used = 0;
	pm->keys = xmalloc(pm->size * sizeof(uint64_t));
	pm->ids = xmalloc(pm->size * sizeof(int));
	memset(pm->ids, -1, pm->size * sizeof(int));
}

static	void	pm_free(struct pagemap *pm)
{
	free(pm->keys);
	free(pm->ids);
}

static	int	pm_id(struct pagemap *pm, uint64_t key)
{
	uint64_t h;
	long	i, j;
	struct	pagemap	big;

	if (2 * (pm->used + 1) > pm->size) {	/* grow, rehash	*/
		big.size = 2 * pm->size;
		big.used = pm->used;
		big.keys = xmalloc(big.size * sizeof(uint64_t));
		big.ids = xmalloc(big.size * sizeof(int));
		memset(big.ids, -1, big.size * sizeof(int));
		for (i = 0; i < pm->size; i++) {
			if (pm->ids[i] < 0) {
				continue;
			}
			h = pm->keys[i] * 0x9E3779B97F4A7C15ULL;
			for (j = (long)(h >> 20) & (big.size - 1);
			     big.ids[j] >= 0; j = (j + 1) & (big.size - 1)) {
			}
			big.keys[j] = pm->keys[i];
			big.ids[j] = pm->ids[i];
		}
		pm_free(pm);
		*pm = big;
	}
	h = key * 0x9E3779B97F4A7C15ULL;
	for (j = (long)(h >> 20) & (pm->size - 1); pm->ids[j] >= 0;
	     j = (j + 1) & (pm->size - 1)) {
		if (pm->keys[j] == key) {
			return pm->ids[j];
		}
	}
	pm->keys[j] = key;
	pm->ids[j] = (int)pm->used;
	return (int)pm->used++;
}

/*------------------------------------------------------------------------
 * The policies.  Each returns the number of faults of ref[0..n) with k
 * frames; npages bounds the page numbers.
 *------------------------------------------------------------------------
 */
static	long	sim_fifo(const int *ref, long n, long npages, long k)
{
	char	*res = xmalloc(npages);
	int	*q = xmalloc(k * sizeof(int));
	long	i, head = 0, used = 0, faults = 0;

	for (i = 0; i < n; i++) {
		if (res[ref[i]]) {
			continue;
		}
		faults++;
		if (used == k) {		/* evict the oldest	*/
			res[q[head]] = 0;
			q[head] = ref[i];
			head = (head + 1) % k;
		} else {
			q[used++] = ref[i];
		}
		res[ref[i]] = 1;
	}
	free(res);
	free(q);
	return faults;
}

/* LRU: resident pages on a doubly linked list, most recent at the head */
static	long	sim_lru(const int *ref, long n, long npages, long k)
{
	int	*prev = xmalloc(npages * sizeof(int));
	int	*next = xmalloc(npages * sizeof(int));
	char	*res = xmalloc(npages);
	int	head = -1, tail = -1, p, v;
	long	i, used = 0, faults = 0;

	for (i = 0; i < n; i++) {
		p = ref[i];
		if (res[p]) {			/* unlink, to move it	*/
			if (p == head) {
				continue;
			}
			next[prev[p]] = next[p];
			if (next[p] >= 0) {
				prev[next[p]] = prev[p];
			} else {
				tail = prev[p];
			}
		} else {
			faults++;
			if (used == k) {	/* drop the tail	*/
				v = tail;
				tail = prev[v];
				if (tail >= 0) {
					next[tail] = -1;
				} else {
					head = -1;
				}
				res[v] = 0;
			} else {
				used++;
			}
			res[p] = 1;
		}
		prev[p] = -1;			/* push at the head	*/
		next[p] = head;
		if (head >= 0) {
			prev[head] = p;
		}
		head = p;
		if (tail < 0) {
			tail = p;
		}
	}
	free(prev);
	free(next);
	free(res);
	return faults;
}

/* CLOCK: while frames are free, the r-th page to come in takes frame
   pos[r] (r, unless a kernel layout says otherwise) and the hand does not
   move; then a fault sweeps from the hand, clearing reference bits, and
   replaces the first page whose bit is clear.  A page's bit is set on
   every reference, including the one that brought it in. */
static	long	sim_clock(const int *ref, long n, long npages, long k,
			const long *layout, long hand)
{
	int	*frame = xmalloc(k * sizeof(int));
	char	*bit = xmalloc(k);
	long	*where = xmalloc(npages * sizeof(long));
	long	*pos = xmalloc(k * sizeof(long));
	long	i, f, used = 0, faults = 0;

	for (i = 0; i < npages; i++) {
		where[i] = -1;
	}
	for (i = 0; i < k; i++) {
		pos[i] = i;
	}
	if (layout != NULL) {			/* frame f got rank layout[f] */
		for (f = 0; f < k; f++) {
			pos[layout[f]] = f;
		}
	}
	for (i = 0; i < n; i++) {
		if ((f = where[ref[i]]) >= 0) {
			bit[f] = 1;
			continue;
		}
		faults++;
		if (used < k) {
			f = pos[used++];
		} else {
			while (bit[hand]) {
				bit[hand] = 0;
				hand = (hand + 1) % k;
			}
			f = hand;
			hand = (hand + 1) % k;
			where[frame[f]] = -1;
		}
		frame[f] = ref[i];
		where[ref[i]] = f;
		bit[f] = 1;
	}
	free(frame);
	free(bit);
	free(where);
	free(pos);
	return faults;
}

/* CLOCK-Pro, as paging/pol_clockpro.c runs it (see there for the rules):
   one clock of entries 0..k-1 (frames) and k..2k-1 (test entries of
   evicted pages), a hot, a cold and a test hand, and the cold target mc.
   A page's reference bit is set on every reference, the faulting one
   included, as the accessed bit is; a new cold page therefore starts its
   test period at its first pass under the cold hand.  The kernel's hooks
   run before the fault maps the page, with the bit set: a hand that
   clears it meanwhile (the hot hand, come round) leaves it set all the
   same. */
#define	CP_IN		0x01		/* on the clock			*/
#define	CP_HOT		0x02		/* a hot page			*/
#define	CP_TEST		0x04		/* cold, in its test period	*/
#define	CP_NR		0x08		/* a test entry (not resident)	*/

struct	cpsim	{
	long	k, lim;			/* frames; steps of a hand's run */
	long	*nx, *pv;		/* the clock, a ring		*/
	char	*fl;			/* CP_* per entry		*/
	char	*bit;			/* per frame: referenced	*/
	long	hh, hc, ht;		/* the hands, -1: empty clock	*/
	long	nhot, ncold, ntest, mc;
	long	*page;			/* per entry: its page		*/
	long	*where;			/* per page: its frame, or -1	*/
	long	*testof;		/* per page: its test entry, -1	*/
	long	*freet, nfree;		/* unused test entries		*/
};

static	long	cp_mcmax(long k)
{
	return k > 1 ? k - 1 : 1;
}

static	void	cp_unlink(struct cpsim *c, long e)
{
	long	n = c->nx[e];

	if (n == e) {
		n = -1;
	}
	if (c->hh == e) {
		c->hh = n;
	}
	if (c->hc == e) {
		c->hc = n;
	}
	if (c->ht == e) {
		c->ht = n;
	}
	if (n >= 0) {
		c->nx[c->pv[e]] = n;
		c->pv[n] = c->pv[e];
	}
	c->fl[e] &= ~CP_IN;
}

static	void	cp_head(struct cpsim *c, long e)
{
	long	h = c->hh;

	c->fl[e] |= CP_IN;
	if (h < 0) {
		c->nx[e] = c->pv[e] = e;
		c->hh = c->hc = c->ht = e;
		return;
	}
	c->nx[e] = h;
	c->pv[e] = c->pv[h];
	c->nx[c->pv[h]] = e;
	c->pv[h] = e;
}

static	int	cp_ref(struct cpsim *c, long e)
{
	int	r = c->bit[e];

	c->bit[e] = 0;
	return r;
}

/* The least cold target: 1/64 of the frames (paging/pol_clockpro.c) */
static	long	cp_mcmin(long k)
{
	return k / 64 > 1 ? k / 64 : 1;
}

static	void	cp_testend(struct cpsim *c, long e)
{
	c->fl[e] &= ~CP_TEST;
	if (c->mc > cp_mcmin(c->k)) {
		c->mc--;
	}
}

static	void	cp_testhit(struct cpsim *c)
{
	if (c->mc < cp_mcmax(c->k)) {
		c->mc++;
	}
}

static	void	cp_nrdrop(struct cpsim *c, long t)
{
	cp_unlink(c, t);
	c->testof[c->page[t]] = -1;
	c->fl[t] = 0;
	c->freet[c->nfree++] = t;
	c->ntest--;
}

static	int	cp_hothand(struct cpsim *c)
{
	long	e, steps;
	int	done = 0;

	for (steps = 0; (e = c->hh) >= 0 && steps < c->lim; steps++) {
		if (c->fl[e] & CP_HOT) {
			if (done) {
				break;
			}
			if (!cp_ref(c, e)) {
				c->fl[e] &= ~CP_HOT;
				c->nhot--;
				c->ncold++;
				done = 1;
			}
			c->hh = c->nx[e];
		} else if (c->fl[e] & CP_NR) {
			cp_testend(c, e);
			cp_nrdrop(c, e);
		} else {
			if (c->fl[e] & CP_TEST) {
				cp_testend(c, e);
			}
			c->hh = c->nx[e];
		}
	}
	return done;
}

static	void	cp_testhand(struct cpsim *c)
{
	long	e, steps;

	for (steps = 0; (e = c->ht) >= 0 && steps < c->lim; steps++) {
		if (c->fl[e] & CP_NR) {
			cp_testend(c, e);
			cp_nrdrop(c, e);
			return;
		}
		if (!(c->fl[e] & CP_HOT) && (c->fl[e] & CP_TEST)) {
			cp_testend(c, e);
		}
		c->ht = c->nx[e];
	}
}

static	void	cp_balance(struct cpsim *c)
{
	while (c->nhot > c->k - c->mc && cp_hothand(c)) {
	}
}

static	long	cp_coldhand(struct cpsim *c)
{
	long	e, steps;

	for (steps = 0; (e = c->hc) >= 0 && steps < c->lim; steps++) {
		if (c->fl[e] & (CP_HOT | CP_NR)) {
			c->hc = c->nx[e];
			continue;
		}
		if (!cp_ref(c, e)) {
			c->hc = c->nx[e];
			return e;
		}
		cp_unlink(c, e);
		if (c->fl[e] & CP_TEST) {
			c->fl[e] = (c->fl[e] & ~CP_TEST) | CP_HOT;
			c->nhot++;
			c->ncold--;
			cp_testhit(c);
			cp_head(c, e);
			cp_balance(c);
		} else {
			c->fl[e] |= CP_TEST;
			cp_head(c, e);
		}
	}
	return -1;
}

/* Frame f's page leaves: in its test period, a test entry in its place */
static	void	cp_evicted(struct cpsim *c, long f)
{
	long	t;

	c->where[c->page[f]] = -1;
	if ((c->fl[f] & CP_TEST) && c->ntest >= c->k) {
		cp_testhand(c);
	}
	if ((c->fl[f] & CP_TEST) && c->nfree > 0) {
		t = c->freet[--c->nfree];
		c->page[t] = c->page[f];
		c->testof[c->page[f]] = t;
		c->fl[t] = CP_NR | CP_TEST | CP_IN;
		if (c->nx[f] == f) {
			c->nx[t] = c->pv[t] = t;
		} else {
			c->nx[t] = c->nx[f];
			c->pv[t] = c->pv[f];
			c->nx[c->pv[f]] = t;
			c->pv[c->nx[f]] = t;
		}
		if (c->hh == f) {
			c->hh = t;
		}
		if (c->hc == f) {
			c->hc = t;
		}
		if (c->ht == f) {
			c->ht = t;
		}
		c->ntest++;
	} else {
		cp_unlink(c, f);
	}
	if (c->fl[f] & CP_HOT) {
		c->nhot--;
	} else {
		c->ncold--;
	}
	c->fl[f] = 0;
}

static	long	sim_clockpro(const int *ref, long n, long npages, long k)
{
	struct	cpsim	cs, *c = &cs;
	long	i, f, t, used = 0, faults = 0;
	int	p, hit;

	memset(c, 0, sizeof(*c));
	c->k = k;
	c->lim = 4 * 2 * k + 4;
	c->nx = xmalloc(2 * k * sizeof(long));
	c->pv = xmalloc(2 * k * sizeof(long));
	c->fl = xmalloc(2 * k);
	c->bit = xmalloc(k);
	c->page = xmalloc(2 * k * sizeof(long));
	c->where = xmalloc(npages * sizeof(long));
	c->testof = xmalloc(npages * sizeof(long));
	c->freet = xmalloc(k * sizeof(long));
	for (i = 0; i < npages; i++) {
		c->where[i] = c->testof[i] = -1;
	}
	for (i = 0; i < k; i++) {
		c->freet[i] = 2 * k - 1 - i;
	}
	c->nfree = k;
	c->hh = c->hc = c->ht = -1;
	c->mc = cp_mcmin(k);
	for (i = 0; i < n; i++) {
		p = ref[i];
		if ((f = c->where[p]) >= 0) {
			c->bit[f] = 1;
			continue;
		}
		faults++;
		hit = 0;
		if ((t = c->testof[p]) >= 0) {	/* in its test period	*/
			hit = 1;
			cp_nrdrop(c, t);
		}
		if (used < k) {
			f = used++;
		} else {
			while (c->ncold < c->mc && cp_hothand(c)) {
			}
			if ((f = cp_coldhand(c)) < 0) {
				cp_hothand(c);
				f = cp_coldhand(c);
			}
			if (f < 0) {
				die("clockpro: no victim");
			}
			cp_evicted(c, f);
		}
		c->page[f] = p;
		c->where[p] = f;
		c->bit[f] = 1;
		if (hit) {
			c->fl[f] = CP_HOT;
			c->nhot++;
			cp_testhit(c);
			cp_head(c, f);
			cp_balance(c);
		} else if (c->nhot < k - c->mc) {
			c->fl[f] = CP_HOT;
			c->nhot++;
			cp_head(c, f);
		} else {
			c->fl[f] = 0;
			c->ncold++;
			cp_head(c, f);
		}
		c->bit[f] = 1;		/* the kernel maps it afterwards,
					   with the accessed bit set	*/
	}
	free(c->nx);
	free(c->pv);
	free(c->fl);
	free(c->bit);
	free(c->page);
	free(c->where);
	free(c->testof);
	free(c->freet);
	return faults;
}

/* The generator of RANDOM (splitmix64): any seed gives a good sequence */
static	uint64_t rnd_next(uint64_t *s)
{
	uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* RANDOM: the victim is a frame chosen uniformly */
static	long	sim_random(const int *ref, long n, long npages, long k,
			uint64_t seed)
{
	int	*frame = xmalloc(k * sizeof(int));
	long	*where = xmalloc(npages * sizeof(long));
	long	i, f, used = 0, faults = 0;

	for (i = 0; i < npages; i++) {
		where[i] = -1;
	}
	for (i = 0; i < n; i++) {
		if (where[ref[i]] >= 0) {
			continue;
		}
		faults++;
		if (used < k) {
			f = used++;
		} else {
			f = (long)(rnd_next(&seed) % (uint64_t)k);
			where[frame[f]] = -1;
		}
		frame[f] = ref[i];
		where[ref[i]] = f;
	}
	free(frame);
	free(where);
	return faults;
}

/* The mean of RANDOM over seeds 1 .. nseeds */
static	double	sim_random_mean(const int *ref, long n, long npages, long k,
			int nseeds)
{
	double	sum = 0;
	int	s;

	for (s = 1; s <= nseeds; s++) {
		sum += sim_random(ref, n, npages, k, (uint64_t)s);
	}
	return sum / nseeds;
}

/* OPT's heap of resident pages, largest next use on top */
struct	optheap	{
	int	*heap;			/* page ids			*/
	long	*key;			/* per page: next use		*/
	long	*hpos;			/* per page: index in heap	*/
	long	size;
};

static	void	oh_swap(struct optheap *h, long a, long b)
{
	int	t = h->heap[a];

	h->heap[a] = h->heap[b];
	h->heap[b] = t;
	h->hpos[h->heap[a]] = a;
	h->hpos[h->heap[b]] = b;
}

static	void	oh_up(struct optheap *h, long i)
{
	while (i > 0 && h->key[h->heap[(i - 1) / 2]] < h->key[h->heap[i]]) {
		oh_swap(h, i, (i - 1) / 2);
		i = (i - 1) / 2;
	}
}

static	void	oh_down(struct optheap *h, long i)
{
	long	c;

	for (;;) {
		c = 2 * i + 1;
		if (c >= h->size) {
			return;
		}
		if (c + 1 < h->size && h->key[h->heap[c + 1]] > h->key[h->heap[c]]) {
			c++;
		}
		if (h->key[h->heap[c]] <= h->key[h->heap[i]]) {
			return;
		}
		oh_swap(h, i, c);
		i = c;
	}
}

static	long	sim_opt(const int *ref, long n, long npages, long k)
{
	long	*nextuse = xmalloc(n * sizeof(long));
	long	*last = xmalloc(npages * sizeof(long));
	struct	optheap	h;
	long	i, faults = 0;
	int	p, v;

	for (i = 0; i < npages; i++) {
		last[i] = n;			/* never used again	*/
	}
	for (i = n - 1; i >= 0; i--) {
		nextuse[i] = last[ref[i]];
		last[ref[i]] = i;
	}
	h.heap = xmalloc(k * sizeof(int));
	h.key = xmalloc(npages * sizeof(long));
	h.hpos = xmalloc(npages * sizeof(long));
	h.size = 0;
	for (i = 0; i < npages; i++) {
		h.hpos[i] = -1;
	}
	for (i = 0; i < n; i++) {
		p = ref[i];
		if (h.hpos[p] >= 0) {		/* hit: its next use moved on */
			h.key[p] = nextuse[i];
			oh_up(&h, h.hpos[p]);
			continue;
		}
		faults++;
		if (h.size == k) {		/* evict the farthest	*/
			v = h.heap[0];
			if (--h.size > 0) {
				h.heap[0] = h.heap[h.size];
				h.hpos[h.heap[0]] = 0;
				oh_down(&h, 0);
			}
			h.hpos[v] = -1;
		}
		h.key[p] = nextuse[i];
		h.heap[h.size] = p;
		h.hpos[p] = h.size++;
		oh_up(&h, h.hpos[p]);
	}
	free(nextuse);
	free(last);
	free(h.heap);
	free(h.key);
	free(h.hpos);
	return faults;
}

/*------------------------------------------------------------------------
 * Input
 *------------------------------------------------------------------------
 */
static	struct	refstr	*newstr(const char *name, long seed)
{
	struct	refstr	*s;
	int	i;

	if (nstrs == MAXSTRINGS) {
		die("too many strings in the input");
	}
	s = &strs[nstrs++];
	memset(s, 0, sizeof(*s));
	snprintf(s->name, NAMELEN, "%s", name);
	s->seed = seed;
	s->hand = -1;
	for (i = 0; i < NPOL; i++) {
		s->kern[i] = -1;
	}
	return s;
}

static	void	addref(struct refstr *s, int id)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 1024;
		s->ref = realloc(s->ref, s->cap * sizeof(int));
		if (s->ref == NULL) {
			die("out of memory");
		}
	}
	s->ref[s->n++] = id;
}

static	int	polindex(const char *name)
{
	int	i;

	for (i = 0; i < NKPOL; i++) {
		if (strcmp(name, polnames[i]) == 0) {
			return i;
		}
	}
	return -1;
}

/* The block being read, and the column its header started at (the
   lines of a block carry the same prefix) */
enum	{ B_NONE, B_REFS, B_TRACE, B_LAYOUT };

struct	parser	{
	int	block;
	size_t	col;
	struct	refstr	*s;		/* REFS / TRACE: its string	*/
	struct	pagemap	pm;
	struct	kernrec	*kr;		/* LAYOUT: its record		*/
	long	lcap;
	struct	refstr	*plain;		/* input without any block	*/
	struct	pagemap	plainpm;
	int	plainok;
};

static	void	endblock(struct parser *ps)
{
	if (ps->block == B_REFS || ps->block == B_TRACE) {
		ps->s->npages = ps->pm.used;
		pm_free(&ps->pm);
	}
	ps->block = B_NONE;
}

/* The numbers of one line of a block, from the header's column on */
static	void	blockline(struct parser *ps, char *line)
{
	char	*p = strlen(line) > ps->col ? line + ps->col : line;
	char	*end;
	unsigned long pid, v;

	for (;;) {
		while (isspace((unsigned char)*p)) {
			p++;
		}
		if (*p == '\0') {
			return;
		}
		if (ps->block == B_TRACE) {
			if (*p != 'T') {
				return;
			}
			pid = strtoul(p + 1, &end, 10);
			v = strtoul(end, &p, 16);
			if (p == end) {
				return;
			}
			addref(ps->s, pm_id(&ps->pm, ((uint64_t)pid << 32) | v));
			continue;
		}
		v = strtoul(p, &end, 10);
		if (end == p) {
			return;
		}
		p = end;
		if (ps->block == B_REFS) {
			addref(ps->s, pm_id(&ps->pm, v));
		} else {
			if (ps->kr->nlayout == ps->lcap) {
				ps->lcap = ps->lcap ? 2 * ps->lcap : 256;
				ps->kr->layout = realloc(ps->kr->layout,
						ps->lcap * sizeof(long));
				if (ps->kr->layout == NULL) {
					die("out of memory");
				}
			}
			ps->kr->layout[ps->kr->nlayout++] = (long)v;
		}
	}
}

/* Plain input: every word must be a number */
static	void	plainline(struct parser *ps, char *line)
{
	char	*p = line, *end;
	unsigned long v;

	while (ps->plainok) {
		while (isspace((unsigned char)*p) || *p == ',') {
			p++;
		}
		if (*p == '\0') {
			return;
		}
		v = strtoul(p, &end, 10);
		if (end == p) {
			ps->plainok = 0;
			return;
		}
		addref(ps->plain, pm_id(&ps->plainpm, v));
		p = end;
	}
}

static	struct	kernrec	*newkrec(void)
{
	if (nkrecs == MAXKERN) {
		die("too many WORKLOAD lines in the input");
	}
	memset(&krecs[nkrecs], 0, sizeof(krecs[0]));
	return &krecs[nkrecs++];
}

static	void	parseline(struct parser *ps, char *line)
{
	char	*k, name[NAMELEN], pol[NAMELEN];
	long	n, seed, frames, faults, hand, pages;
	struct	kernrec	*kr;
	int	got;

	if (ps->block != B_NONE) {
		if ((ps->block == B_REFS && strstr(line, "REFS END"))
		    || (ps->block == B_TRACE && strstr(line, "TRACE END"))
		    || (ps->block == B_LAYOUT && strstr(line, "LAYOUT END"))) {
			endblock(ps);
		} else {
			blockline(ps, line);
		}
		return;
	}
	if ((k = strstr(line, "REFS ")) != NULL
	    && sscanf(k, "REFS %ld", &n) == 1) {
		got = sscanf(k, "REFS %ld %31s seed %ld pages %ld", &n, name,
				&seed, &pages);
		ps->s = newstr(got >= 3 ? name : "refs", got >= 3 ? seed : -1);
		ps->block = B_REFS;
		ps->col = (size_t)(k - line);
		pm_init(&ps->pm);
		ps->plainok = 0;
		return;
	}
	if ((k = strstr(line, "TRACE BEGIN")) != NULL) {
		ps->s = newstr("trace", -1);
		ps->block = B_TRACE;
		ps->col = (size_t)(k - line);
		pm_init(&ps->pm);
		ps->plainok = 0;
		return;
	}
	if ((k = strstr(line, "WORKLOAD ")) != NULL
	    && sscanf(k, "WORKLOAD %31s seed %ld policy %31s frames %ld "
			"refs %ld faults %ld", name, &seed, pol, &frames, &n,
			&faults) == 6 && polindex(pol) >= 0) {
		kr = newkrec();
		snprintf(kr->name, NAMELEN, "%s", name);
		kr->seed = seed;
		kr->policy = polindex(pol);
		kr->frames = frames;
		kr->faults = faults;
		ps->plainok = 0;
		return;
	}
	if ((k = strstr(line, "LAYOUT ")) != NULL
	    && sscanf(k, "LAYOUT %31s seed %ld hand %ld frames %ld", name,
			&seed, &hand, &frames) == 4) {
		kr = newkrec();
		snprintf(kr->name, NAMELEN, "%s", name);
		kr->seed = seed;
		kr->policy = P_CLOCKK;
		kr->hand = hand;
		kr->frames = frames;
		ps->kr = kr;
		ps->lcap = 0;
		ps->block = B_LAYOUT;
		ps->col = (size_t)(k - line);
		ps->plainok = 0;
		return;
	}
	if ((k = strstr(line, "NOTE ")) != NULL
	    && sscanf(k, "NOTE %31s seed %ld", name, &seed) == 2) {
		kr = newkrec();
		snprintf(kr->name, NAMELEN, "%s", name);
		kr->seed = seed;
		kr->policy = -1;
		ps->plainok = 0;
		return;
	}
	plainline(ps, line);
}

/* Give each string the kernel records of the same name and seed */
static	void	attach(void)
{
	int	i, j;
	struct	refstr	*s;
	struct	kernrec	*kr;

	for (i = 0; i < nkrecs; i++) {
		kr = &krecs[i];
		for (j = 0; j < nstrs; j++) {
			s = &strs[j];
			if (strcmp(s->name, kr->name) != 0 || s->seed != kr->seed) {
				continue;
			}
			if (kr->policy < 0) {
				s->noisy = 1;
			} else if (kr->policy == P_CLOCKK) {
				s->hand = kr->hand;
				s->layout = kr->layout;
				s->nlayout = kr->nlayout;
			} else {
				s->kern[kr->policy] = kr->faults;
				s->frames = kr->frames;
			}
		}
	}
}

static	void	readfile(struct parser *ps, FILE *fp)
{
	char	line[LINELEN];
	size_t	len;

	while (fgets(line, sizeof(line), fp) != NULL) {
		len = strlen(line);
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
			line[--len] = '\0';
		}
		parseline(ps, line);
	}
}

/*------------------------------------------------------------------------
 * Output: one table per string
 *------------------------------------------------------------------------
 */
static	int	checked, mismatches;

static	void	row(const char *pol, double faults, long opt, long kern,
			int exact, int noisy)
{
	printf("  %-16s %10.*f %8.3f", pol, faults == (long)faults ? 0 : 1,
		faults, opt > 0 ? faults / opt : 1.0);
	if (kern >= 0) {
		printf(" %10ld", kern);
		if (noisy) {
			printf("  (not comparable)");
		} else if (exact) {
			checked++;
			if (kern == (long)faults) {
				printf("  = simulated");
			} else {
				printf("  MISMATCH");
				mismatches++;
			}
		}
	}
	printf("\n");
}

/* A layout is usable if it is a permutation of the ranks 0 .. k-1 */
static	int	layout_ok(struct refstr *s, long k)
{
	char	*seen;
	long	i;
	int	ok = 1;

	if (s->layout == NULL || s->nlayout != k || s->hand < 0 || s->hand >= k) {
		return 0;
	}
	seen = xmalloc(k);
	for (i = 0; i < k && ok; i++) {
		if (s->layout[i] < 0 || s->layout[i] >= k || seen[s->layout[i]]) {
			ok = 0;
		} else {
			seen[s->layout[i]] = 1;
		}
	}
	free(seen);
	return ok;
}

static	void	report(struct refstr *s, long k, int nseeds)
{
	long	opt, fifo, lru, clk, clkk, cpro;
	double	rnd;

	if (s->frames > 0 && s->frames != k) {	/* -f: another machine	*/
		s->kern[P_RANDOM] = s->kern[P_FIFO] = s->kern[P_CLOCK] = -1;
		s->kern[P_CLOCKPRO] = -1;
		s->layout = NULL;
	}

	printf("STRING %s", s->name);
	if (s->seed >= 0) {
		printf(" seed %ld", s->seed);
	}
	printf(" refs %ld pages %ld frames %ld\n", s->n, s->npages, k);
	opt = sim_opt(s->ref, s->n, s->npages, k);
	lru = sim_lru(s->ref, s->n, s->npages, k);
	fifo = sim_fifo(s->ref, s->n, s->npages, k);
	clk = sim_clock(s->ref, s->n, s->npages, k, NULL, 0);
	rnd = sim_random_mean(s->ref, s->n, s->npages, k, nseeds);
	cpro = sim_clockpro(s->ref, s->n, s->npages, k);
	printf("  %-16s %10s %8s %10s\n", "policy", "faults", "/OPT",
		"kernel");
	row("OPT", opt, opt, -1, 0, 0);
	row("LRU", lru, opt, -1, 0, 0);
	row("FIFO", fifo, opt, s->kern[P_FIFO], 1, s->noisy);
	row("CLOCK", clk, opt, layout_ok(s, k) ? -1 : s->kern[P_CLOCK], 0,
		s->noisy);
	if (layout_ok(s, k)) {
		clkk = sim_clock(s->ref, s->n, s->npages, k, s->layout, s->hand);
		row("CLOCK@kernel", clkk, opt, s->kern[P_CLOCK], 1, s->noisy);
	}
	row("CLOCK-Pro", cpro, opt, s->kern[P_CLOCKPRO], 1, s->noisy);
	row("RANDOM", rnd, opt, s->kern[P_RANDOM], 0, s->noisy);
	printf("  (RANDOM: the mean over %d seeds)\n", nseeds);
}

/*------------------------------------------------------------------------
 * Self-test: strings checked by hand, and random strings against slow
 * but obvious versions of OPT (exhaustive search), LRU and FIFO
 *------------------------------------------------------------------------
 */
struct	known	{
	const char *refs;
	long	k;
	long	fifo, lru, opt, clock;	/* -1: not checked		*/
	const long *layout;
	long	hand;
};

static	const long swapped2[] = { 1, 0 };

static	const struct known known[] = {
	/* The classic string; 4 frames fault more under FIFO (Belady) */
	{ "1 2 3 4 1 2 5 1 2 3 4 5", 3, 9, 10, 7, 9, NULL, 0 },
	{ "1 2 3 4 1 2 5 1 2 3 4 5", 4, 10, 8, 6, 10, NULL, 0 },
	/* The textbook string of 20 references with 3 frames */
	{ "7 0 1 2 0 3 0 4 2 3 0 3 2 1 2 0 1 7 0 1", 3, 15, 12, 9, -1,
		NULL, 0 },
	{ "0 1 2 0 1 2", 2, 6, 6, 4, 6, NULL, 0 },
	{ "5 5 5 5 5", 1, 1, 1, 1, 1, NULL, 0 },
	{ "1 2 3 1 2 3", 3, 3, 3, 3, 3, NULL, 0 },
	/* CLOCK from a given start: frames swapped, or the hand at 1 */
	{ "0 1 2 0 1", 2, -1, -1, -1, 5, NULL, 0 },
	{ "0 1 2 0 1", 2, -1, -1, -1, 4, swapped2, 0 },
	{ "0 1 2 0 1", 2, -1, -1, -1, 4, NULL, 1 },
};

/* CLOCK-Pro on short strings, traced by hand: with 3 frames (hot share 2)
   the classic string's 3 comes back in its test period and turns hot and
   1 cold; with 2 frames, 1 comes back hot and 2, its test period ended
   by the hot hand, faults again */
struct	cpknown	{
	const char *refs;
	long	k, clockpro;
};

static	const struct cpknown cpknown[] = {
	{ "1 2 3 4 1 2 5 1 2 3 4 5", 3, 8 },
	{ "1 2 3 4 1 2 5 1 2 3 4 5", 4, 7 },
	{ "0 1 2 0 1 2", 2, 5 },
	{ "5 5 5 5 5", 1, 1 },
};

static	int	stfail;

static	void	stcheck(const char *what, long got, long want)
{
	if (want >= 0 && got != want) {
		printf("FAIL %s: %ld, expected %ld\n", what, got, want);
		stfail++;
	}
}

/* Fewest faults from position i on, trying every victim (tiny inputs) */
static	long	bf_opt(const int *ref, long n, long i, int *fr, long used, long k)
{
	long	best = -1, f, j, c;
	int	saved;

	for (; i < n; i++) {
		for (j = 0; j < used && fr[j] != ref[i]; j++) {
		}
		if (j == used) {
			break;
		}
	}
	if (i == n) {
		return 0;
	}
	if (used < k) {
		fr[used] = ref[i];
		return 1 + bf_opt(ref, n, i + 1, fr, used + 1, k);
	}
	for (f = 0; f < k; f++) {
		saved = fr[f];
		fr[f] = ref[i];
		c = 1 + bf_opt(ref, n, i + 1, fr, used, k);
		fr[f] = saved;
		if (best < 0 || c < best) {
			best = c;
		}
	}
	return best;
}

/* LRU and FIFO the obvious way: evict the least recently used or the
   earliest loaded resident page, found by a scan */
static	long	slow_policy(const int *ref, long n, long k, int lru)
{
	int	fr[64];
	long	stamp[64], used = 0, faults = 0, i, j, v;

	for (i = 0; i < n; i++) {
		for (j = 0; j < used && fr[j] != ref[i]; j++) {
		}
		if (j < used) {
			if (lru) {
				stamp[j] = i;
			}
			continue;
		}
		faults++;
		if (used < k) {
			j = used++;
		} else {
			for (v = 0, j = 1; j < k; j++) {
				if (stamp[j] < stamp[v]) {
					v = j;
				}
			}
			j = v;
		}
		fr[j] = ref[i];
		stamp[j] = i;
	}
	return faults;
}

/* A hand-written string of page numbers: its length, and in *npg the
   pages it ranges over */
static	long	parse_refs(const char *refs, int *ref, int *npg)
{
	char	*p, *end;
	long	n, v;

	for (n = 0, *npg = 0, p = (char *)refs; ; p = end) {
		v = strtol(p, &end, 10);
		if (end == p) {
			break;
		}
		ref[n++] = (int)v;
		if (v + 1 > *npg) {
			*npg = (int)v + 1;
		}
	}
	return n;
}

static	int	selftest(void)
{
	int	ref[4096], fr[64], i, t, npg;
	long	n, k, s, opt;
	char	what[128];
	uint64_t seed = 12345;
	unsigned int ncheck = 0;

	for (t = 0; t < (int)(sizeof(known) / sizeof(known[0])); t++) {
		const struct known *c = &known[t];

		n = parse_refs(c->refs, ref, &npg);
		snprintf(what, sizeof(what), "\"%s\" with %ld frames", c->refs,
			c->k);
		stcheck(what, sim_fifo(ref, n, npg, c->k), c->fifo);
		stcheck(what, sim_lru(ref, n, npg, c->k), c->lru);
		stcheck(what, sim_opt(ref, n, npg, c->k), c->opt);
		stcheck(what, sim_clock(ref, n, npg, c->k, c->layout, c->hand),
			c->clock);
		ncheck += 4;
	}

	for (t = 0; t < (int)(sizeof(cpknown) / sizeof(cpknown[0])); t++) {
		const struct cpknown *c = &cpknown[t];

		n = parse_refs(c->refs, ref, &npg);
		snprintf(what, sizeof(what), "\"%s\" with %ld frames (CLOCK-Pro)",
			c->refs, c->k);
		stcheck(what, sim_clockpro(ref, n, npg, c->k), c->clockpro);
		ncheck++;
	}

	/* Tiny random strings: OPT is the exhaustive minimum; LRU and
	   FIFO agree with the slow versions; nothing beats OPT */
	for (t = 0; t < 400; t++) {
		n = 1 + (long)(rnd_next(&seed) % 12);
		npg = 1 + (int)(rnd_next(&seed) % 5);
		k = 1 + (long)(rnd_next(&seed) % 4);
		for (i = 0; i < n; i++) {
			ref[i] = (int)(rnd_next(&seed) % npg);
		}
		opt = sim_opt(ref, n, npg, k);
		snprintf(what, sizeof(what), "random string %d (OPT)", t);
		stcheck(what, opt, bf_opt(ref, n, 0, fr, 0, k));
		snprintf(what, sizeof(what), "random string %d (LRU)", t);
		stcheck(what, sim_lru(ref, n, npg, k), slow_policy(ref, n, k, 1));
		snprintf(what, sizeof(what), "random string %d (FIFO)", t);
		stcheck(what, sim_fifo(ref, n, npg, k), slow_policy(ref, n, k, 0));
		for (s = 1; s <= 5; s++) {
			if (sim_random(ref, n, npg, k, s) < opt) {
				printf("FAIL random string %d: RANDOM beats OPT\n", t);
				stfail++;
			}
		}
		if (sim_clock(ref, n, npg, k, NULL, 0) < opt) {
			printf("FAIL random string %d: CLOCK beats OPT\n", t);
			stfail++;
		}
		if (sim_clockpro(ref, n, npg, k) < opt) {
			printf("FAIL random string %d: CLOCK-Pro beats OPT\n", t);
			stfail++;
		}
		ncheck += 10;
	}

	/* Longer strings: OPT is still the least */
	for (t = 0; t < 50; t++) {
		n = 4096;
		npg = 2 + (int)(rnd_next(&seed) % 200);
		k = 1 + (long)(rnd_next(&seed) % 60);
		for (i = 0; i < n; i++) {
			ref[i] = (int)(rnd_next(&seed) % npg);
		}
		opt = sim_opt(ref, n, npg, k);
		if (opt > sim_lru(ref, n, npg, k) || opt > sim_fifo(ref, n, npg, k)
		    || opt > sim_clock(ref, n, npg, k, NULL, 0)
		    || opt > sim_clockpro(ref, n, npg, k)
		    || opt > sim_random(ref, n, npg, k, (uint64_t)t + 1)) {
			printf("FAIL long string %d: a policy beats OPT\n", t);
			stfail++;
		}
		ncheck++;
	}
	printf("selftest: %u checks, %d failed\n", ncheck, stfail);
	return stfail ? 1 : 0;
}

static	void	usage(void)
{
	fprintf(stderr, "usage: replay [-f frames] [-n seeds] [--check] "
		"[file ...]\n       replay --selftest\n");
	exit(2);
}

/*------------------------------------------------------------------------
 * main
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	struct	parser	ps;
	long	frames = 0, k;
	int	nseeds = DEFSEEDS, check = 0, i, first, nfiles = 0;
	int	nreported = 0;
	FILE	*fp;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (strcmp(argv[i], "--selftest") == 0) {
			return selftest();
		} else if (strcmp(argv[i], "--check") == 0) {
			check = 1;
		} else if (strcmp(argv[i], "-f") == 0 && i + 1 < argc) {
			frames = atol(argv[++i]);
			if (frames <= 0) {
				usage();
			}
		} else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
			nseeds = atoi(argv[++i]);
			if (nseeds <= 0) {
				usage();
			}
		} else {
			usage();
		}
	}

	memset(&ps, 0, sizeof(ps));
	ps.plain = newstr("input", -1);
	ps.plainok = 1;
	pm_init(&ps.plainpm);
	for (; i < argc; i++, nfiles++) {
		if (strcmp(argv[i], "-") == 0) {
			readfile(&ps, stdin);
			continue;
		}
		if ((fp = fopen(argv[i], "r")) == NULL) {
			perror(argv[i]);
			return 2;
		}
		readfile(&ps, fp);
		fclose(fp);
	}
	if (nfiles == 0) {
		readfile(&ps, stdin);
	}
	if (ps.block != B_NONE) {
		fprintf(stderr, "replay: warning: the input ends inside a "
			"block\n");
		endblock(&ps);
	}
	ps.plain->npages = ps.plainpm.used;
	pm_free(&ps.plainpm);
	attach();

	/* strs[0] is the plain string: used only if nothing else was found */
	first = (nstrs == 1 && ps.plainok && ps.plain->n > 0) ? 0 : 1;
	if (first == nstrs) {
		die("no reference string in the input");
	}
	for (i = first; i < nstrs; i++) {
		k = frames ? frames : strs[i].frames;
		if (k <= 0) {
			fprintf(stderr, "replay: %s: the number of frames is "
				"unknown (use -f); skipped\n", strs[i].name);
			continue;
		}
		if (strs[i].n > 0) {
			report(&strs[i], k, nseeds);
			nreported++;
		}
	}
	if (nreported == 0) {
		die("nothing to replay");
	}
	if (check && (mismatches > 0 || checked == 0)) {
		fprintf(stderr, "replay: %d of %d kernel counts differ from the "
			"simulation\n", mismatches, checked);
		return 1;
	}
	return 0;
}
