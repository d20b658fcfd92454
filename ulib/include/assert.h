/* assert.h - assert() of user programs (ulib)
 *
 * A false assertion prints the program's name, the expression, file and
 * line on stderr and ends the process with EXIT_FAILURE (ulib/_uassert.c).
 */

#ifndef _UASSERT_H_
#define _UASSERT_H_

extern	void	_uassert(const char *, const char *, int)
			__attribute__((noreturn));

#ifdef NDEBUG
#define	assert(e)	((void)0)
#else
#define	assert(e)	((e) ? (void)0 : _uassert(#e, __FILE__, __LINE__))
#endif

#endif /* _UASSERT_H_ */
