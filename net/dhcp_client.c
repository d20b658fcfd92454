/* dhcp_client.c - dhcp_client, dhcp_build, dhcp_parse */

#include <xinu.h>
#include <net.h>

/*------------------------------------------------------------------------
 * dhcp_build - fill a DISCOVER or REQUEST (with the offered address and
 *		the server); its length
 *------------------------------------------------------------------------
 */
static	int32	dhcp_build(
	  struct dhcpmsg *dm,
	  uint32	xid,
	  byte		type,
	  uint32	reqip,
	  uint32	server
	)
{
	byte	*op = dm->opts;

	memset(dm, 0, sizeof(*dm));
	dm->op = DHCP_BOOTREQ;
	dm->htype = ARP_HTYPE_ETH;
	dm->hlen = ETH_ADDRLEN;
	dm->xid = htonl(xid);
	dm->flags = htons(DHCP_FLAG_BCAST);	/* we cannot take unicast */
	memcpy(dm->chaddr, NetData.mac, ETH_ADDRLEN);
	dm->magic = htonl(DHCP_MAGIC);
	*op++ = DHCP_OPT_TYPE; *op++ = 1; *op++ = type;
	if (type == DHCP_REQUEST) {
		*op++ = DHCP_OPT_REQIP; *op++ = 4;
		reqip = htonl(reqip); memcpy(op, &reqip, 4); op += 4;
		*op++ = DHCP_OPT_SERVER; *op++ = 4;
		server = htonl(server); memcpy(op, &server, 4); op += 4;
	}
	*op++ = DHCP_OPT_PARAMS; *op++ = 2;
	*op++ = DHCP_OPT_MASK; *op++ = DHCP_OPT_ROUTER;
	*op++ = DHCP_OPT_END;
	return DHCP_FIXLEN + (op - dm->opts);
}

/*------------------------------------------------------------------------
 * dhcp_parse - check an answer to our xid; its message type (0 if it is
 *	none of ours) and the server, mask and router it gives
 *------------------------------------------------------------------------
 */
static	int32	dhcp_parse(
	  struct dhcpmsg *dm,
	  int32		len,
	  uint32	xid,
	  uint32	*server,
	  uint32	*mask,
	  uint32	*router
	)
{
	byte	*op = dm->opts, *end = (byte *)dm + len;
	int32	type = 0;
	uint32	v;

	if (len < (int32)DHCP_FIXLEN || dm->op != DHCP_BOOTREPLY
	    || ntohl(dm->xid) != xid || ntohl(dm->magic) != DHCP_MAGIC
	    || memcmp(dm->chaddr, NetData.mac, ETH_ADDRLEN) != 0) {
		return 0;
	}
	while (op < end && *op != DHCP_OPT_END) {
		if (*op == DHCP_OPT_PAD) {
			op++;
			continue;
		}
		if (op + 2 > end || op + 2 + op[1] > end) {
			return 0;	/* option runs past the end	*/
		}
		if (op[1] >= 4) {
			memcpy(&v, op + 2, 4);
			v = ntohl(v);
		} else {
			v = op[1] >= 1 ? op[2] : 0;
		}
		switch (op[0]) {
		case DHCP_OPT_TYPE:	type = op[2];	break;
		case DHCP_OPT_SERVER:	*server = v;	break;
		case DHCP_OPT_MASK:	*mask = v;	break;
		case DHCP_OPT_ROUTER:	*router = v;	break;
		}
		op += 2 + op[1];
	}
	return type;
}

/*------------------------------------------------------------------------
 * dhcp_client - obtain an address: DISCOVER, OFFER, REQUEST, ACK, up to
 *	DHCP_TRIES times DHCP_WAITMS apart; then set the interface's
 *	address, mask and router and say so.  SYSERR (also said) if no
 *	server answered.
 *------------------------------------------------------------------------
 */
status	dhcp_client(void)
{
	struct	dhcpmsg	dm;
	uid32	slot;
	int32	try, len, type, state;
	uint32	xid, offer = 0, server = 0, mask = 0, router = 0;
	uint32	t0, now;
	intmask	im;

	if (!NetData.up) {
		return SYSERR;
	}
	slot = udp_register(IP_ANY, DHCP_SPORT, DHCP_CPORT);
	if (slot == SYSERR) {
		kprintf("Cannot obtain an IP address\n");
		return SYSERR;
	}
	xid = ((uint32)NetData.mac[2] << 24 | (uint32)NetData.mac[3] << 16
	       | (uint32)NetData.mac[4] << 8 | NetData.mac[5]) ^ uptime();
	for (try = 0; try < DHCP_TRIES; try++) {
		xid++;
		state = DHCP_DISCOVER;
		len = dhcp_build(&dm, xid, DHCP_DISCOVER, 0, 0);
		if (udp_sendto(slot, IP_BCAST, DHCP_SPORT, (char *)&dm, len)
		    == SYSERR) {
			sleepms(DHCP_WAITMS);
			continue;
		}
		t0 = uptime();
		while ((now = uptime()) - t0 < DHCP_WAITMS) {
			len = udp_recv(slot, (char *)&dm, sizeof(dm),
				       DHCP_WAITMS - (now - t0));
			if (len == SYSERR || len == TIMEOUT) {
				break;
			}
			mask = router = 0;
			type = dhcp_parse(&dm, len, xid, &server, &mask,
					  &router);
			if (state == DHCP_DISCOVER && type == DHCP_OFFER) {
				offer = ntohl(dm.yiaddr);
				len = dhcp_build(&dm, xid, DHCP_REQUEST, offer,
						 server);
				if (udp_sendto(slot, IP_BCAST, DHCP_SPORT,
				    (char *)&dm, len) == SYSERR) {
					break;
				}
				state = DHCP_REQUEST;
				t0 = uptime();	/* a new wait for the ACK */
			} else if (state == DHCP_REQUEST && type == DHCP_ACK) {
				if (mask == 0) {	/* by the class	*/
					mask = IP_ADDR(255, 255, 255, 0);
				}
				im = disable();
				NetData.ipaddr = ntohl(dm.yiaddr);
				NetData.ipmask = mask;
				NetData.iprouter = router;
				NetData.ipbcast = NetData.ipaddr | ~mask;
				NetData.dhcpsrv = server;
				NetData.ipvalid = TRUE;
				restore(im);
				udp_release(slot);
				if (router == IP_ANY) {
					kprintf("Obtained IP address " IP_FMT
						" (mask " IP_FMT ", no router)\n",
						IP_ARGS(NetData.ipaddr),
						IP_ARGS(mask));
				} else {
					kprintf("Obtained IP address " IP_FMT
						" (mask " IP_FMT ", router "
						IP_FMT ")\n",
						IP_ARGS(NetData.ipaddr),
						IP_ARGS(mask), IP_ARGS(router));
				}
				return OK;
			} else if (state == DHCP_REQUEST && type == DHCP_NAK) {
				break;		/* start over		*/
			}
		}
	}
	udp_release(slot);
	kprintf("Cannot obtain an IP address\n");
	return SYSERR;
}
