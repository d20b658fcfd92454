/* _fdoprnt.c - _fdoprnt */

#include <kernel.h>
#include <stdarg.h>
#include <stdio.h>

/*
 * The one formatting engine behind printf, fprintf, sprintf, kprintf...
 * It knows nothing about where characters go: each one is passed to
 * func(farg, ch), so the same code serves devices, buffers and the
 * polled console.  It never allocates or blocks, which keeps kprintf
 * usable with interrupts disabled.
 *
 * Conversion specification:  %[flags][width][.precision][length]conv
 *   flags	'-' left-justify, '0' pad with zeros, '+' always a sign,
 *		' ' blank for a missing sign, '#' 0x prefix / leading 0
 *   width	digits or '*' (an int argument; negative means '-')
 *   precision	digits or '*': least digits for integers, most
 *		characters for %s; a negative '*' counts as absent
 *   length	hh h l ll z (ll is 64-bit; l and z are 32-bit here)
 *   conv	d i u x X o c s p %  -- %p is always "0x" and 8 hex digits
 * An unknown conversion is copied to the output as written.
 */

/* Flag bits of a conversion specification */
#define	FMT_LEFT	0x01		/* '-'				*/
#define	FMT_ZERO	0x02		/* '0'				*/
#define	FMT_PLUS	0x04		/* '+'				*/
#define	FMT_SPACE	0x08		/* ' '				*/
#define	FMT_ALT		0x10		/* '#'				*/
#define	FMT_UPPER	0x20		/* %X: upper-case hex digits	*/

/* Length modifiers */
#define	LEN_INT		0		/* none				*/
#define	LEN_CHAR	1		/* hh				*/
#define	LEN_SHORT	2		/* h				*/
#define	LEN_LONG	3		/* l, z				*/
#define	LEN_LLONG	4		/* ll				*/

#define	NO_PREC		(-1)		/* no precision was given	*/
#define	NUMBUF		24		/* digits of 2^64 - 1 in octal: 22 */
#define	PTR_DIGITS	(2 * (int32)sizeof(void *))	/* hex digits of %p */
#define	HALFWORD	16		/* bits per piece in udivmod64	*/
#define	HALFMASK	0xffffU

/* Where output goes and how much has gone there */
struct	fmtout {
	int	(*func)(int, int);	/* called with (farg, ch)	*/
	int	farg;			/* first argument of func	*/
	int	count;			/* characters emitted so far	*/
};

/* One parsed conversion specification */
struct	fmtspec {
	uint32	flags;			/* FMT_xxx bits			*/
	int32	width;			/* minimum field width		*/
	int32	prec;			/* precision or NO_PREC		*/
	uint32	base;			/* 8, 10 or 16 for integers	*/
};

/*------------------------------------------------------------------------
 *  emit  -  Send one character to the output
 *------------------------------------------------------------------------
 */
local	void	emit(
	  struct fmtout	*out,		/* output			*/
	  int		ch		/* character			*/
	)
{
	(*out->func)(out->farg, ch);
	out->count++;
}

/*------------------------------------------------------------------------
 *  pad  -  Send n copies of ch (nothing if n <= 0)
 *------------------------------------------------------------------------
 */
local	void	pad(
	  struct fmtout	*out,		/* output			*/
	  int		ch,		/* pad character		*/
	  int32		n		/* how many			*/
	)
{
	for (; n > 0; n--) {
		emit(out, ch);
	}
}

/*------------------------------------------------------------------------
 *  udivmod64  -  Divide *np by base (at most 16) in place and return the
 *		remainder.  We link without libgcc, so a 64-bit "/" (which
 *		gcc turns into a call to __udivdi3) is not available: the
 *		division is done with 32-bit divides, the low word in two
 *		16-bit pieces so that each partial dividend, at most
 *		(base - 1) * 2^16 + 0xffff, fits in 32 bits.
 *------------------------------------------------------------------------
 */
local	uint32	udivmod64(
	  uint64	*np,		/* dividend, replaced by quotient */
	  uint32	base		/* divisor, 2..16		*/
	)
{
	uint32	hi = (uint32)(*np >> 32);
	uint32	lo = (uint32)*np;
	uint32	qhi, qmid, qlo, rem, part;

	if (hi == 0) {			/* the common, 32-bit case	*/
		*np = lo / base;
		return lo % base;
	}
	qhi = hi / base;
	rem = hi % base;
	part = (rem << HALFWORD) | (lo >> HALFWORD);
	qmid = part / base;
	rem = part % base;
	part = (rem << HALFWORD) | (lo & HALFMASK);
	qlo = part / base;
	rem = part % base;
	*np = ((uint64)qhi << 32) | (qmid << HALFWORD) | qlo;
	return rem;
}

