/* ttycontrol.c - ttycontrol */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttycontrol - change a tty's modes or ask about its input
 *
 * TC_NEXTC blocks until a character is readable and returns it without
 * consuming it; TC_ICHARS returns how many characters a read could take
 * now.  Mode changes return OK; an unknown function is SYSERR.
 *------------------------------------------------------------------------
 */
devcall	ttycontrol(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  int32		func,		/* TC_* function		*/
	  int32		arg1,		/* unused			*/
	  int32		arg2		/* unused			*/
	)
{
	struct	ttycblk	*typtr;		/* tty control block		*/
	intmask	mask;			/* saved interrupt mask		*/
	int32	n;			/* value to return		*/

	typtr = &ttytab[devptr->dvminor];
	mask = disable();
	switch (func) {

	case TC_NEXTC:
		restore(mask);
		wait(typtr->tyisem);
		n = (byte)typtr->tyibuff[typtr->tyihead];
		signal(typtr->tyisem);
		return n;

	case TC_MODER:
		ttyrelease(typtr);
		typtr->tyimode = TY_IMRAW;
		break;

	case TC_MODEK:
		ttyrelease(typtr);
		typtr->tyimode = TY_IMCBREAK;
		break;

	case TC_MODEC:
		/* The other modes keep no line being edited (tyicursor
		   is 0), so the next character starts a new line */
		typtr->tyimode = TY_IMCOOKED;
		break;

	case TC_ICHARS:
		n = semcount(typtr->tyisem);
		restore(mask);
		return (n > 0) ? n : 0;

	case TC_ECHO:
		typtr->tyiecho = TRUE;
		break;

	case TC_NOECHO:
		typtr->tyiecho = FALSE;
		break;

	default:
		restore(mask);
		return SYSERR;
	}
	restore(mask);
	return OK;
}
