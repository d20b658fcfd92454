/* test_libc.c - tests of the C library in lib/ and of kprintf */

#include <xinu.h>
#include <limits.h>
#include "testsuite.h"

/*
 * The formatting checks compare whole output strings (and the returned
 * length) with the text C's printf gives for the same format, so they
 * pin down padding and sign rules, not just "something was printed".
 */

#define	FMTBUF		128		/* bytes for one formatted result */
#define	NSORT		1000		/* elements in the qsort tests	*/
#define	SORTSEED	12345		/* srand seed of the sort data	*/
#define	STRBUF		32		/* bytes in the string buffers	*/
#define	MEMBUF		256		/* bytes in the memory buffers	*/
#define	FILLCH		'#'		/* marks bytes that must survive */

/*------------------------------------------------------------------------
 *  check_fmt  -  vsprintf fmt and fail unless the text is want and the
 *		returned count is its length
 *------------------------------------------------------------------------
 */
local	void	check_fmt(
	  const char	*file,		/* caller's file and line	*/
	  int32		line,
	  const char	*want,		/* expected output		*/
	  const char	*fmt,		/* format and arguments		*/
	  ...
	)
{
	char	buf[FMTBUF];
	va_list	ap;
	int	n;

	memset(buf, FILLCH, sizeof(buf));
	va_start(ap, fmt);
	n = vsprintf(buf, fmt, ap);
	va_end(ap);
	if (strcmp(buf, want) != 0 || n != (int)strlen(want)) {
		t_fail("%s:%d: format \"%s\" gave \"%s\" (%d), want \"%s\"",
			file, line, fmt, buf, n, want);
	}
}

#define	CHECK_FMT(want, ...)	check_fmt(__FILE__, __LINE__, (want), \
					__VA_ARGS__)

/* Compare two strings, showing both on failure */
#define	CHECK_STR(got, want)						\
	do {								\
		if (strcmp((got), (want)) != 0) {			\
			t_fail("%s:%d: \"%s\" != \"%s\"", __FILE__,	\
				__LINE__, (got), (want));		\
		}							\
	} while (0)

TESTCASE(libc_printf_decimal)
{
	CHECK_FMT("0", "%d", 0);
	CHECK_FMT("42", "%d", 42);
	CHECK_FMT("-42", "%i", -42);
	CHECK_FMT("-2147483648", "%d", INT_MIN);
	CHECK_FMT("2147483647", "%d", INT_MAX);
	CHECK_FMT("4294967295", "%u", UINT_MAX);
	CHECK_FMT("2147483648", "%u", (uint32)INT_MIN);
	CHECK_FMT("-1 -1", "%ld %li", -1L, -1L);

	/* width, '-', '0', precision and their interplay */
	CHECK_FMT("[   42]", "[%5d]", 42);
	CHECK_FMT("[42   ]", "[%-5d]", 42);
	CHECK_FMT("[00042]", "[%05d]", 42);
	CHECK_FMT("[-0042]", "[%05d]", -42);
	CHECK_FMT("[  -42]", "[%5d]", -42);
	CHECK_FMT("[-42  ]", "[%-5d]", -42);
	CHECK_FMT("[-42  ]", "[%-05d]", -42);	/* '-' beats '0'	*/
	CHECK_FMT("[  042]", "[%5.3d]", 42);
	CHECK_FMT("[  042]", "[%05.3d]", 42);	/* precision beats '0'	*/
	CHECK_FMT("[-00042]", "[%.5d]", -42);
	CHECK_FMT("[]", "[%.0d]", 0);		/* no digits for 0	*/
	CHECK_FMT("[   ]", "[%3.0d]", 0);
	CHECK_FMT("[12345]", "[%2d]", 12345);	/* width is a minimum	*/
	CHECK_FMT("[+7] [ 7] [-7]", "[%+d] [% d] [%+d]", 7, 7, -7);
	CHECK_FMT("[   17]", "[%*d]", 5, 17);
	CHECK_FMT("[17   ]", "[%*d]", -5, 17);	/* negative '*' is '-'	*/
	CHECK_FMT("[00017]", "[%.*d]", 5, 17);
	CHECK_FMT("[17]", "[%.*d]", -3, 17);	/* negative: no precision */

	/* h and hh convert the int argument down */
	CHECK_FMT("-1 255", "%hhd %hhu", 255, 255);
	CHECK_FMT("-32768 65535", "%hd %hu", 32768, 65535);
}

