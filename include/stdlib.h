/* stdlib.h - number conversion, random numbers, sorting */

#ifndef _STDLIB_H_
#define _STDLIB_H_

#ifndef _XINU_SIZE_T
#define _XINU_SIZE_T
typedef	__SIZE_TYPE__	size_t;
#endif

/* rand() returns 0..RAND_MAX; see lib/rand.c for the generator */
#define	RAND_MAX	0x7fffffff
#define	RAND_MULT	6364136223846793005ULL	/* Knuth's MMIX LCG	*/
#define	RAND_INCR	1442695040888963407ULL
#define	RAND_SHIFT	33		/* 64 - 31: keep the top bits	*/

extern	int	atoi(const char *);
extern	long	atol(const char *);
extern	int	abs(int);
extern	long	labs(long);
extern	long	strtol(const char *, char **, int);
extern	unsigned long strtoul(const char *, char **, int);
extern	int	rand(void);
extern	void	srand(unsigned int);
extern	void	qsort(void *, size_t, size_t,
			int (*)(const void *, const void *));

/* Generator state shared by rand() and srand() */
extern	unsigned long long _randstate;

#endif /* _STDLIB_H_ */
