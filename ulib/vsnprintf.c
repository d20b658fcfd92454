/* vsnprintf.c - vsnprintf, ustr_put */

#include <ulib.h>

/* A string being formatted: at most size - 1 characters and a NUL */
struct	ustr {
	char	*p;			/* next character goes here	*/
	uint32	room;			/* characters that still fit	*/
};

/*------------------------------------------------------------------------
 * ustr_put - store one character if it fits (the rest are counted only)
 *------------------------------------------------------------------------
 */
static	void	ustr_put(int c, void *arg)
{
	struct	ustr	*s = arg;

	if (s->room > 0) {
		*s->p++ = (char)c;
		s->room--;
	}
}

/*------------------------------------------------------------------------
 * vsnprintf - format into buf of size bytes, always NUL-terminated when
 *	size > 0; returns the length the whole text has (C99)
 *------------------------------------------------------------------------
 */
int	vsnprintf(char *buf, unsigned int size, const char *fmt, va_list ap)
{
	struct	ustr	s;
	int	count;

	s.p = buf;
	s.room = size > 0 ? size - 1 : 0;
	count = _ufmt(ustr_put, &s, fmt, ap);
	if (size > 0) {
		*s.p = '\0';
	}
	return count;
}
