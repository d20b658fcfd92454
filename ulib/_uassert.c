/* _uassert.c - _uassert */

#include <ulib.h>

/*------------------------------------------------------------------------
 * _uassert - a false assert(): say which and end the process
 *------------------------------------------------------------------------
 */
void	_uassert(const char *expr, const char *file, int line)
{
	fprintf(stderr, "%s: assertion failed: %s, file %s, line %d\n",
			_uprogname != NULL ? _uprogname : "?", expr, file, line);
	exit(EXIT_FAILURE);
}
