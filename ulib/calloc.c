/* calloc.c - calloc */

#include <ulib.h>

/*------------------------------------------------------------------------
 * calloc - n zeroed elements of size bytes; NULL if n * size overflows
 *	or memory runs out.  Zeroed here: a reused block holds old data.
 *------------------------------------------------------------------------
 */
void	*calloc(size_t n, size_t size)
{
	void	*p;

	if (size != 0 && n > (size_t)-1 / size) {
		return NULL;
	}
	p = malloc(n * size);
	if (p != NULL) {
		memset(p, 0, n * size);
	}
	return p;
}
