/* strstr.c - strstr */

#include <kernel.h>
#include <string.h>

/*------------------------------------------------------------------------
 *  strstr  -  Return a pointer to the first occurrence of needle in
 *		haystack, or NULL; an empty needle matches at the start.
 *		Plain O(n*m) search: the strings in a kernel are short.
 *------------------------------------------------------------------------
 */
char	*strstr(
	  const char	*haystack,	/* string to search		*/
	  const char	*needle		/* string to look for		*/
	)
{
	size_t	nlen = strlen(needle);

	for (; *haystack != NULLCH; haystack++) {
		if (strncmp(haystack, needle, nlen) == 0) {
			return (char *)haystack;
		}
	}
	return (nlen == 0) ? (char *)haystack : NULL;
}