/*------------------------------------------------------------------------
 *  fmtint  -  Format an integer of magnitude val (negative if neg is
 *		set): sign or prefix, zeros for the precision, digits, all
 *		padded out to the field width
 *------------------------------------------------------------------------
 */
local	void	fmtint(
	  struct fmtout	*out,		/* output			*/
	  struct fmtspec *sp,		/* the specification		*/
	  uint64	val,		/* magnitude			*/
	  bool8		neg,		/* value is negative		*/
	  bool8		issigned,	/* %d/%i (sign flags apply)	*/
	  const char	*prefix		/* "0x" etc. or ""		*/
	)
{
	const char	*xdigits = (sp->flags & FMT_UPPER) ?
				"0123456789ABCDEF" : "0123456789abcdef";
	char	digits[NUMBUF];		/* least significant first	*/
	int32	ndig = 0;
	int32	nzero;			/* zeros the precision adds	*/
	int32	npre;			/* length of sign and prefix	*/
	int32	fill;			/* padding to reach the width	*/
	char	sign = NULLCH;
	const char *p;

	while (val != 0) {
		digits[ndig++] = xdigits[udivmod64(&val, sp->base)];
	}

	/* Default precision is 1, so 0 prints as "0"; an explicit
	   precision of 0 prints the value 0 as nothing at all */
	nzero = ((sp->prec == NO_PREC) ? 1 : sp->prec) - ndig;
	if (nzero < 0) {
		nzero = 0;
	}
	if ((sp->flags & FMT_ALT) && sp->base == 8 && nzero == 0) {
		nzero = 1;		/* %#o: the first digit is a 0	*/
	}

	if (neg) {
		sign = '-';
	} else if (issigned && (sp->flags & FMT_PLUS)) {
		sign = '+';
	} else if (issigned && (sp->flags & FMT_SPACE)) {
		sign = ' ';
	}
	npre = (sign != NULLCH);
	for (p = prefix; *p != NULLCH; p++) {
		npre++;
	}

	fill = sp->width - npre - nzero - ndig;

	/* '0' pads between the prefix and the digits, but a precision or
	   '-' overrides it, as in C */
	if ((sp->flags & FMT_ZERO) && !(sp->flags & FMT_LEFT)
					&& sp->prec == NO_PREC) {
		nzero += (fill > 0) ? fill : 0;
		fill = 0;
	}
	if (!(sp->flags & FMT_LEFT)) {
		pad(out, ' ', fill);
	}
	if (sign != NULLCH) {
		emit(out, sign);
	}
	for (p = prefix; *p != NULLCH; p++) {
		emit(out, *p);
	}
	pad(out, '0', nzero);
	while (ndig > 0) {
		emit(out, digits[--ndig]);
	}
	if (sp->flags & FMT_LEFT) {
		pad(out, ' ', fill);
	}
}

/*------------------------------------------------------------------------
 *  fmtstr  -  Format len characters of s padded to the field width
 *------------------------------------------------------------------------
 */
local	void	fmtstr(
	  struct fmtout	*out,		/* output			*/
	  struct fmtspec *sp,		/* the specification		*/
	  const char	*s,		/* characters			*/
	  int32		len		/* how many of them		*/
	)
{
	int32	fill = sp->width - len;

	if (!(sp->flags & FMT_LEFT)) {
		pad(out, ' ', fill);
	}
	while (len-- > 0) {
		emit(out, *s++);
	}
	if (sp->flags & FMT_LEFT) {
		pad(out, ' ', fill);
	}
}

/*------------------------------------------------------------------------
 *  _fdoprnt  -  Format fmt with the arguments in ap, passing each output
 *		character to func(farg, ch); return the number of characters
 *------------------------------------------------------------------------
 */
