/* ttyecho.c - ttyecho */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyisvisctl - whether ch is a control char that echoes as ^X
 *------------------------------------------------------------------------
 */
local	bool8	ttyisvisctl(
	  struct ttycblk *typtr,	/* tty control block		*/
	  char		ch		/* character typed		*/
	)
{
	byte	c = (byte)ch;

	return typtr->tyevis && ch != TY_NEWLINE && ch != TY_TAB &&
		(c < TY_FIRSTPRINT || ch == TY_BACKSP2);
}

/*------------------------------------------------------------------------
 * ttyecho - show a typed character on the terminal, if echo is on
 *
 * Control characters are made visible as ^X so that erasing them later
 * knows they take two columns (see ttyerase).
 *------------------------------------------------------------------------
 */
void	ttyecho(
	  struct ttycblk *typtr,	/* tty control block		*/
	  char		ch		/* character typed		*/
	)
{
	if (!typtr->tyiecho) {
		return;
	}
	if (ttyisvisctl(typtr, ch)) {
		ttyoutc(typtr, TY_UPARROW);
		ttyoutc(typtr, (char)((byte)ch ^ TY_CTLBIT));
		return;
	}
	ttyoutc(typtr, ch);
}
