/* ttyhandle_in.c - ttyhandle_in */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttyput_ibuf - append a character to the tail of the input ring
 *------------------------------------------------------------------------
 */
local	void	ttyput_ibuf(
	  struct ttycblk *typtr,	/* tty control block		*/
	  char		ch		/* character to store		*/
	)
{
	typtr->tyibuff[typtr->tyitail] = ch;
	typtr->tyitail = (typtr->tyitail + 1) % TY_IBUFLEN;
	typtr->tyicnt++;
}

/*------------------------------------------------------------------------
 * ttybeep - tell the typist a character was dropped
 *------------------------------------------------------------------------
 */
local	void	ttybeep(
	  struct ttycblk *typtr		/* tty control block		*/
	)
{
	if (typtr->tyiecho) {
		ttyoutc(typtr, TY_BELL);
	}
}

/*------------------------------------------------------------------------
 * ttyhandle_in - apply the line discipline to one received character
 *
 * Called with interrupts disabled (from ttyhandler, or by a test that
 * injects input).  In cooked mode one slot of the buffer is kept for the
 * newline, so a line that fills the buffer can still be ended and read;
 * otherwise the reader and the typist would wait on each other forever.
 * ^D in the middle of a line is ignored: it means end-of-file only at the
 * start of one.  ^C, outside raw mode and with a process to tell, is an
 * interrupt (ttyintr), not input.
 *------------------------------------------------------------------------
 */
void	ttyhandle_in(
	  struct ttycblk *typtr,	/* tty control block		*/
	  char		ch		/* character received		*/
	)
{
	if (typtr->tyimode == TY_IMRAW) {
		if (typtr->tyicnt >= TY_IBUFLEN) {
			return;			/* no room: drop silently	*/
		}
		ttyput_ibuf(typtr, ch);
		signal(typtr->tyisem);
		return;
	}

	if (ch == TY_RETURN && typtr->tyicrlf) {
		ch = TY_NEWLINE;
	}

	if (ch == typtr->tyintrc && typtr->tyintrpid != TY_NOPID) {
		ttyintr(typtr);
		return;
	}

	if (typtr->tyimode == TY_IMCBREAK) {
		if (typtr->tyicnt >= TY_IBUFLEN) {
			ttybeep(typtr);
			return;
		}
		ttyput_ibuf(typtr, ch);
		ttyecho(typtr, ch);
		signal(typtr->tyisem);
		return;
	}

	/* Cooked mode */

	if (ch == typtr->tyierasec || ch == typtr->tyierasec2) {
		if (typtr->tyicursor > 0) {
			ttyerase(typtr);
		}
		return;
	}

	if (ch == typtr->tyikillc) {
		while (typtr->tyicursor > 0) {
			ttyerase(typtr);
		}
		return;
	}

	if (ch == typtr->tyeofch && typtr->tyeof) {
		if (typtr->tyicursor == 0 && typtr->tyicnt < TY_IBUFLEN) {
			/* The marker is a one-character "line" of its own;
			   the reader turns it into EOF */
			ttyput_ibuf(typtr, ch);
			signal(typtr->tyisem);
		}
		return;
	}

	if (ch == TY_NEWLINE) {
		if (typtr->tyicnt >= TY_IBUFLEN) {
			ttybeep(typtr);
			return;
		}
		ttyput_ibuf(typtr, ch);
		ttyecho(typtr, ch);
		signaln(typtr->tyisem, typtr->tyicursor + 1);
		typtr->tyicursor = 0;
		return;
	}

	if (typtr->tyicnt >= TY_IBUFLEN - 1) {
		ttybeep(typtr);		/* last slot is for the newline	*/
		return;
	}
	ttyput_ibuf(typtr, ch);
	typtr->tyicursor++;
	ttyecho(typtr, ch);
}