int	_fdoprnt(
	  const char	*fmt,		/* format string		*/
	  va_list	ap,		/* its arguments		*/
	  int		(*func)(int, int), /* character output function	*/
	  int		farg		/* first argument of func	*/
	)
{
	struct	fmtout	out;
	struct	fmtspec	spec;
	const char	*start;		/* the '%' of the current spec	*/
	const char	*s;
	int32		len, n;
	int64		sval;
	uint64		uval;
	char		ch;

	out.func = func;
	out.farg = farg;
	out.count = 0;

	for (; *fmt != NULLCH; fmt++) {
		if (*fmt != '%') {
			emit(&out, *fmt);
			continue;
		}
		start = fmt++;

		/* Flags */
		spec.flags = 0;
		for (;; fmt++) {
			if (*fmt == '-') {
				spec.flags |= FMT_LEFT;
			} else if (*fmt == '0') {
				spec.flags |= FMT_ZERO;
			} else if (*fmt == '+') {
				spec.flags |= FMT_PLUS;
			} else if (*fmt == ' ') {
				spec.flags |= FMT_SPACE;
			} else if (*fmt == '#') {
				spec.flags |= FMT_ALT;
			} else {
				break;
			}
		}

		/* Width */
		spec.width = 0;
		if (*fmt == '*') {
			fmt++;
			spec.width = va_arg(ap, int);
			if (spec.width < 0) {
				spec.flags |= FMT_LEFT;
				spec.width = -spec.width;
			}
		} else {
			while (*fmt >= '0' && *fmt <= '9') {
				spec.width = spec.width * 10 + (*fmt++ - '0');
			}
		}

		/* Precision */
		spec.prec = NO_PREC;
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				fmt++;
				spec.prec = va_arg(ap, int);
				if (spec.prec < 0) {
					spec.prec = NO_PREC;
				}
			} else {
				spec.prec = 0;
				while (*fmt >= '0' && *fmt <= '9') {
					spec.prec = spec.prec * 10
							+ (*fmt++ - '0');
				}
			}
		}

		/* Length modifier */
		len = LEN_INT;
		if (*fmt == 'h') {
			fmt++;
			len = LEN_SHORT;
			if (*fmt == 'h') {
				fmt++;
				len = LEN_CHAR;
			}
		} else if (*fmt == 'l') {
			fmt++;
			len = LEN_LONG;
			if (*fmt == 'l') {
				fmt++;
				len = LEN_LLONG;
			}
		} else if (*fmt == 'z') {
			fmt++;
			len = LEN_LONG;
		}

		spec.base = 10;
		switch (*fmt) {
		case 'd':
		case 'i':
			switch (len) {
			case LEN_LLONG:	sval = va_arg(ap, long long);	break;
			case LEN_LONG:	sval = va_arg(ap, long);	break;
			case LEN_SHORT:	sval = (short)va_arg(ap, int);	break;
			case LEN_CHAR:	sval = (signed char)va_arg(ap, int);
									break;
			default:	sval = va_arg(ap, int);		break;
			}
			/* 0 - (uint64)sval is right even for the most
			   negative value, whose negation overflows int64 */
			uval = (sval < 0) ? 0 - (uint64)sval : (uint64)sval;
			fmtint(&out, &spec, uval, sval < 0, TRUE, "");
			break;

		case 'X':
			spec.flags |= FMT_UPPER;
			/* fall through */
		case 'x':
		case 'o':
		case 'u':
			switch (len) {
			case LEN_LLONG:	uval = va_arg(ap, unsigned long long);
									break;
			case LEN_LONG:	uval = va_arg(ap, unsigned long);
									break;
			case LEN_SHORT:	uval = (unsigned short)va_arg(ap, int);
									break;
			case LEN_CHAR:	uval = (unsigned char)va_arg(ap, int);
									break;
			default:	uval = va_arg(ap, unsigned int); break;
			}
			s = "";
			if (*fmt == 'o') {
				spec.base = 8;
			} else if (*fmt != 'u') {
				spec.base = 16;
				if ((spec.flags & FMT_ALT) && uval != 0) {
					s = (*fmt == 'X') ? "0X" : "0x";
				}
			}
			fmtint(&out, &spec, uval, FALSE, FALSE, s);
			break;

		case 'p':
			/* Fixed width, so addresses line up in dumps */
			uval = (uint32)va_arg(ap, void *);
			spec.base = 16;
			spec.prec = PTR_DIGITS;
			spec.flags &= ~FMT_ALT;
			fmtint(&out, &spec, uval, FALSE, FALSE, "0x");
			break;

		case 'c':
			ch = (char)va_arg(ap, int);
			fmtstr(&out, &spec, &ch, 1);
			break;

		case 's':
			s = va_arg(ap, const char *);
			if (s == NULL) {
				s = "(null)";
			}
			/* With a precision the string need not be terminated,
			   so never look beyond prec characters */
			for (n = 0; (spec.prec == NO_PREC || n < spec.prec)
					&& s[n] != NULLCH; n++) {
				;
			}
			fmtstr(&out, &spec, s, n);
			break;

		case '%':
			emit(&out, '%');
			break;

		case NULLCH:
			/* The format ends inside a specification: show what
			   there is and stop at the terminator */
			for (; start < fmt; start++) {
				emit(&out, *start);
			}
			fmt--;
			break;

		default:
			for (; start <= fmt; start++) {
				emit(&out, *start);
			}
			break;
		}
	}
	return out.count;
}
