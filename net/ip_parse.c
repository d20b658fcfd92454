/* ip_parse.c - ip_parse */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * ip_parse - read a dotted quad a.b.c.d into *ip (host order); OK, or
 *	      SYSERR for anything else (missing parts, values > 255, junk)
 *------------------------------------------------------------------------
 */
int32	ip_parse(
	  char		*s,
	  uint32	*ip
	)
{
	int32	part, ndig;
	uint32	v, addr = 0;

	if (s == NULL || ip == NULL) {
		return SYSERR;
	}
	for (part = 0; part < 4; part++) {
		v = 0;
		for (ndig = 0; isdigit((int)*s) && ndig < 4; ndig++) {
			v = v * 10 + (*s++ - '0');
		}
		if (ndig == 0 || ndig > 3 || v > 255) {
			return SYSERR;
		}
		addr = (addr << 8) | v;
		if (part < 3 && *s++ != '.') {
			return SYSERR;
		}
	}
	if (*s != '\0') {
		return SYSERR;
	}
	*ip = addr;
	return OK;
}
