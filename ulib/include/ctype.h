/* ctype.h - character classes of user programs (ulib), ASCII only */

#ifndef _UCTYPE_H_
#define _UCTYPE_H_

extern	int	isdigit(int);
extern	int	isxdigit(int);
extern	int	isalpha(int);
extern	int	isalnum(int);
extern	int	isupper(int);
extern	int	islower(int);
extern	int	isspace(int);
extern	int	isprint(int);
extern	int	ispunct(int);
extern	int	iscntrl(int);
extern	int	toupper(int);
extern	int	tolower(int);

#endif /* _UCTYPE_H_ */
