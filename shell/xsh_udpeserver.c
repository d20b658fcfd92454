/* xsh_udpeserver.c - xsh_udpeserver */

#include <xinu.h>
#include <shell.h>
#include <net.h>

#define	UDPES_PORT	7		/* the echo service's port	*/
#define	UDPES_WAITMS	60000		/* wake now and then		*/

struct	eshook {
	struct	killhook hook;		/* first: the hook is the record */
	uid32	slot;
};

static	void	es_release(struct killhook *h, pid32 pid)
{
	udp_release(((struct eshook *)h)->slot);
}

/*------------------------------------------------------------------------
 * xsh_udpeserver  -  A UDP echo server: send every datagram back to its
 *		      sender, until killed (run it with & to keep the shell)
 *------------------------------------------------------------------------
 */
shellcmd xsh_udpeserver(int32 nargs, char *args[])
{
	uint32	port = UDPES_PORT, remip;
	uint16	remport;
	struct	eshook	es;
	char	buf[UDP_MAXDATA];
	int32	n;
	intmask	mask;

	if (nargs > 2) {
		return shellusage(args[0], "too many arguments");
	}
	if (nargs == 2 && (shellnum(args[1], &port) == SYSERR || port == 0
			   || port > 0xFFFF)) {
		fprintf(stderr, "%s: invalid port: %s\n", args[0], args[1]);
		return 1;
	}
	if (net_ready() != OK) {
		fprintf(stderr, "%s: the network is not up\n", args[0]);
		return 1;
	}
	mask = disable();
	es.slot = udp_register(IP_ANY, 0, (uint16)port);
	if (es.slot != SYSERR) {
		es.hook.fn = es_release;
		killhook_push(&es.hook);
	}
	restore(mask);
	if (es.slot == SYSERR) {
		fprintf(stderr, "%s: cannot use UDP port %u\n", args[0], port);
		return 1;
	}
	printf("udpeserver: echoing on UDP port %u\n", port);
	for (;;) {
		n = udp_recvaddr(es.slot, &remip, &remport, buf, sizeof(buf),
				 UDPES_WAITMS);
		if (n == TIMEOUT) {
			continue;
		}
		if (n == SYSERR) {
			break;
		}
		printf("udpeserver: %d bytes from " IP_FMT ":%u\n", n,
			IP_ARGS(remip), remport);
		udp_sendto(es.slot, remip, remport, buf, n);
	}
	mask = disable();
	killhook_pop(&es.hook);
	udp_release(es.slot);
	restore(mask);
	return 1;
}
