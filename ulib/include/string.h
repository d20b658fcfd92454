/* string.h - strings and memory of user programs (ulib) */

#ifndef _USTRING_H_
#define _USTRING_H_

#ifndef _USIZE_T_
#define _USIZE_T_
typedef	unsigned int	size_t;
#endif

extern	size_t	strlen(const char *);
extern	int	strcmp(const char *, const char *);
extern	int	strncmp(const char *, const char *, size_t);
extern	char	*strcpy(char *, const char *);
extern	char	*strncpy(char *, const char *, size_t);
extern	char	*strcat(char *, const char *);
extern	char	*strchr(const char *, int);
extern	void	*memset(void *, int, size_t);
extern	void	*memcpy(void *, const void *, size_t);
extern	void	*memmove(void *, const void *, size_t);
extern	int	memcmp(const void *, const void *, size_t);

#endif /* _USTRING_H_ */
