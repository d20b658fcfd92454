/* vsnprintf.c - vsnprintf */

#include <kernel.h>
#include <stdarg.h>
#include <stdio.h>

/* A buffer being filled by _fdoprnt */
struct	strbuf {
	char	*next;			/* where the next character goes */
	size_t	room;			/* characters that still fit	*/
};

/*------------------------------------------------------------------------
 *  strbufput  -  _fdoprnt output function: store ch if there is room.
 *		farg carries a struct strbuf pointer (pointers and ints
 *		have the same size on this machine).
 *------------------------------------------------------------------------
 */
local	int	strbufput(
	  int		farg,		/* the struct strbuf		*/
	  int		ch		/* character to store		*/
	)
{
	struct	strbuf	*sb = (struct strbuf *)farg;

	if (sb->room > 0) {
		*sb->next++ = (char)ch;
		sb->room--;
	}
	return ch;
}

/*------------------------------------------------------------------------
 *  vsnprintf  -  Format into buf, storing at most size - 1 characters
 *		and a terminating NUL (nothing at all if size is 0).
 *		Returns the length the whole result has, even if it was
 *		cut short, so "n >= size" means truncation (C99).
 *------------------------------------------------------------------------
 */
int	vsnprintf(
	  char		*buf,		/* destination			*/
	  size_t	size,		/* bytes available at buf	*/
	  const char	*fmt,		/* format			*/
	  va_list	ap		/* its arguments		*/
	)
{
	struct	strbuf	sb;
	int	n;

	sb.next = buf;
	sb.room = (size > 0) ? size - 1 : 0;
	n = _fdoprnt(fmt, ap, strbufput, (int)&sb);
	if (size > 0) {
		*sb.next = NULLCH;
	}
	return n;
}
