/* memmap_glyphs.c - memmap_glyphs */

#include <xinu.h>
#include <memmap.h>

/*------------------------------------------------------------------------
 * memmap_glyphs - name the owners of a physical snapshot by glyph
 *
 * Each pid that owns something in the map (MM_NFRAMES symbols and their
 * owners, as memmap_snapshot fills them) gets the next glyph of
 * MM_GLYPHS in pid order, so the map stays readable whatever the pids
 * (they grow with every command); the symbols of owned frames and slots
 * are replaced by their owner's glyph (a table keeps its T).
 * glyph[pid] (NPROC entries) receives the glyphs, NULLCH for a pid that
 * owns nothing, for the legend that maps glyphs to processes.
 *------------------------------------------------------------------------
 */
void	memmap_glyphs(
	  char		*map,		/* the symbols			*/
	  const byte	*owner,		/* their owners			*/
	  char		*glyph		/* receives each pid's glyph	*/
	)
{
	static	const	char	glyphs[] = MM_GLYPHS;
	uint32	i, next;
	pid32	pid;
	bool8	owns[NPROC];

	memset(owns, 0, sizeof(owns));
	for (i = 0; i < MM_NFRAMES; i++) {
		if (owner[i] < NPROC) {
			owns[owner[i]] = TRUE;
		}
	}
	next = 0;
	for (pid = 0; pid < NPROC; pid++) {
		glyph[pid] = NULLCH;
		if (owns[pid]) {
			glyph[pid] = next < sizeof(glyphs) - 1 ?
					glyphs[next++] : MM_BIGPID;
		}
	}
	for (i = 0; i < MM_NFRAMES; i++) {
		if (owner[i] < NPROC && map[i] != MM_TABLE) {
			map[i] = glyph[owner[i]];
		}
	}
}
