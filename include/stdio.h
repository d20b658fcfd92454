/* stdio.h - formatted and character I/O on Xinu devices
 *
 * Xinu has no FILE: a "stream" is a device descriptor (did32), and the
 * standard streams are the descriptors each process carries in its
 * process table entry.  The macros below expand to proctab/currpid, so
 * they can only be used where <xinu.h> (process.h) has been included.
 */

#ifndef _STDIO_H_
#define _STDIO_H_

#include <stdarg.h>

#ifndef _XINU_SIZE_T
#define _XINU_SIZE_T
typedef	__SIZE_TYPE__	size_t;
#endif

#define	stdin	((proctab[currpid]).prdesc[0])
#define	stdout	((proctab[currpid]).prdesc[1])
#define	stderr	((proctab[currpid]).prdesc[2])

/* The formatting engine behind every printf: formats fmt/ap and hands
   each output character to func(farg, ch); returns the count emitted */
extern	int	_fdoprnt(const char *, va_list, int (*)(int, int), int);

extern	int	printf(const char *, ...);
extern	int	fprintf(int, const char *, ...);
extern	int	sprintf(char *, const char *, ...);
extern	int	snprintf(char *, size_t, const char *, ...);
extern	int	vprintf(const char *, va_list);
extern	int	vfprintf(int, const char *, va_list);
extern	int	vsprintf(char *, const char *, va_list);
extern	int	vsnprintf(char *, size_t, const char *, va_list);

/* Character and line I/O: the device comes last, as in Xinu */
extern	int	fgetc(int);
extern	int	fputc(int, int);
extern	char	*fgets(char *, int, int);
extern	int	fputs(const char *, int);
extern	int	getchar(void);
extern	int	putchar(int);

#endif /* _STDIO_H_ */
