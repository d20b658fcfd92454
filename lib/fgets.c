/* fgets.c - fgets */

#include <xinu.h>

/*------------------------------------------------------------------------
 *  fgets  -  Read a line from a device into s: stop after a newline
 *		(which is kept), at end of input, or when n - 1 characters
 *		are stored; always NUL-terminate.  Return s, or NULL if
 *		input ended (or failed) before any character was read.
 *------------------------------------------------------------------------
 */
char	*fgets(
	  char		*s,		/* buffer			*/
	  int		n,		/* its size in bytes		*/
	  int		dev		/* device descriptor		*/
	)
{
	int	i = 0;
	int	c;

	if (n <= 0) {
		return NULL;
	}
	while (i < n - 1) {
		c = fgetc(dev);
		if (c == EOF) {
			if (i == 0) {
				return NULL;
			}
			break;
		}
		s[i++] = (char)c;
		if (c == '\n') {
			break;
		}
	}
	s[i] = NULLCH;
	return s;
}
