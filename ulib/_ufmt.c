/* _ufmt.c - _ufmt, ufmt_num */

#include <ulib.h>

#define	UFMT_NUMLEN	12		/* digits of a 32-bit number, sign */

/*------------------------------------------------------------------------
 * ufmt_num - the digits of v in base (10 or 16) into buf, backwards;
 *	returns how many
 *------------------------------------------------------------------------
 */
static	int	ufmt_num(char *buf, uint32 v, uint32 base, bool8 upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int	n = 0;

	do {
		buf[n++] = digits[v % base];
		v /= base;
	} while (v != 0);
	return n;
}

/*------------------------------------------------------------------------
 * _ufmt - format fmt with the arguments in ap, one put(c, arg) per
 *	character; returns the number of characters.  Conversions: %d %i
 *	%u %x %X %s %c %p %%, each with an optional '-' (left-justify), '0'
 *	(zero-pad), width, and 'l' (long: the same 32 bits on i386).
 *------------------------------------------------------------------------
 */
int	_ufmt(void (*put)(int, void *), void *arg, const char *fmt, va_list ap)
{
	char	num[UFMT_NUMLEN];	/* digits, least significant first */
	const char *s;			/* the text of a %s		*/
	int	count = 0;		/* characters produced		*/
	int	width, len, i;
	bool8	left, zero, neg;
	char	sign;
	uint32	v;

	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			put(*fmt, arg);
			count++;
			continue;
		}
		fmt++;
		left = zero = FALSE;
		for (;; fmt++) {
			if (*fmt == '-') {
				left = TRUE;
			} else if (*fmt == '0') {
				zero = TRUE;
			} else {
				break;
			}
		}
		width = 0;
		while (*fmt >= '0' && *fmt <= '9') {
			width = width * 10 + (*fmt++ - '0');
		}
		while (*fmt == 'l') {
			fmt++;
		}
		s = NULL;
		len = 0;
		sign = '\0';
		switch (*fmt) {
		case 'd':
		case 'i':
			v = (uint32)va_arg(ap, int32);
			neg = (int32)v < 0;
			if (neg) {
				sign = '-';
				v = -v;		/* also right for INT_MIN */
			}
			len = ufmt_num(num, v, 10, FALSE);
			break;
		case 'u':
			len = ufmt_num(num, va_arg(ap, uint32), 10, FALSE);
			break;
		case 'x':
		case 'X':
			len = ufmt_num(num, va_arg(ap, uint32), 16,
					*fmt == 'X');
			break;
		case 'p':
			/* Xinu's and glibc's look: 0x and the hex digits */
			len = ufmt_num(num, (uint32)va_arg(ap, void *), 16,
					FALSE);
			put('0', arg);
			put('x', arg);
			count += 2;
			width -= 2;
			break;
		case 'c':
			num[0] = (char)va_arg(ap, int);
			len = 1;
			zero = FALSE;
			break;
		case 's':
			s = va_arg(ap, const char *);
			if (s == NULL) {
				s = "(null)";
			}
			len = strlen(s);
			zero = FALSE;
			break;
		case '\0':
			return count;		/* a lone '%' ends the format */
		default:			/* %% and unknown ones: as is */
			num[0] = *fmt;
			len = 1;
			zero = FALSE;
			break;
		}

		/* The sign goes before zeros and after spaces */
		width -= len + (sign != '\0');
		if (sign != '\0' && (zero || left)) {
			put(sign, arg);
			count++;
			sign = '\0';
		}
		if (!left) {
			for (; width > 0; width--, count++) {
				put(zero ? '0' : ' ', arg);
			}
		}
		if (sign != '\0') {
			put(sign, arg);
			count++;
		}
		for (i = 0; i < len; i++, count++) {
			put(s != NULL ? s[i] : num[len - 1 - i], arg);
		}
		for (; width > 0; width--, count++) {
			put(' ', arg);
		}
	}
	return count;
}
