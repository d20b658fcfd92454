/* cmdhelp.c - cmdhelp */

#include <xinu.h>
#include <shell.h>

/*
 * What `help <command>` prints after the usage line and the summary:
 * every option and argument, and what the output means.  One entry per
 * command of cmdtab (the shell tests check that none is missing);
 * docs/shell.md says the same at more length.
 */
static	const	struct	{
	char	*name;			/* command			*/
	char	*text;			/* its explanation		*/
} helptab[] = {
{ "arp",
	"  (none)    the ARP cache: IP address, MAC, resolved or pending, "
	"age in s\n"
	"            (an entry lives 300 s after it was last confirmed)\n"
	"  -d ip     forget that entry\n"
	"  -d        forget every entry\n" },
{ "clear", "Clears the terminal (ANSI escape). ^L does the same at the "
	"prompt, keeping the line being typed.\n" },
{ "debugfaults",
	"  (none)  say whether details are on\n"
	"  on      after a fault's one-line message (P<pid>:: "
	"SEGMENTATION_FAULT ...)\n"
	"          also print the address, why it was refused, the EIP\n"
	"  off     the one line only, exactly as the lab prints it "
	"(the default)\n" },
{ "devdump", "One line per device: number, name, minor number, CSR "
	"address, IRQ (- if none).\n" },
{ "echo", "Prints its words separated by one blank. Quotes ('...' or "
	"\"...\") keep blanks\ninside one word.\n" },
{ "exit", "Ends this shell. The shell's keeper (main) starts a new one at "
	"once;\nthe history is kept. ^D on an empty line does the same.\n" },
{ "help",
	"  (none)   list every command with one line about it\n"
	"  command  its usage, then every option and argument explained\n" },
{ "history",
	"Lists the last lines typed (up to 20), numbered from 1 since boot.\n"
	"  !n     at the start of a line runs line n again (words after it "
	"are added)\n"
	"  !!     runs the newest line again\n"
	"  up/down arrows (or ^P/^N) bring earlier lines back for "
	"editing\n" },
{ "kill",
	"  pid   the process to end (ps lists them). What it held is given "
	"back.\n"
	"Refused: the null process, the pager and the shell's keeper (the "
	"system\nneeds them), and this shell (use exit). ^C ends the "
	"foreground command.\n" },
{ "memdump",
	"  addr  first byte (decimal, 0x hex or 0 octal); kernel memory only,"
	"\n        [0x1000, the mapping window)\n"
	"  len   bytes to show (default 128), 16 a row, in hex and ASCII\n" },
{ "memmap",
	"Without a pid: the physical view, one symbol per frame of the PD/PT "
	"region,\nthe FFS region and per swap slot. With a pid: that "
	"vcreate process's heap\nand stack, one symbol per page.\n"
	"  -n       no colour (plain characters, for logs)\n"
	"  -a       all rows (rows of one repeated symbol are otherwise "
	"folded\n           into one '... N more rows' line)\n"
	"  -r reg   one region of the physical view: pt, ffs or swap\n"
	"  pid      the virtual view of that process\n"
	"Physical symbols: . free   Z free and zeroed   K kernel page "
	"directory/table\n  T a process's directory/table (coloured as its "
	"owner)\n  S shared: a frame or slot several processes map (after "
	"fork); no one's\n  0-9 a-z A-Y  a frame or slot of a process: "
	"glyphs go to the processes that\n  own something, in pid order; the "
	"owners table under the map gives pid, glyph,\n  name and counts "
	"(+ if more than 54 processes own memory).\n"
	"Virtual symbols: R resident   W swapped out   a allocated, never "
	"touched\n  . not allocated   G guard page   s stack page (pinned)\n"
	"  C copy-on-write: private, shared with another process after fork, "
	"read-only\n    until written (then copied)\n"
	"  S MAP_SHARED   r read-only (PROT_READ)   - no access (PROT_NONE)\n"
	"  (these four win over R, W and a; the counts say where pages are)\n"
	"The totals under a map are the pools' own counters (as vmstat's); a "
	"mismatch\nwith the map is reported (then run vmcheck).\n" },
{ "memstat", "RAM the boot loader reported, the kernel's text, data "
	"and bss, and the free\nkernel heap: bytes, blocks and the largest "
	"block.\n" },
{ "netinfo", "The NIC's MAC and link, the IP address, mask and router "
	"(from DHCP),\nthe NIC's counters (frames, bytes, errors, drops, "
	"interrupts), the stack's\ndrop counters (one per reason) and the "
	"buffer pool (free now, fewest ever).\n" },
{ "ping",
	"  ip      the address to send ICMP echo requests to\n"
	"  count   how many, one a second (default 4, at most 1000)\n"
	"Prints each reply's sequence number and round-trip time in ms, a "
	"line for\neach request not answered within 1 s, then the loss.\n" },
{ "ps", "One line per process: pid, name, state (curr ready recv sleep "
	"susp wait\nrectim), priority, parent pid, stack base, length and "
	"pointer.\n" },
{ "sleep",
	"  seconds  how long (at most 2147483). ^C ends it early; "
	"'sleep 100 &'\n           runs it in the background, out of ^C's "
	"reach.\n" },
{ "udpecho",
	"  ip     the echo server's address\n"
	"  port   its UDP port (1-65535; udpeserver uses 7)\n"
	"  text   one word, or quoted; sent as one datagram\n"
	"Prints the echo; tries 3 times, waiting 2 s each.\n" },
{ "udpeserver",
	"  port   UDP port to serve (default 7)\n"
	"Sends every datagram back to its sender and prints a line for each; "
	"runs\nuntil killed (start it with &, end it with kill or ^C).\n" },
{ "uptime", "Time since boot (days, h:m:s.ms) and the processes in "
	"existence.\n" },
{ "vmcheck", "Checks every invariant of the virtual memory (page tables, "
	"frame and slot\nowners, the counters); prints the violations, or "
	"OK.\n" },
{ "vmfuzz",
	"Random virtual-memory operations by worker processes, every result"
	"\nand page checked, the invariants every few steps "
	"(docs/reliability.md).\n"
	"  seed    the sequence (default: made up from the uptime, printed)\n"
	"  nops    operations (default 1000)\n"
	"  nprocs  workers at once, 1 to 16 (default 4)\n"
	"  flags   bits 0-7 check every N steps, 8-9 the starting policy,\n"
	"          0x400 no policy switches, 0x800 print each operation\n"
	"A failure prints the seed and the step; `vmfuzz SEED STEP+1 NPROCS "
	"FLAGS`\nreplays the same operations up to it.\n" },
{ "vmpolicy",
	"  (none)  the page replacement policy in force\n"
	"  random  evict a random resident page\n"
	"  fifo    evict the page resident longest\n"
	"  clock   second chance: skip (and clear) pages accessed since the "
	"hand passed\n"
	"  clockpro  CLOCK-Pro: hot and cold pages, evicted pages remembered "
	"for a\n          while, an adaptive share of cold pages "
	"(docs/vm-design.md)\n" },
{ "vmstat",
	"  pid   only that process (a create process has no heap: '-')\n"
	"Columns: virtual = 8192 + heap pages allocated: every address space "
	"maps the\n  kernel's 8192 pages (32 MiB, identity mapped) below its "
	"heap, as the lab\n  counts them; frames = heap pages resident in the "
	"FFS; swapped = pages whose\n  data is in swap only; slots = swap "
	"slots held; zfaults, swapins, swapouts,\n  clean = faults and "
	"evictions so far; copies = copy-on-write faults that\n  copied a "
	"shared page, reuses = write faults that found the last reference\n"
	"  (no copy). A frame shared after fork counts in the frames of every "
	"process\n  that maps it, so the column may add up to more than the "
	"frames in use; the\n  FFS line counts physically free frames and "
	"the shared ones once.\nThen the pools' free counts, totals since "
	"boot and the policy.\n" },
{ "vmtrace",
	"  (none)  whether faults are being recorded, entries held, "
	"dropped\n"
	"  on      record every resolved fault (pid, page) in a ring of "
	"4096\n"
	"  off     stop recording (the ring is kept)\n"
	"  clear   empty the ring\n"
	"  dump    print the ring in the format tools/opt/replay reads\n" },
{ "vmworkload",
	"  kind    seq, rand, zipf, phase, loophot, scan (a reference string "
	"each)\n          or all\n"
	"  seed    a number: the same seed gives the same string\n"
	"  policy  random, fifo, clock, clockpro or all (default: the one in "
	"force)\n"
	"  dump    also print each string (and CLOCK's frame layout) for "
	"tools/opt/replay\n"
	"Prints the faults each policy takes on the string.\n" },
};

/*------------------------------------------------------------------------
 * cmdhelp  -  The full explanation of a command, or NULL if it has none
 *------------------------------------------------------------------------
 */
char	*cmdhelp(
	  char		*name		/* command			*/
	)
{
	int32	i;

	for (i = 0; i < (int32)ARRAY_LEN(helptab); i++) {
		if (strcmp(helptab[i].name, name) == 0) {
			return helptab[i].text;
		}
	}
	return NULL;
}
