/* ttycontrol.c - ttycontrol */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ttycontrol - change a tty's modes or ask about its input
 *
 * TC_NEXTC blocks until a character is readable and returns it without
 * consuming it; TC_ICHARS returns how many characters a read could take
 * now.  TC_INTRPID names the process told of ^C (TY_NOPID: nobody, and
 * ^C is then input like any other character); TC_INTR returns TY_INTRSEEN if
 * ^C came since it was last called (else 0), and forgets it.  Mode changes return
 * OK; an unknown function or a pid not in use is SYSERR.
 *------------------------------------------------------------------------
 */
devcall	ttycontrol(
	  struct dentry	*devptr,	/* entry in device switch table	*/
	  int32		func,		/* TC_* function		*/
	  int32		arg1,		/* TC_INTRPID: the pid		*/
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

	case TC_INTRPID:
		if (arg1 != TY_NOPID && isbadpid(arg1)) {
			restore(mask);
			return SYSERR;
		}
		typtr->tyintrpid = arg1;
		break;

	case TC_INTR:
		n = typtr->tyintr ? TY_INTRSEEN : 0;
		typtr->tyintr = FALSE;
		restore(mask);
		return n;

	default:
		restore(mask);
		return SYSERR;
	}
	restore(mask);
	return OK;
}