TESTCASE(libc_printf_hex_octal)
{
	CHECK_FMT("deadbeef", "%x", 0xdeadbeef);
	CHECK_FMT("DEADBEEF", "%X", 0xdeadbeef);
	CHECK_FMT("0", "%x", 0);
	CHECK_FMT("ffffffff", "%x", -1);
	CHECK_FMT("[0000beef]", "[%08x]", 0xbeef);
	CHECK_FMT("[beef    ]", "[%-8x]", 0xbeef);
	CHECK_FMT("[    beef]", "[%8x]", 0xbeef);
	CHECK_FMT("[0x1f] [0X1F] [0]", "[%#x] [%#X] [%#x]", 0x1f, 0x1f, 0);
	CHECK_FMT("[0x0001f]", "[%#07x]", 0x1f);
	CHECK_FMT("17", "%o", 15);
	CHECK_FMT("017 0", "%#o %#o", 15, 0);
	CHECK_FMT("37777777777", "%o", UINT_MAX);
	CHECK_FMT("[  00ff]", "[%6.4x]", 0xff);
}

TESTCASE(libc_printf_64bit)
{
	CHECK_FMT("18446744073709551615", "%llu", 18446744073709551615ULL);
	CHECK_FMT("ffffffffffffffff", "%llx", 18446744073709551615ULL);
	CHECK_FMT("1777777777777777777777", "%llo",
			18446744073709551615ULL);
	CHECK_FMT("-9223372036854775808", "%lld", LLONG_MIN);
	CHECK_FMT("9223372036854775807", "%lld", LLONG_MAX);
	CHECK_FMT("4294967296", "%llu", 4294967296ULL);
	CHECK_FMT("-1234567890123", "%lli", -1234567890123LL);
	CHECK_FMT("[0000000100000000]", "[%016llX]", 0x100000000ULL);
	CHECK_FMT("[    12345678901]", "[%15lld]", 12345678901LL);
	CHECK_FMT("0", "%llu", 0ULL);

	/* A 64-bit argument must not shift the ones after it */
	CHECK_FMT("1 10000000000 2", "%d %llu %d", 1, 10000000000ULL, 2);
}

TESTCASE(libc_printf_char_string_pointer)
{
	char	buf[FMTBUF];
	char	unterminated[3] = { 'a', 'b', 'c' };

	CHECK_FMT("x", "%c", 'x');
	CHECK_FMT("[  x] [x  ]", "[%3c] [%-3c]", 'x', 'x');
	CHECK_FMT("hello", "%s", "hello");
	CHECK_FMT("[  hello]", "[%7s]", "hello");
	CHECK_FMT("[hello  ]", "[%-7s]", "hello");
	CHECK_FMT("[hel]", "[%.3s]", "hello");
	CHECK_FMT("[   he]", "[%5.2s]", "hello");
	CHECK_FMT("[he]", "[%.*s]", 2, "hello");
	CHECK_FMT("[]", "[%s]", "");
	CHECK_FMT("(null)", "%s", (char *)NULL);
	CHECK_FMT("ab", "%.2s", unterminated);	/* must not read past */
	CHECK_FMT("0x00001234", "%p", (void *)0x1234);
	CHECK_FMT("0x00000000", "%p", (void *)0);
	CHECK_FMT("[  0xdeadbeef]", "[%12p]", (void *)0xdeadbeef);
	CHECK_FMT("100%", "%d%%", 100);
	CHECK_FMT("", "");
	CHECK_FMT("a=1, b=two, c=3", "a=%d, b=%s, c=%c", 1, "two", '3');

	/* The variadic entry points themselves */
	CHECK_EQ(sprintf(buf, "%d-%s", -5, "x"), 4);
	CHECK_STR(buf, "-5-x");
	memset(buf, FILLCH, sizeof(buf));
	CHECK_EQ(snprintf(buf, 5, "%d", 123456789), 9);	/* full length */
	CHECK_STR(buf, "1234");
	CHECK_EQ(buf[5], FILLCH);
	buf[0] = FILLCH;
	CHECK_EQ(snprintf(buf, 0, "abc"), 3);	/* size 0: nothing stored */
	CHECK_EQ(buf[0], FILLCH);
	CHECK_EQ(snprintf(buf, 1, "abc"), 3);
	CHECK_EQ(buf[0], NULLCH);
	CHECK_EQ(snprintf(buf, sizeof(buf), "%s", "fits"), 4);
	CHECK_STR(buf, "fits");
}

