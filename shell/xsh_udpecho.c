/* xsh_udpecho.c - xsh_udpecho */

#include <xinu.h>
#include <shell.h>
#include <net.h>

#define	UDPECHO_TRIES	3		/* sends before giving up	*/
#define	UDPECHO_WAITMS	2000		/* ms to wait for each echo	*/

/* Kill hook: the slot goes back if the command is killed waiting */
struct	echohook {
	struct	killhook hook;		/* first: the hook is the record */
	uid32	slot;
};

static	void	echo_release(struct killhook *h, pid32 pid)
{
	udp_release(((struct echohook *)h)->slot);
}

/*------------------------------------------------------------------------
 * xsh_udpecho  -  Send a text to a UDP echo server and print the echo
 *------------------------------------------------------------------------
 */
shellcmd xsh_udpecho(int32 nargs, char *args[])
{
	uint32	ip, port;
	struct	echohook eh;
	char	reply[UDP_MAXDATA + 1];
	int32	len, n, try;
	intmask	mask;

	if (nargs < 4) {
		return shellusage(args[0], "missing arguments");
	}
	if (nargs > 4) {
		return shellusage(args[0], "too many arguments (quote the text)");
	}
	if (ip_parse(args[1], &ip) == SYSERR || ip == IP_ANY
	    || ip == IP_BCAST) {
		fprintf(stderr, "%s: invalid IP address: %s\n", args[0],
			args[1]);
		return 1;
	}
	if (shellnum(args[2], &port) == SYSERR || port == 0 || port > 0xFFFF) {
		fprintf(stderr, "%s: invalid port: %s\n", args[0], args[2]);
		return 1;
	}
	len = strlen(args[3]);
	if (len > UDP_MAXDATA) {
		fprintf(stderr, "%s: text too long\n", args[0]);
		return 1;
	}
	if (net_ready() != OK) {
		fprintf(stderr, "%s: the network is not up\n", args[0]);
		return 1;
	}
	mask = disable();
	eh.slot = udp_register(ip, (uint16)port, 0);
	if (eh.slot != SYSERR) {
		eh.hook.fn = echo_release;
		killhook_push(&eh.hook);
	}
	restore(mask);
	if (eh.slot == SYSERR) {
		fprintf(stderr, "%s: no free UDP slot\n", args[0]);
		return 1;
	}
	n = SYSERR;
	for (try = 0; try < UDPECHO_TRIES; try++) {
		if (udp_send(eh.slot, args[3], len) == SYSERR) {
			break;
		}
		n = udp_recv(eh.slot, reply, UDP_MAXDATA, UDPECHO_WAITMS);
		if (n != TIMEOUT) {
			break;
		}
	}
	mask = disable();
	killhook_pop(&eh.hook);
	udp_release(eh.slot);
	restore(mask);
	if (n == SYSERR || n == TIMEOUT) {
		fprintf(stderr, "%s: no echo from " IP_FMT " port %u\n",
			args[0], IP_ARGS(ip), port);
		return 1;
	}
	reply[n] = NULLCH;
	printf("echo from " IP_FMT ":%u: %s\n", IP_ARGS(ip), port, reply);
	return 0;
}
