/* string.h - string and memory functions */

#ifndef _STRING_H_
#define _STRING_H_

/* size_t is declared here rather than by including <stddef.h>, because
   stddef.h would redefine NULL and offsetof differently from kernel.h */
#ifndef _XINU_SIZE_T
#define _XINU_SIZE_T
typedef	__SIZE_TYPE__	size_t;
#endif

extern	size_t	strlen(const char *);
extern	char	*strcpy(char *, const char *);
extern	char	*strncpy(char *, const char *, size_t);
extern	char	*strcat(char *, const char *);
extern	char	*strncat(char *, const char *, size_t);
extern	int	strcmp(const char *, const char *);
extern	int	strncmp(const char *, const char *, size_t);
extern	char	*strchr(const char *, int);
extern	char	*strrchr(const char *, int);
extern	char	*strstr(const char *, const char *);

/* gcc may call these four on its own (struct copies, large
   initializers), so their signatures must be exactly the standard ones */
extern	void	*memcpy(void *, const void *, size_t);
extern	void	*memmove(void *, const void *, size_t);
extern	void	*memset(void *, int, size_t);
extern	int	memcmp(const void *, const void *, size_t);
extern	void	*memchr(const void *, int, size_t);

#endif /* _STRING_H_ */
