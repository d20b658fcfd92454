/* stdlib.h - numbers, exit and the heap of user programs (ulib)
 *
 * malloc takes its memory from vmalloc in chunks of at least
 * UMALLOC_CHUNK bytes (ulib/malloc.c), so most calls make no system call.
 */

#ifndef _USTDLIB_H_
#define _USTDLIB_H_

#ifndef _USIZE_T_
#define _USIZE_T_
typedef	unsigned int	size_t;
#endif

#define	EXIT_SUCCESS	0
#define	EXIT_FAILURE	1
#define	UMALLOC_CHUNK	(16 * 4096)	/* least vmalloc'd at a time	*/

extern	void	exit(int) __attribute__((noreturn));
extern	int	atoi(const char *);
extern	int	abs(int);
extern	void	*malloc(size_t);
extern	void	free(void *);
extern	void	*calloc(size_t, size_t);
extern	void	*realloc(void *, size_t);

#endif /* _USTDLIB_H_ */
