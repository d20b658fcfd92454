/* memmap_rows.c - memmap_rows */

#include <xinu.h>
#include <memmap.h>

/*
 * A row is built in a buffer and printed with one printf: a row with a
 * colour change at every character needs MM_ROW escape sequences.
 */
#define	MM_SGRLEN	16		/* longest "ESC [ params m"	*/
#define	MM_LABELLEN	12		/* "0x%08x " and its NUL	*/
#define	MM_LINELEN	(MM_LABELLEN + MM_ROW * (MM_SGRLEN + 1) + MM_SGRLEN)
#define	MM_SGR_RESET	"0"

/* Append "ESC [ params m" to the line at *pos */
static	void	mm_sgr(char *line, int32 *pos, const char *params)
{
	line[(*pos)++] = '\033';
	line[(*pos)++] = '[';
	while (*params != NULLCH) {
		line[(*pos)++] = *params++;
	}
	line[(*pos)++] = 'm';
}

/* Is row [first, first + len) one symbol of one owner throughout? */
static	bool8	mm_uniform(const char *map, const byte *owner, uint32 first,
			uint32 len)
{
	uint32	i;

	for (i = first + 1; i < first + len; i++) {
		if (map[i] != map[first]
		    || (owner != NULL && owner[i] != owner[first])) {
			return FALSE;
		}
	}
	return TRUE;
}

/* Print row [first, first + len) of the map, labelled with addr */
static	void	mm_row(const char *map, const byte *owner, uint32 first,
			uint32 len, uint32 addr, mmcolour colour)
{
	char	line[MM_LINELEN];
	int32	pos;
	uint32	i;
	const	char	*want, *cur = NULL;

	sprintf(line, "0x%08x ", addr);
	pos = strlen(line);
	for (i = first; i < first + len; i++) {
		want = NULL;
		if (colour != NULL) {
			want = colour(map[i],
				owner != NULL ? owner[i] : MM_NOOWNER);
		}
		if (want != cur) {
			mm_sgr(line, &pos, want != NULL ? want : MM_SGR_RESET);
			cur = want;
		}
		line[pos++] = map[i];
	}
	if (cur != NULL) {
		mm_sgr(line, &pos, MM_SGR_RESET);
	}
	line[pos] = NULLCH;
	printf("%s\n", line);
}

/*------------------------------------------------------------------------
 * memmap_rows - print n symbols of a map, MM_ROW to a row, each row
 *	labelled with the address of its first page (base + PAGE_SIZE per
 *	symbol).  Rows that repeat a row of one symbol MM_MINSKIP times or
 *	more are replaced by one "..." line, unless all is TRUE.  owner
 *	(may be NULL) is passed with each symbol to colour (NULL: plain).
 *------------------------------------------------------------------------
 */
void	memmap_rows(
	  const char	*map,		/* the symbols			*/
	  const byte	*owner,		/* their owners, or NULL	*/
	  uint32	n,		/* how many			*/
	  uint32	base,		/* address of the first		*/
	  bool8		all,		/* print repeated rows too	*/
	  mmcolour	colour		/* colours, or NULL		*/
	)
{
	uint32	r, k, len, nrows, last;
	uint32	rowbytes = MM_ROW * PAGE_SIZE;

	nrows = (n + MM_ROW - 1) / MM_ROW;
	for (r = 0; r < nrows; r = k) {
		len = (r == nrows - 1) ? n - r * MM_ROW : MM_ROW;
		mm_row(map, owner, r * MM_ROW, len, base + r * rowbytes, colour);
		k = r + 1;
		if (all || !mm_uniform(map, owner, r * MM_ROW, len)) {
			continue;
		}

		/* Rows that are this one again: all its symbol and owner */
		while (k < nrows && map[k * MM_ROW] == map[r * MM_ROW]
		       && (owner == NULL
			   || owner[k * MM_ROW] == owner[r * MM_ROW])
		       && mm_uniform(map, owner, k * MM_ROW,
				k == nrows - 1 ? n - k * MM_ROW : MM_ROW)) {
			k++;
		}
		if (k - r - 1 < MM_MINSKIP) {
			k = r + 1;		/* too few: print them	*/
			continue;
		}
		last = (k == nrows) ? n : k * MM_ROW;
		printf("           ... %u more rows of '%c' (0x%08x-0x%08x)\n",
			k - r - 1, map[r * MM_ROW],
			base + (r + 1) * rowbytes,
			base + last * PAGE_SIZE - 1);
	}
}
