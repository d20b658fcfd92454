/* xsh_ping.c - xsh_ping */

#include <xinu.h>
#include <shell.h>
#include <net.h>

#define	PING_DEFCOUNT	4		/* requests without a count	*/
#define	PING_MAXCOUNT	1000

/*------------------------------------------------------------------------
 * xsh_ping  -  Send ICMP echo requests, one a second, and report each
 *		reply's round-trip time and the loss at the end
 *------------------------------------------------------------------------
 */
shellcmd xsh_ping(int32 nargs, char *args[])
{
	uint32	ip, count = PING_DEFCOUNT, seq, got = 0;
	int32	rtt;
	uint16	id;

	if (nargs < 2) {
		return shellusage(args[0], "missing IP address");
	}
	if (nargs > 3) {
		return shellusage(args[0], "too many arguments");
	}
	if (ip_parse(args[1], &ip) == SYSERR || ip == IP_ANY
	    || ip == IP_BCAST) {
		fprintf(stderr, "%s: invalid IP address: %s\n", args[0],
			args[1]);
		return 1;
	}
	if (nargs == 3 && (shellnum(args[2], &count) == SYSERR || count == 0
			   || count > PING_MAXCOUNT)) {
		fprintf(stderr, "%s: invalid count: %s (1-%d)\n", args[0],
			args[2], PING_MAXCOUNT);
		return 1;
	}
	if (net_ready() != OK) {
		fprintf(stderr, "%s: the network is not up\n", args[0]);
		return 1;
	}
	id = (uint16)getpid();
	printf("PING " IP_FMT ": %d data bytes\n", IP_ARGS(ip), PING_DATALEN);
	for (seq = 0; seq < count; seq++) {
		rtt = icmp_echo(ip, id, (uint16)seq, PING_DATALEN, PING_WAITMS);
		if (rtt == TIMEOUT) {
			printf("no reply from " IP_FMT ": icmp_seq=%u\n",
				IP_ARGS(ip), seq);
		} else if (rtt == SYSERR) {
			printf("cannot reach " IP_FMT ": icmp_seq=%u\n",
				IP_ARGS(ip), seq);
		} else {
			got++;
			printf("%d bytes from " IP_FMT ": icmp_seq=%u time=%d "
				"ms\n", ICMP_HDRLEN + PING_DATALEN, IP_ARGS(ip),
				seq, rtt);
			if (seq + 1 < count && rtt < PING_GAPMS) {
				sleepms(PING_GAPMS - rtt);
			}
		}
	}
	printf("--- " IP_FMT " ping statistics ---\n", IP_ARGS(ip));
	printf("%u packets transmitted, %u received, %u%% packet loss\n",
		count, got, (count - got) * 100 / count);
	return got > 0 ? 0 : 1;
}
