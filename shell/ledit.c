/* ledit.c - ledit */

#include <xinu.h>
#include <shell.h>

/* ANSI: erase the whole screen, then put the cursor at the top left */
#define	LE_CLEAR	"\033[2J\033[H"

/* Send one character to the terminal */
local	void	le_out(struct ledit *le, char ch)
{
	putc(le->dev, ch);
}

/*
 * The screen follows the buffer with backspaces and reprinting only, so
 * any terminal (and a log of the serial line) shows the right text.  The
 * cursor is never moved past the start of the line: a line longer than
 * the terminal is wide wraps, and backspace does not go up a row there.
 */

/* Move the cursor (buffer and screen) to newpos */
local	void	le_moveto(struct ledit *le, int32 newpos)
{
	for (; le->pos > newpos; le->pos--) {
		le_out(le, '\b');
	}
	for (; le->pos < newpos; le->pos++) {
		le_out(le, le->buf[le->pos]);
	}
}

/* The buffer changed from screen column scr on (where the cursor is);
   the screen held oldlen characters: reprint the rest, blank what is
   left of the old text and come back to pos */
local	void	le_refresh(struct ledit *le, int32 scr, int32 oldlen)
{
	int32	end;			/* where the cursor ends up	*/

	for (end = scr; end < le->len; end++) {
		le_out(le, le->buf[end]);
	}
	for (; end < oldlen; end++) {
		le_out(le, ' ');
	}
	for (; end > le->pos; end--) {
		le_out(le, '\b');
	}
}

/* Remove buf[from, to) and leave the cursor at from */
local	void	le_cut(struct ledit *le, int32 from, int32 to)
{
	int32	oldlen = le->len;

	if (from >= to) {
		return;
	}
	le_moveto(le, from);
	memmove(&le->buf[from], &le->buf[to], le->len - to + 1);
	le->len -= to - from;
	le_refresh(le, from, oldlen);
}

/* Insert a printable character at the cursor */
local	void	le_insert(struct ledit *le, char ch)
{
	int32	at = le->pos;

	if (le->len >= SHELL_BUFLEN - 1) {
		le_out(le, LE_BELL);		/* full: keep room for NUL */
		return;
	}
	memmove(&le->buf[at + 1], &le->buf[at], le->len - at + 1);
	le->buf[at] = ch;
	le->len++;
	le->pos++;
	le_refresh(le, at, le->len);
}

/* Replace the whole line by text, cursor at its end */
local	void	le_setline(struct ledit *le, char *text)
{
	int32	oldlen = le->len;

	le_moveto(le, 0);
	strncpy(le->buf, text, SHELL_BUFLEN - 1);
	le->buf[SHELL_BUFLEN - 1] = NULLCH;
	le->len = strlen(le->buf);
	le->pos = le->len;
	le_refresh(le, 0, oldlen);
}

/* Up (older, dir -1) or down (newer, dir +1) through the history */
local	void	le_history(struct ledit *le, int32 dir)
{
	int32	want = le->hnum + dir;	/* line to show			*/
	int32	newest = le->hist->count;

	if (want != newest + 1 && histget(le->hist, want) == NULL) {
		return;				/* nothing further	*/
	}
	if (le->hnum == newest + 1) {
		strncpy(le->draft, le->buf, SHELL_BUFLEN);
	}
	le->hnum = want;
	le_setline(le, want == newest + 1 ? le->draft
					: histget(le->hist, want));
}

/* ^W: erase the word before the cursor and the blanks after it */
local	void	le_word(struct ledit *le)
{
	int32	from = le->pos;

	while (from > 0 && le->buf[from - 1] == ' ') {
		from--;
	}
	while (from > 0 && le->buf[from - 1] != ' ') {
		from--;
	}
	le_cut(le, from, le->pos);
}

/* ^L: clear the screen and show the prompt and the line again */
local	void	le_redraw(struct ledit *le)
{
	int32	i;

	fprintf(le->dev, "%s%s", LE_CLEAR, le->prompt);
	for (i = 0; i < le->len; i++) {
		le_out(le, le->buf[i]);
	}
	for (; i > le->pos; i--) {
		le_out(le, '\b');
	}
}

