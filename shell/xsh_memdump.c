/* xsh_memdump.c - xsh_memdump */

#include <xinu.h>
#include <shell.h>

#define	ASCII_FIRST	0x20		/* printable ASCII is [0x20,0x7f) */
#define	ASCII_END	0x7f

/*------------------------------------------------------------------------
 * xsh_memdump  -  Dump memory in hex and ASCII, SHELL_DUMPROW bytes a row
 *
 * Only the kernel region below SHELL_KMEMTOP is identity mapped for
 * good; elsewhere a read could fault, so such ranges are refused.
 *------------------------------------------------------------------------
 */
shellcmd xsh_memdump(int32 nargs, char *args[])
{
	uint32	addr;			/* first byte to show		*/
	uint32	len;			/* number of bytes to show	*/
	uint32	row;			/* offset of the current row	*/
	uint32	i;
	byte	*mem;			/* the current row		*/
	byte	ch;

	if (nargs < 2) {
		return shellusage(args[0], "missing address");
	}
	if (nargs > 3) {
		return shellusage(args[0], "too many arguments");
	}
	if (shellnum(args[1], &addr) == SYSERR) {
		fprintf(stderr, "%s: not a number: %s\n", args[0], args[1]);
		return 1;
	}
	len = SHELL_DUMPLEN;
	if (nargs == 3) {
		if (shellnum(args[2], &len) == SYSERR) {
			fprintf(stderr, "%s: not a number: %s\n", args[0],
								args[2]);
			return 1;
		}
		if (len == 0) {
			fprintf(stderr, "%s: length must be at least 1\n",
								args[0]);
			return 1;
		}
	}
	if (addr < SHELL_KMEMBASE || addr >= SHELL_KMEMTOP
	    || len > SHELL_KMEMTOP - addr) {
		fprintf(stderr, "%s: range outside kernel memory "
			"[0x%08x, 0x%08x)\n", args[0], SHELL_KMEMBASE,
			SHELL_KMEMTOP);
		return 1;
	}

	for (row = 0; row < len; row += SHELL_DUMPROW) {
		mem = (byte *)(addr + row);
		printf("0x%08x: ", addr + row);
		for (i = 0; i < SHELL_DUMPROW; i++) {
			if (row + i < len) {
				printf("%02x ", mem[i]);
			} else {
				printf("   ");
			}
		}
		printf(" |");
		for (i = 0; i < SHELL_DUMPROW && row + i < len; i++) {
			ch = mem[i];
			printf("%c", (ch >= ASCII_FIRST && ch < ASCII_END) ?
								ch : '.');
		}
		printf("|\n");
	}
	return 0;
}
