/* stdio.h - console output and input of user programs (ulib)
 *
 * As in Xinu, a stream is a descriptor number: stdin, stdout and stderr
 * are 0, 1 and 2, and all three are the console.  Output goes through
 * write(); a printf is formatted into a buffer and written in as few
 * calls as the buffer allows, so a line is not split by other processes'
 * output unless it is longer than UIO_BUFSIZE.
 */

#ifndef _USTDIO_H_
#define _USTDIO_H_

#include <stdarg.h>

#define	stdin		0
#define	stdout		1
#define	stderr		2
#define	EOF		(-1)
#define	UIO_BUFSIZE	128		/* bytes formatted per write()	*/

extern	int	printf(const char *, ...)
			__attribute__((format(printf, 1, 2)));
extern	int	fprintf(int, const char *, ...)
			__attribute__((format(printf, 2, 3)));
extern	int	sprintf(char *, const char *, ...)
			__attribute__((format(printf, 2, 3)));
extern	int	snprintf(char *, unsigned int, const char *, ...)
			__attribute__((format(printf, 3, 4)));
extern	int	vprintf(const char *, va_list);
extern	int	vfprintf(int, const char *, va_list);
extern	int	vsnprintf(char *, unsigned int, const char *, va_list);
extern	int	putchar(int);
extern	int	puts(const char *);
extern	int	fputs(const char *, int);
extern	int	getchar(void);

/* The formatter behind every printf: calls put(c, arg) per character and
   returns how many it produced (ulib/_ufmt.c) */
extern	int	_ufmt(void (*)(int, void *), void *, const char *, va_list);

#endif /* _USTDIO_H_ */
