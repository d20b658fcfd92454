/* ttyerase.c - ttyerase */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyerase - remove the last character of the line being edited
 *
 * Called with interrupts disabled and tyicursor > 0.  On the screen each
 * column the character took is wiped with backspace-blank-backspace;
 * a control character echoed as ^X took two.  (A tab is treated as one
 * column: its real width is not tracked.)
 *------------------------------------------------------------------------
 */
void	ttyerase(
	  struct ttycblk *typtr		/* tty control block		*/
	)
{
	char	ch;			/* character being erased	*/
	int32	cols;			/* columns it occupies		*/

	typtr->tyitail = (typtr->tyitail + TY_IBUFLEN - 1) % TY_IBUFLEN;
	typtr->tyicnt--;
	typtr->tyicursor--;
	ch = typtr->tyibuff[typtr->tyitail];

	if (!typtr->tyiecho) {
		return;
	}
	cols = 1;
	if (typtr->tyevis && ch != TY_TAB &&
	    ((byte)ch < TY_FIRSTPRINT || ch == TY_BACKSP2)) {
		cols = 2;
	}
	while (cols-- > 0) {
		ttyoutc(typtr, TY_BACKSP);
		ttyoutc(typtr, TY_BLANK);
		ttyoutc(typtr, TY_BACKSP);
	}
}