TESTCASE(libc_fprintf_kprintf)
{
	char	line[STRBUF];

	/* The null device accepts everything, so only counts are seen */
	CHECK_EQ(fprintf(NULLDEV, "%d:%s", 1234, "ab"), 7);
	CHECK_EQ(fputc('z', NULLDEV), 'z');
	CHECK_EQ(fputs("abc", NULLDEV), OK);
	CHECK_EQ(fgetc(NULLDEV), EOF);
	CHECK(fgets(line, sizeof(line), NULLDEV) == NULL);

	/* Formats that print nothing keep the console clean */
	CHECK_EQ(kprintf(""), 0);
	CHECK_EQ(kprintf("%.0s", "invisible"), 0);
}

TESTCASE(libc_string)
{
	char	buf[STRBUF];
	const char *s = "hello, world";

	CHECK_EQ(strlen(""), 0);
	CHECK_EQ(strlen(s), 12);

	CHECK(strcpy(buf, s) == buf);
	CHECK_STR(buf, s);
	CHECK(strcat(buf, "!") == buf);
	CHECK_STR(buf, "hello, world!");
	strcpy(buf, "ab");
	CHECK(strncat(buf, "cdef", 2) == buf);
	CHECK_STR(buf, "abcd");
	CHECK_STR(strncat(buf, "xy", 10), "abcdxy");

	/* strncpy pads with NULs, and does not terminate when cut */
	memset(buf, FILLCH, sizeof(buf));
	CHECK(strncpy(buf, "ab", 5) == buf);
	CHECK(memcmp(buf, "ab\0\0\0", 5) == 0);
	CHECK_EQ(buf[5], FILLCH);
	memset(buf, FILLCH, sizeof(buf));
	strncpy(buf, "abcdef", 3);
	CHECK(memcmp(buf, "abc", 3) == 0);
	CHECK_EQ(buf[3], FILLCH);

	CHECK_EQ(strcmp("abc", "abc"), 0);
	CHECK(strcmp("abc", "abd") < 0);
	CHECK(strcmp("abd", "abc") > 0);
	CHECK(strcmp("ab", "abc") < 0);
	CHECK(strcmp("abc", "ab") > 0);
	CHECK(strcmp("\xff", "a") > 0);		/* compared as unsigned	*/
	CHECK_EQ(strncmp("abcX", "abcY", 3), 0);
	CHECK(strncmp("abcX", "abcY", 4) < 0);
	CHECK_EQ(strncmp("a", "b", 0), 0);

	CHECK(strchr(s, 'o') == s + 4);
	CHECK(strrchr(s, 'o') == s + 8);
	CHECK(strchr(s, 'z') == NULL);
	CHECK(strrchr(s, 'z') == NULL);
	CHECK(strchr(s, NULLCH) == s + 12);	/* the NUL can be found */
	CHECK(strrchr(s, NULLCH) == s + 12);

	CHECK(strstr(s, "world") == s + 7);
	CHECK(strstr(s, "o, w") == s + 4);
	CHECK(strstr(s, "worlds") == NULL);
	CHECK(strstr(s, "") == s);
	CHECK(strstr("", "a") == NULL);
	CHECK_STR(strstr("aaab", "aab"), "aab");
}

TESTCASE(libc_memory)
{
	static byte a[MEMBUF], b[MEMBUF];
	int32	i, off;

	for (i = 0; i < MEMBUF; i++) {
		a[i] = (byte)i;
	}

	/* Every alignment of source, destination and length */
	for (off = 0; off < 4; off++) {
		memset(b, FILLCH, sizeof(b));
		CHECK(memcpy(b + off, a + 1, 100 + off) == b + off);
		CHECK(memcmp(b + off, a + 1, 100 + off) == 0);
		CHECK_EQ(b[off + 100 + off], FILLCH);
		if (off > 0) {
			CHECK_EQ(b[off - 1], FILLCH);
		}
	}

	memset(b, 0, sizeof(b));
	CHECK(memset(b + 3, 0xa5, 70) == b + 3);
	CHECK_EQ(b[2], 0);
	CHECK_EQ(b[3], 0xa5);
	CHECK_EQ(b[72], 0xa5);
	CHECK_EQ(b[73], 0);
	memset(b, 0x1ff, 4);			/* only the low byte counts */
	CHECK_EQ(b[0], 0xff);

	CHECK_EQ(memcmp(a, a, 0), 0);
	memcpy(b, a, MEMBUF);
	CHECK_EQ(memcmp(a, b, MEMBUF), 0);
	b[200] = 0;
	CHECK(memcmp(a, b, MEMBUF) > 0);	/* 200 > 0 as unsigned	*/
	CHECK(memcmp(b, a, MEMBUF) < 0);
	CHECK_EQ(memcmp(a, b, 200), 0);

	CHECK(memchr(a, 77, MEMBUF) == a + 77);
	CHECK(memchr(a, 77, 77) == NULL);	/* just out of range	*/
	CHECK(memchr(a, 0x100 + 5, MEMBUF) == a + 5);
}

