/* hello.c - main */

/* The first user program: shows that a ring-3 process started, got its
   arguments from the kernel, and can print through write() */

#include <ulib.h>

/*------------------------------------------------------------------------
 * main - greet, then print each argument with its index
 *------------------------------------------------------------------------
 */
int	main(int argc, char *argv[])
{
	int	i;

	printf("hello from ring 3, argc %d\n", argc);
	for (i = 0; i < argc; i++) {
		printf("argv[%d] = %s\n", i, argv[i]);
	}
	return 0;
}
