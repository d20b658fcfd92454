/* ctype.h - character classification for the "C" locale (ASCII only) */

#ifndef _CTYPE_H_
#define _CTYPE_H_

/* DEL, the one control character above the printable range */
#define	ASCII_DEL	0x7f

/* Each takes an int holding an unsigned char value (or a negative value
   such as EOF, which belongs to no class) */
extern	int	isalpha(int);
extern	int	isdigit(int);
extern	int	isalnum(int);
extern	int	isspace(int);
extern	int	isupper(int);
extern	int	islower(int);
extern	int	isxdigit(int);
extern	int	isprint(int);
extern	int	ispunct(int);
extern	int	iscntrl(int);
extern	int	toupper(int);
extern	int	tolower(int);

#endif /* _CTYPE_H_ */