TESTCASE(libc_memmove_overlap)
{
	char	buf[STRBUF];

	/* Destination after the source: must copy from the end */
	strcpy(buf, "0123456789");
	CHECK(memmove(buf + 2, buf, 8) == buf + 2);
	CHECK_STR(buf, "0101234567");

	/* Destination before the source */
	strcpy(buf, "0123456789");
	CHECK(memmove(buf, buf + 3, 7) == buf);
	CHECK_STR(buf, "3456789789");

	/* Overlap by a single byte, both ways */
	strcpy(buf, "abcdef");
	memmove(buf + 1, buf, 5);
	CHECK_STR(buf, "aabcde");
	strcpy(buf, "abcdef");
	memmove(buf, buf + 1, 5);
	CHECK_STR(buf, "bcdeff");

	/* Same place, zero length, and disjoint areas */
	strcpy(buf, "same");
	memmove(buf, buf, 4);
	memmove(buf + 1, buf, 0);
	CHECK_STR(buf, "same");
	memmove(buf + 10, buf, 5);
	CHECK_STR(buf + 10, "same");
}

/* Large enough that gcc copies it with a call to memcpy */
struct	bigstruct {
	int32	v[64];
};

TESTCASE(libc_struct_copy)
{
	static struct bigstruct x, y;
	struct	bigstruct z = { { 0 } };
	int32	i;

	for (i = 0; i < 64; i++) {
		x.v[i] = i * i;
	}
	y = x;
	z = y;
	for (i = 0; i < 64; i++) {
		CHECK_EQ(z.v[i], i * i);
	}
}

TESTCASE(libc_ctype)
{
	int	c;

	CHECK(isalpha('a') && isalpha('Z') && !isalpha('0') && !isalpha('['));
	CHECK(isdigit('0') && isdigit('9') && !isdigit('a') && !isdigit('/'));
	CHECK(isalnum('q') && isalnum('7') && !isalnum('_'));
	CHECK(isspace(' ') && isspace('\t') && isspace('\n')
		&& isspace('\r') && isspace('\v') && isspace('\f'));
	CHECK(!isspace('x') && !isspace(NULLCH));
	CHECK(isupper('A') && !isupper('a') && islower('z') && !islower('Z'));
	CHECK(isxdigit('f') && isxdigit('F') && isxdigit('9')
		&& !isxdigit('g') && !isxdigit('G'));
	CHECK(isprint(' ') && isprint('~') && !isprint('\n')
		&& !isprint(ASCII_DEL));
	CHECK(ispunct('!') && ispunct('~') && !ispunct(' ')
		&& !ispunct('a'));
	CHECK(iscntrl(NULLCH) && iscntrl('\n') && iscntrl(ASCII_DEL)
		&& !iscntrl(' '));
	CHECK_EQ(toupper('a'), 'A');
	CHECK_EQ(toupper('A'), 'A');
	CHECK_EQ(toupper('1'), '1');
	CHECK_EQ(tolower('Q'), 'q');
	CHECK_EQ(tolower('['), '[');

	/* EOF and bytes above ASCII belong to no class */
	for (c = 0x80; c <= 0xff; c++) {
		CHECK(!isalpha(c) && !isspace(c) && !isprint(c)
			&& !iscntrl(c));
	}
	CHECK(!isalpha(EOF) && !isspace(EOF) && !iscntrl(EOF));
	CHECK_EQ(toupper(EOF), EOF);

	/* The classes partition ASCII the way C says */
	for (c = 0; c < 0x80; c++) {
		CHECK_EQ(isalnum(c) != 0, isalpha(c) || isdigit(c));
		CHECK_EQ(isprint(c) != 0, !iscntrl(c));
		CHECK_EQ(ispunct(c) != 0, isprint(c) && c != ' '
					&& !isalnum(c));
	}
}

