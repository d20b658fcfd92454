/* debugprog.c - main: a student's program for test-debug.sh; gdb stops at
 * the marked line and prints main's locals (built -O0 like every MAIN=) */

#include <xinu.h>

process	main(void)
{
	int	answer = 6 * 7;
	char	word[8] = "xinu";

	kprintf("%s %d\n", word, answer);	/* DEBUG STOP */
	return OK;
}
