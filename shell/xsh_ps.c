/* xsh_ps.c - xsh_ps */

#include <xinu.h>
#include <shell.h>

/* Process states as words, indexed by the PR_ constants of process.h */
local	char	*prstatename[] = {
	"free", "curr", "ready", "recv", "sleep", "susp", "wait", "rectim"
};

/*------------------------------------------------------------------------
 * xsh_ps  -  List the processes in use, one per line
 *
 * Each entry is copied with interrupts off so a row is self-consistent,
 * and printed with them on (printing can block on the tty).  A process
 * that is running has no saved stack pointer, so for ps itself the live
 * one is shown.
 *------------------------------------------------------------------------
 */
shellcmd xsh_ps(int32 nargs, char *args[])
{
	struct	procent	pr;		/* copy of one entry		*/
	char	*state;			/* its state as a word		*/
	char	*sp;			/* stack pointer to show	*/
	pid32	i;
	intmask	mask;			/* saved interrupt mask		*/

	if (nargs > 1) {
		return shellusage(args[0], "too many arguments");
	}

	printf("Pid Name             State  Prio  Ppid  StackBase StackLen"
						"   StackPtr\n");
	printf("--- ---------------- ------ ---- ----- ---------- --------"
						" ----------\n");
	for (i = 0; i < NPROC; i++) {
		mask = disable();
		pr = proctab[i];
		restore(mask);
		if (pr.prstate == PR_FREE) {
			continue;
		}
		pr.prname[PNMLEN - 1] = NULLCH;
		sp = pr.prstkptr;
		if (i == getpid()) {
			asm volatile("movl %%esp, %0" : "=r"(sp));
		}
		if (pr.prstate < ARRAY_LEN(prstatename)) {
			state = prstatename[pr.prstate];
		} else {
			state = "?";
		}
		printf("%3d %-16s %-6s %4d %5d 0x%08x %8u 0x%08x\n", i,
			pr.prname, state, pr.prprio, pr.prparent,
			(uint32)pr.prstkbase, pr.prstklen, (uint32)sp);
	}
	return 0;
}
