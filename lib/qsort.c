/* qsort.c - qsort */

#include <kernel.h>
#include <stdlib.h>

/*
 * An introsort: quicksort with a median-of-three pivot (so sorted and
 * reverse-sorted input split evenly), insertion sort for short ranges,
 * and heapsort for any range the quicksort has split too often, which
 * bounds the worst case at O(n log n).  The smaller side of each split
 * is sorted by recursion and the larger by iteration, so the stack
 * grows by at most log2(n) frames - kernel stacks are small.  Not stable.
 */

#define	QS_SMALL	8	/* ranges this short: insertion sort	*/

typedef	int	(*qcmp_t)(const void *, const void *);

/*------------------------------------------------------------------------
 *  qswap  -  Exchange two elements of the given size
 *------------------------------------------------------------------------
 */
local	void	qswap(
	  byte		*a,		/* first element		*/
	  byte		*b,		/* second element		*/
	  size_t	size		/* bytes per element		*/
	)
{
	byte	t;

	if (a == b) {
		return;
	}
	while (size-- > 0) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

/*------------------------------------------------------------------------
 *  inssort  -  Insertion sort, fastest for a handful of elements
 *------------------------------------------------------------------------
 */
local	void	inssort(
	  byte		*base,		/* first element		*/
	  size_t	n,		/* number of elements		*/
	  size_t	size,		/* bytes per element		*/
	  qcmp_t	cmp		/* comparison function		*/
	)
{
	size_t	i, j;
	byte	*p;

	for (i = 1; i < n; i++) {
		for (j = i; j > 0; j--) {
			p = base + j * size;
			if (cmp(p - size, p) <= 0) {
				break;
			}
			qswap(p - size, p, size);
		}
	}
}

/*------------------------------------------------------------------------
 *  siftdown  -  Restore the max-heap property below element root of a
 *		heap of n elements
 *------------------------------------------------------------------------
 */
local	void	siftdown(
	  byte		*base,		/* heap array			*/
	  size_t	root,		/* index that may be too small	*/
	  size_t	n,		/* number of elements in heap	*/
	  size_t	size,		/* bytes per element		*/
	  qcmp_t	cmp		/* comparison function		*/
	)
{
	size_t	child;

	for (;;) {
		child = 2 * root + 1;
		if (child >= n) {
			return;
		}
		if (child + 1 < n && cmp(base + child * size,
					base + (child + 1) * size) < 0) {
			child++;
		}
		if (cmp(base + root * size, base + child * size) >= 0) {
			return;
		}
		qswap(base + root * size, base + child * size, size);
		root = child;
	}
}

/*------------------------------------------------------------------------
 *  heapsort  -  Sort n elements in O(n log n) whatever their order
 *------------------------------------------------------------------------
 */
local	void	heapsort(
	  byte		*base,		/* first element		*/
	  size_t	n,		/* number of elements		*/
	  size_t	size,		/* bytes per element		*/
	  qcmp_t	cmp		/* comparison function		*/
	)
{
	size_t	i;

	for (i = n / 2; i > 0; i--) {
		siftdown(base, i - 1, n, size, cmp);
	}
	for (i = n - 1; i > 0; i--) {
		qswap(base, base + i * size, size);	/* max to the end */
		siftdown(base, 0, i, size, cmp);
	}
}

/*------------------------------------------------------------------------
 *  introsort  -  Sort n elements, allowing depth more quicksort splits
 *		before switching to heapsort
 *------------------------------------------------------------------------
 */
local	void	introsort(
	  byte		*base,		/* first element		*/
	  size_t	n,		/* number of elements		*/
	  size_t	size,		/* bytes per element		*/
	  qcmp_t	cmp,		/* comparison function		*/
	  int32		depth		/* splits left before heapsort	*/
	)
{
	byte	*mid, *last;
	size_t	i, j;			/* scan indexes of the partition */

	while (n > QS_SMALL) {
		if (depth-- <= 0) {
			heapsort(base, n, size, cmp);
			return;
		}

		/* Order first, middle and last; the median becomes the
		   pivot at base[0], and the last element (>= pivot) stops
		   the upward scan below */
		mid = base + (n / 2) * size;
		last = base + (n - 1) * size;
		if (cmp(mid, base) < 0) {
			qswap(mid, base, size);
		}
		if (cmp(last, mid) < 0) {
			qswap(last, mid, size);
			if (cmp(mid, base) < 0) {
				qswap(mid, base, size);
			}
		}
		qswap(base, mid, size);

		/* Hoare partition around base[0].  Both scans stop on keys
		   equal to the pivot, so runs of equal keys split evenly
		   instead of degrading to quadratic time. */
		i = 0;
		j = n;
		for (;;) {
			do {
				i++;
			} while (i < n && cmp(base + i * size, base) < 0);
			do {
				j--;
			} while (cmp(base + j * size, base) > 0);
			if (i >= j) {
				break;
			}
			qswap(base + i * size, base + j * size, size);
		}
		qswap(base, base + j * size, size);

		/* Now [0, j) <= pivot == [j] <= (j, n) */
		if (j < n - 1 - j) {
			introsort(base, j, size, cmp, depth);
			base += (j + 1) * size;
			n -= j + 1;
		} else {
			introsort(base + (j + 1) * size, n - 1 - j, size, cmp,
								depth);
			n = j;
		}
	}
	inssort(base, n, size, cmp);
}

/*------------------------------------------------------------------------
 *  qsort  -  Sort an array of nmemb elements of the given size into the
 *		ascending order defined by cmp (<0, 0, >0 like strcmp)
 *------------------------------------------------------------------------
 */
void	qsort(
	  void		*base,		/* array to sort		*/
	  size_t	nmemb,		/* number of elements		*/
	  size_t	size,		/* bytes per element		*/
	  int		(*cmp)(const void *, const void *)
	)
{
	int32	depth = 0;
	size_t	m;

	if (nmemb < 2 || size == 0) {
		return;
	}
	for (m = nmemb; m > 1; m >>= 1) {	/* depth = 2 * log2(n)	*/
		depth += 2;
	}
	introsort((byte *)base, nmemb, size, cmp, depth);
}
