/* cmdtab.c - cmdtab, ncmd */

#include <xinu.h>
#include <shell.h>

/*
 * The shell's commands, one line each, in the order help lists them:
 *	C(name, builtin, usage, summary)
 * declares shellcmd xsh_name(int32 nargs, char *args[]), which lives in
 * shell/xsh_name.c, and enters it in cmdtab.  A builtin runs inside the
 * shell process itself (needed when it must act on the shell, as exit
 * does); every other command runs in a process of its own whose
 * standard devices are the shell's device.  Adding a command is one line
 * here plus its file, and its full help in shell/cmdhelp.c.
 */
#define	SHELL_COMMANDS(C)						\
	C(arp,     FALSE, "arp [-d [ip]]", "show the ARP cache, or forget entries") \
	C(clear,   FALSE, "clear",	"clear the screen")		\
	C(debugfaults, FALSE, "debugfaults [on|off]",			\
		"details after a fault's one-line message (off: the lab's)") \
	C(devdump, FALSE, "devdump",	"list the devices")		\
	C(echo,    FALSE, "echo [word ...]", "print the words")		\
	C(exit,    TRUE,  "exit",	"end the shell (it restarts)")	\
	C(help,    FALSE, "help [command]",					\
				"list commands, or explain one in full")	\
	C(history, FALSE, "history",	"list recent lines (!n runs line n)") \
	C(kill,    FALSE, "kill <pid>",	"terminate a process")		\
	C(memdump, FALSE, "memdump <addr> [len]", "dump memory in hex")	\
	C(memmap,  FALSE, "memmap [-n] [-a] [-r pt|ffs|swap] [-w [secs]] [pid]",	\
				"map of frames, or of a process's pages") \
	C(memstat, FALSE, "memstat",	"show free heap memory")	\
	C(netinfo, FALSE, "netinfo",	"addresses, MAC and network counters") \
	C(ping,    FALSE, "ping <ip> [count]", "send ICMP echo requests")	\
	C(ps,      FALSE, "ps",		"list the processes")		\
	C(sleep,   FALSE, "sleep <seconds>", "pause for some seconds")	\
	C(udpecho, FALSE, "udpecho <ip> <port> <text>",		\
				"send a text to a UDP echo server")	\
	C(udpeserver, FALSE, "udpeserver [port]",			\
				"echo UDP datagrams (port 7 by default)") \
	C(uptime,  FALSE, "uptime",	"time since boot, process count") \
	C(vmcheck, FALSE, "vmcheck",	"check the virtual memory invariants") \
	C(vmfuzz,  FALSE, "vmfuzz [seed [nops [nprocs [flags]]]]", "random VM operations, every result checked") \
	C(vmpolicy, FALSE, "vmpolicy [random|fifo|clock|clockpro]",	\
				"show or set the page replacement policy") \
	C(vmstat,  FALSE, "vmstat [pid]", "virtual memory per process, pool totals") \
	C(vmtrace, FALSE, "vmtrace [on|off|clear|dump]",			\
				"record page faults, or say if it does")	\
	C(vmworkload, FALSE, "vmworkload <seq|rand|zipf|phase|loophot|scan|all> " \
		"<seed> [random|fifo|clock|clockpro|all] [dump]",	\
		"run page-reference workloads")

#define	CMD_DECLARE(name, builtin, usage, summary)			\
	extern shellcmd xsh_##name(int32, char *[]);
#define	CMD_ENTRY(name, builtin, usage, summary)			\
	{ #name, builtin, xsh_##name, usage, summary },

SHELL_COMMANDS(CMD_DECLARE)

const	struct	cmdent	cmdtab[] = {
	SHELL_COMMANDS(CMD_ENTRY)
};

const	int32	ncmd = ARRAY_LEN(cmdtab);
