/* lexan.c - lexan */

#include <xinu.h>
#include <shell.h>

/* Characters that separate words (the line's own newline is one) */
local	bool8	isgap(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/*------------------------------------------------------------------------
 * lexan  -  Split a command line into words
 *
 * The line ends after len characters or at a NUL, whichever is first.
 * A quote (' or ") makes everything up to the matching quote part of the
 * current word, blanks and the other quote included; the quotes
 * themselves are dropped, so  a'b c'd  is the one word "ab cd" and  ""
 * is an empty word.  An unquoted '&' ends the word it touches and asks
 * for the command to run in the background; only blanks may follow it,
 * and something must come before it.
 *
 * The words are copied, each NUL-terminated, into tokbuf (tbsize bytes,
 * SHELL_TOKLEN is enough for a SHELL_BUFLEN line).  tok[] receives a
 * pointer to each word followed by NULL, so it needs maxtok+1 slots.
 * Returns the number of words (0 for a blank line) or a LEXERR_ code;
 * *backgnd tells whether a '&' ended the line.
 *------------------------------------------------------------------------
 */
int32	lexan(
	  char		*line,		/* characters typed		*/
	  int32		len,		/* how many of them to consider	*/
	  char		*tokbuf,	/* receives the words		*/
	  int32		tbsize,		/* size of tokbuf		*/
	  char		*tok[],		/* receives pointers to words	*/
	  int32		maxtok,		/* most words accepted		*/
	  bool8		*backgnd	/* set TRUE iff line ends in &	*/
	)
{
	int32	i;			/* index of next char of line	*/
	int32	ntok;			/* words found so far		*/
	int32	used;			/* bytes of tokbuf filled	*/
	char	ch;			/* current character		*/
	char	quote;			/* quote that opened a string	*/

	*backgnd = FALSE;
	tok[0] = NULL;
	ntok = 0;
	used = 0;
	i = 0;

	while (i < len && line[i] != NULLCH) {
		ch = line[i];
		if (isgap(ch)) {
			i++;
			continue;
		}

		if (ch == '&') {
			/* '&' is only meaningful as the last thing */
			for (i++; i < len && line[i] != NULLCH; i++) {
				if (!isgap(line[i])) {
					return LEXERR_AMP;
				}
			}
			if (ntok == 0) {
				return LEXERR_AMP;
			}
			*backgnd = TRUE;
			break;
		}

		/* A word starts here and runs to a blank, '&' or the end */
		if (ntok >= maxtok) {
			return LEXERR_NTOK;
		}
		tok[ntok++] = &tokbuf[used];
		while (i < len && (ch = line[i]) != NULLCH
				&& !isgap(ch) && ch != '&') {
			if (ch == '"' || ch == '\'') {
				quote = ch;
				for (i++; i < len && line[i] != NULLCH
					  && line[i] != quote; i++) {
					if (used >= tbsize) {
						return LEXERR_SPACE;
					}
					tokbuf[used++] = line[i];
				}
				if (i >= len || line[i] != quote) {
					return LEXERR_QUOTE;
				}
				i++;	/* past the closing quote */
			} else {
				if (used >= tbsize) {
					return LEXERR_SPACE;
				}
				tokbuf[used++] = ch;
				i++;
			}
		}
		if (used >= tbsize) {
			return LEXERR_SPACE;
		}
		tokbuf[used++] = NULLCH;
	}

	tok[ntok] = NULL;
	return ntok;
}
