/* xsh_arp.c - xsh_arp */

#include <xinu.h>
#include <shell.h>
#include <net.h>

/*------------------------------------------------------------------------
 * xsh_arp  -  List the ARP cache; -d <ip> forgets one entry, -d alone
 *	       every entry
 *------------------------------------------------------------------------
 */
shellcmd xsh_arp(int32 nargs, char *args[])
{
	struct	arpentry copy[ARP_SIZ];
	uint32	ip, now, age;
	int32	i, n = 0;
	char	ipstr[sizeof("255.255.255.255")];
	intmask	mask;

	if (nargs > 3 || (nargs >= 2 && strcmp(args[1], "-d") != 0)) {
		return shellusage(args[0], nargs > 3 ? "too many arguments"
				  : "unknown option");
	}
	if (!NetData.up) {
		fprintf(stderr, "%s: no network interface\n", args[0]);
		return 1;
	}
	if (nargs >= 2) {
		ip = IP_ANY;
		if (nargs == 3 && (ip_parse(args[2], &ip) == SYSERR
				   || ip == IP_ANY)) {
			fprintf(stderr, "%s: invalid IP address: %s\n",
				args[0], args[2]);
			return 1;
		}
		if (arp_delete(ip) == SYSERR && ip != IP_ANY) {
			fprintf(stderr, "%s: no entry for %s\n", args[0],
				args[2]);
			return 1;
		}
		return 0;
	}
	mask = disable();
	memcpy(copy, arpcache, sizeof(copy));
	now = uptime();
	restore(mask);
	printf("%-16s %-18s %-8s %s\n", "IP address", "MAC address", "state",
		"age (s)");
	for (i = 0; i < ARP_SIZ; i++) {
		if (copy[i].state == AR_FREE || (copy[i].state == AR_RESOLVED
		    && now - copy[i].time >= ARP_TIMEOUT)) {
			continue;
		}
		age = (now - copy[i].time) / 1000;
		snprintf(ipstr, sizeof(ipstr), IP_FMT, IP_ARGS(copy[i].ip));
		printf("%-16s ", ipstr);
		if (copy[i].state == AR_RESOLVED) {
			printf("%02x:%02x:%02x:%02x:%02x:%02x  resolved %u\n",
				copy[i].mac[0], copy[i].mac[1], copy[i].mac[2],
				copy[i].mac[3], copy[i].mac[4], copy[i].mac[5],
				age);
		} else {
			printf("%-18s pending  %u\n", "?", age);
		}
		n++;
	}
	if (n == 0) {
		printf("(empty)\n");
	}
	return 0;
}
