/* shellnum.c - shellnum */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * shellnum  -  Convert a command argument to an unsigned number
 *
 * Accepts what strtoul accepts with base 0 (decimal, 0x hex, 0 octal),
 * but the whole word must be the number: no sign, no blanks, nothing
 * after it.  strtoul saturates on overflow, so its largest value is
 * taken as "too big".  Returns SYSERR for anything else.
 *------------------------------------------------------------------------
 */
status	shellnum(
	  char		*str,		/* the argument			*/
	  uint32	*value		/* where to put the number	*/
	)
{
	char	*end;			/* first character not used	*/
	uint32	v;

	if (str[0] < '0' || str[0] > '9') {
		return SYSERR;
	}
	v = strtoul(str, &end, 0);
	if (*end != NULLCH || v == 0xFFFFFFFF) {
		return SYSERR;
	}
	*value = v;
	return OK;
}
