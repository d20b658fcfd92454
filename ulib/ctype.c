/* ctype.c - isdigit, isxdigit, isalpha, isalnum, isupper, islower,
	     isspace, isprint, ispunct, iscntrl, toupper, tolower */

/* Twelve one-line functions of ASCII, kept together: each is one
   comparison, and they only make sense as a set */

#include <ctype.h>

#define	ASCII_DEL	0x7F		/* the last control character	*/
#define	CASE_BIT	('a' - 'A')	/* lower minus upper case	*/

/*------------------------------------------------------------------------
 * isdigit ... tolower - ASCII character classes; EOF and bytes above
 *	0x7F belong to none
 *------------------------------------------------------------------------
 */
int	isdigit(int c)	{ return c >= '0' && c <= '9'; }
int	isupper(int c)	{ return c >= 'A' && c <= 'Z'; }
int	islower(int c)	{ return c >= 'a' && c <= 'z'; }
int	isalpha(int c)	{ return isupper(c) || islower(c); }
int	isalnum(int c)	{ return isalpha(c) || isdigit(c); }
int	isxdigit(int c)	{ return isdigit(c) || (c >= 'a' && c <= 'f')
				|| (c >= 'A' && c <= 'F'); }
int	isspace(int c)	{ return c == ' ' || (c >= '\t' && c <= '\r'); }
int	iscntrl(int c)	{ return (c >= 0 && c < ' ') || c == ASCII_DEL; }
int	isprint(int c)	{ return c >= ' ' && c < ASCII_DEL; }
int	ispunct(int c)	{ return isprint(c) && c != ' ' && !isalnum(c); }
int	toupper(int c)	{ return islower(c) ? c - CASE_BIT : c; }
int	tolower(int c)	{ return isupper(c) ? c + CASE_BIT : c; }
