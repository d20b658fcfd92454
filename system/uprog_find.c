/* uprog_find.c - uprog_find */

#include <xinu.h>

/*------------------------------------------------------------------------
 * uprog_find - the index of the user program named name, or SYSERR
 *------------------------------------------------------------------------
 */
int32	uprog_find(char *name)
{
	int32	i;

	for (i = 0; i < nuprogs; i++) {
		if (strncmp(uprogtab[i].name, name, PNMLEN) == 0) {
			return i;
		}
	}
	return SYSERR;
}