TESTCASE(libc_strtol)
{
	char	*end;
	const char *s;

	CHECK_EQ(strtol("123", &end, 10), 123);
	CHECK_EQ(*end, NULLCH);
	CHECK_EQ(strtol("  -42xyz", &end, 10), -42);
	CHECK_STR(end, "xyz");
	CHECK_EQ(strtol("+17", NULL, 10), 17);
	CHECK_EQ(strtol("0x2000000", NULL, 0), 0x2000000);
	CHECK_EQ(strtol("0X1f", NULL, 0), 31);
	CHECK_EQ(strtol("0x1f", NULL, 16), 31);
	CHECK_EQ(strtol("1f", NULL, 16), 31);
	CHECK_EQ(strtol("0755", NULL, 0), 0755);
	CHECK_EQ(strtol("755", NULL, 8), 0755);
	CHECK_EQ(strtol("089", &end, 0), 0);	/* octal stops at 8	*/
	CHECK_STR(end, "89");
	CHECK_EQ(strtol("1010", NULL, 2), 10);
	CHECK_EQ(strtol("zz", NULL, 36), 35 * 36 + 35);
	CHECK_EQ(strtol("-0x10", NULL, 0), -16);

	/* No number: 0, and end is the start of the string */
	s = "  xyz";
	CHECK_EQ(strtol(s, &end, 0), 0);
	CHECK(end == s);
	s = "-";
	CHECK_EQ(strtol(s, &end, 10), 0);
	CHECK(end == s);
	s = "--5";
	CHECK_EQ(strtol(s, &end, 10), 0);
	CHECK(end == s);

	/* "0x" without hex digits is the number 0 followed by "x" */
	CHECK_EQ(strtol("0xg", &end, 16), 0);
	CHECK_STR(end, "xg");

	/* Out of range values saturate */
	CHECK_EQ(strtol("2147483647", NULL, 10), LONG_MAX);
	CHECK_EQ(strtol("2147483648", NULL, 10), LONG_MAX);
	CHECK_EQ(strtol("-2147483648", NULL, 10), LONG_MIN);
	CHECK_EQ(strtol("-2147483649", NULL, 10), LONG_MIN);
	CHECK_EQ(strtol("99999999999999999999", &end, 10), LONG_MAX);
	CHECK_EQ(*end, NULLCH);			/* all digits consumed	*/

	CHECK_EQ(strtoul("4294967295", NULL, 10), 4294967295UL);
	CHECK_EQ(strtoul("4294967296", NULL, 10), ULONG_MAX);
	CHECK_EQ(strtoul("0xffffffff", NULL, 0), 0xffffffffUL);
	CHECK_EQ(strtoul("0x80000000", NULL, 16), 0x80000000UL);
	CHECK_EQ(strtoul("-1", NULL, 10), ULONG_MAX);	/* C: negated */
	CHECK_EQ(strtoul("12", &end, 1), 0);	/* bad base		*/
	CHECK_EQ(strtoul("12", &end, 37), 0);
}

TESTCASE(libc_atoi_abs)
{
	CHECK_EQ(atoi("0"), 0);
	CHECK_EQ(atoi("12345"), 12345);
	CHECK_EQ(atoi("-12345"), -12345);
	CHECK_EQ(atoi("  \t-7 apples"), -7);
	CHECK_EQ(atoi("-2147483648"), INT_MIN);
	CHECK_EQ(atoi("abc"), 0);
	CHECK_EQ(atoi("0x10"), 0);		/* decimal only		*/
	CHECK_EQ(atol("-99"), -99L);
	CHECK_EQ(abs(-5), 5);
	CHECK_EQ(abs(5), 5);
	CHECK_EQ(abs(0), 0);
	CHECK_EQ(labs(-123456L), 123456L);
	CHECK_EQ(labs(LONG_MAX), LONG_MAX);
}

