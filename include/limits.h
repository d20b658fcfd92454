/* limits.h - ranges of the integer types on 32-bit x86
 *
 * gcc's own limits.h cannot be used under -nostdinc (it chains to a
 * libc header), so the ILP32 values are spelled out here.
 */

#ifndef _LIMITS_H_
#define _LIMITS_H_

#define	CHAR_BIT	8
#define	SCHAR_MIN	(-128)
#define	SCHAR_MAX	127
#define	UCHAR_MAX	255
#define	CHAR_MIN	SCHAR_MIN	/* plain char is signed on x86	*/
#define	CHAR_MAX	SCHAR_MAX
#define	SHRT_MIN	(-32768)
#define	SHRT_MAX	32767
#define	USHRT_MAX	65535
#define	INT_MAX		2147483647
#define	INT_MIN		(-INT_MAX - 1)
#define	UINT_MAX	4294967295U
#define	LONG_MAX	2147483647L
#define	LONG_MIN	(-LONG_MAX - 1L)
#define	ULONG_MAX	4294967295UL
#define	LLONG_MAX	9223372036854775807LL
#define	LLONG_MIN	(-LLONG_MAX - 1LL)
#define	ULLONG_MAX	18446744073709551615ULL

#endif /* _LIMITS_H_ */
