/* echo.c - main */

#include <ulib.h>

/*------------------------------------------------------------------------
 * main - print the arguments (not the program's name), joined by spaces,
 *	as one line
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	int	i;

	for (i = 1; i < argc; i++) {
		printf("%s%s", i > 1 ? " " : "", argv[i]);
	}
	printf("\n");
	return 0;
}