TESTCASE(libc_rand)
{
	int32	first[4];
	int32	i, v;
	bool8	varied = FALSE;
	int32	odd = 0;

	srand(1);
	for (i = 0; i < 4; i++) {
		first[i] = rand();
	}
	srand(1);
	for (i = 0; i < 4; i++) {
		CHECK_EQ(rand(), first[i]);	/* same seed, same values */
	}
	srand(2);
	CHECK(rand() != first[0]);

	for (i = 0; i < 1000; i++) {
		v = rand();
		CHECK(v >= 0 && v <= RAND_MAX);
		if (v != first[0]) {
			varied = TRUE;
		}
		odd += v & 1;
	}
	CHECK(varied);
	CHECK(odd > 400 && odd < 600);		/* low bit is not stuck	*/
}

/*------------------------------------------------------------------------
 *  intcmp  -  qsort comparison of two int32 (no subtraction: overflow)
 *------------------------------------------------------------------------
 */
local	int	intcmp(
	  const void	*a,
	  const void	*b
	)
{
	int32	x = *(const int32 *)a;
	int32	y = *(const int32 *)b;

	return (x > y) - (x < y);
}

/*------------------------------------------------------------------------
 *  check_sorted  -  Fail unless v[0..n) is in ascending order and its sum
 *		and xor are unchanged (so it is a permutation of the input,
 *		as far as a cheap check can tell)
 *------------------------------------------------------------------------
 */
local	void	check_sorted(
	  int32		*v,		/* array			*/
	  int32		n,		/* length			*/
	  uint32	sum,		/* sum of the input		*/
	  uint32	xor		/* xor of the input		*/
	)
{
	int32	i;
	int32	bad = 0;

	for (i = 1; i < n; i++) {
		if (v[i - 1] > v[i]) {
			bad++;
		}
		sum -= (uint32)v[i];
		xor ^= (uint32)v[i];
	}
	sum -= (uint32)v[0];
	xor ^= (uint32)v[0];
	CHECK_EQ(bad, 0);
	CHECK_EQ(sum, 0);
	CHECK_EQ(xor, 0);
}

TESTCASE(libc_qsort)
{
	static int32 v[NSORT];
	uint32	sum, xor;
	int32	i;

	/* Pseudo-random values, negatives included */
	srand(SORTSEED);
	sum = xor = 0;
	for (i = 0; i < NSORT; i++) {
		v[i] = rand() - RAND_MAX / 2;
		sum += (uint32)v[i];
		xor ^= (uint32)v[i];
	}
	qsort(v, NSORT, sizeof(v[0]), intcmp);
	check_sorted(v, NSORT, sum, xor);

	/* Already sorted (now), reversed, all equal, few distinct */
	qsort(v, NSORT, sizeof(v[0]), intcmp);
	check_sorted(v, NSORT, sum, xor);
	sum = xor = 0;
	for (i = 0; i < NSORT; i++) {
		v[i] = NSORT - i;
		sum += (uint32)v[i];
		xor ^= (uint32)v[i];
	}
	qsort(v, NSORT, sizeof(v[0]), intcmp);
	check_sorted(v, NSORT, sum, xor);
	CHECK_EQ(v[0], 1);
	CHECK_EQ(v[NSORT - 1], NSORT);
	sum = xor = 0;
	for (i = 0; i < NSORT; i++) {
		v[i] = rand() % 3;
		sum += (uint32)v[i];
		xor ^= (uint32)v[i];
	}
	qsort(v, NSORT, sizeof(v[0]), intcmp);
	check_sorted(v, NSORT, sum, xor);

	/* Degenerate sizes */
	v[0] = 5;
	qsort(v, 0, sizeof(v[0]), intcmp);
	qsort(v, 1, sizeof(v[0]), intcmp);
	CHECK_EQ(v[0], 5);
}

/* An element whose size is not a multiple of 4 */
struct	rec {
	char	key;
	char	tag[2];
};

local	int	reccmp(
	  const void	*a,
	  const void	*b
	)
{
	return ((const struct rec *)a)->key - ((const struct rec *)b)->key;
}

TESTCASE(libc_qsort_records)
{
	struct	rec r[] = { {'d', "4"}, {'a', "1"}, {'c', "3"}, {'e', "5"},
			    {'b', "2"} };
	int32	i;

	qsort(r, ARRAY_LEN(r), sizeof(r[0]), reccmp);
	for (i = 0; i < (int32)ARRAY_LEN(r); i++) {
		CHECK_EQ(r[i].key, 'a' + i);
		CHECK_EQ(r[i].tag[0], '1' + i);	/* records moved whole	*/
	}
}
