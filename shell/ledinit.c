/* ledinit.c - ledinit */

#include <xinu.h>
#include <shell.h>

/*------------------------------------------------------------------------
 * ledinit  -  Start editing an empty line (the prompt is already shown)
 *------------------------------------------------------------------------
 */
void	ledinit(
	  struct ledit	*le,		/* editor state to set up	*/
	  did32		dev,		/* terminal to echo to		*/
	  char		*prompt,	/* what ^L shows before the line */
	  struct shhist	*hist		/* history up and down walk	*/
	)
{
	le->dev = dev;
	le->prompt = prompt;
	le->hist = hist;
	le->buf[0] = NULLCH;
	le->len = le->pos = 0;
	le->esc = LE_ESCNONE;
	le->escarg = 0;
	le->escsemi = FALSE;
	le->hnum = hist->count + 1;
	le->draft[0] = NULLCH;
}