/* The final byte of ESC [ ... or ESC O: act if it is a key we know */
local	void	le_escape(struct ledit *le, char fin)
{
	int32	arg = le->escarg;

	switch (fin) {
	case 'A':	le_history(le, -1);		break;
	case 'B':	le_history(le, +1);		break;
	case 'C':	le_moveto(le, le->pos < le->len ? le->pos + 1
							: le->pos); break;
	case 'D':	le_moveto(le, le->pos > 0 ? le->pos - 1 : 0); break;
	case 'H':	le_moveto(le, 0);		break;
	case 'F':	le_moveto(le, le->len);		break;
	case '~':
		/* VT220 keys: 1 and 7 Home, 4 and 8 End, 3 Delete */
		if (arg == 1 || arg == 7) {
			le_moveto(le, 0);
		} else if (arg == 4 || arg == 8) {
			le_moveto(le, le->len);
		} else if (arg == 3) {
			le_cut(le, le->pos, le->pos < le->len ? le->pos + 1
								: le->pos);
		}
		break;
	default:
		break;				/* unknown: ignored	*/
	}
}

/*------------------------------------------------------------------------
 * ledit  -  Apply one key to the line being edited and echo the change
 *
 * The tty is in raw mode, so every byte the terminal sends comes here.
 * Enter ends the line (nothing is echoed: the caller prints the newline
 * once the tty is ready for the command).  Printable characters are
 * inserted at the cursor; Backspace/DEL erase before it.  Arrows move
 * (left/right) or walk the history (up/down); Home/End and ^A/^E go to
 * the ends; ^B/^F are left/right, ^P/^N up/down; ^D deletes under the
 * cursor (on an empty line it is end of file); ^K erases to the end, ^U
 * to the start, ^W the word before the cursor; ^L clears the screen;
 * ^C throws the line away.  Any other control character, and any escape
 * sequence not listed, is ignored: a sequence is read to its final byte
 * (0x40-0x7e after ESC [, the next byte after ESC O or after a lone
 * ESC) so none of it lands in the line.
 *------------------------------------------------------------------------
 */
int32	ledit(
	  struct ledit	*le,		/* line being edited		*/
	  char		ch		/* key received			*/
	)
{
	byte	c = (byte)ch;

	switch (le->esc) {
	case LE_ESC:
		le->esc = (ch == '[') ? LE_CSI : (ch == 'O') ? LE_SS3
							: LE_ESCNONE;
		le->escarg = 0;
		le->escsemi = FALSE;
		return LE_MORE;
	case LE_SS3:
		le->esc = LE_ESCNONE;
		le_escape(le, ch);
		return LE_MORE;
	case LE_CSI:
		if (ch >= '0' && ch <= '9') {
			if (!le->escsemi && le->escarg < LE_MAXARG) {
				le->escarg = le->escarg * 10 + (ch - '0');
			}
		} else if (ch == ';') {
			le->escsemi = TRUE;
		} else if (c >= 0x40 && c <= 0x7e) {
			le->esc = LE_ESCNONE;
			le_escape(le, ch);
		} else if (c < ' ') {
			le->esc = LE_ESCNONE;	/* broken sequence	*/
		}
		return LE_MORE;
	default:
		break;
	}

	if (c >= ' ' && c < LE_DEL) {
		le_insert(le, ch);
		return LE_MORE;
	}
	switch (ch) {
	case '\r':
	case '\n':
		return LE_DONE;
	case LE_ESCCH:
		le->esc = LE_ESC;
		break;
	case '\b':
	case LE_DEL:
		if (le->pos > 0) {
			le_cut(le, le->pos - 1, le->pos);
		}
		break;
	case LE_CTRL('A'):
		le_moveto(le, 0);
		break;
	case LE_CTRL('E'):
		le_moveto(le, le->len);
		break;
	case LE_CTRL('B'):
		le_escape(le, 'D');
		break;
	case LE_CTRL('F'):
		le_escape(le, 'C');
		break;
	case LE_CTRL('P'):
		le_history(le, -1);
		break;
	case LE_CTRL('N'):
		le_history(le, +1);
		break;
	case LE_CTRL('D'):
		if (le->len == 0) {
			return LE_EOF;
		}
		le_cut(le, le->pos, le->pos < le->len ? le->pos + 1 : le->pos);
		break;
	case LE_CTRL('K'):
		le_cut(le, le->pos, le->len);
		break;
	case LE_CTRL('U'):
		le_cut(le, 0, le->pos);
		break;
	case LE_CTRL('W'):
		le_word(le);
		break;
	case LE_CTRL('L'):
		le_redraw(le);
		break;
	case LE_CTRL('C'):
		fprintf(le->dev, "^C");
		le->len = le->pos = 0;
		le->buf[0] = NULLCH;
		return LE_INTR;
	default:
		break;				/* ignored		*/
	}
	return LE_MORE;
}
