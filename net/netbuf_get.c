/* netbuf_get.c - netbuf_get */

#include <xinu.h>
#include <net.h>

/* The pool: NETBUFS buffers, fixed at build time, never more */
struct	netbuf	netbufs[NETBUFS];
struct	netbuf	*netbuf_head;		/* free list			*/
int32	netbuf_nfree;			/* buffers on it		*/
uint32	netbuf_lowest;			/* fewest ever free (netinfo)	*/

/*------------------------------------------------------------------------
 * netbuf_get - take a buffer from the pool; NULL (counted in nobufs)
 *		when every buffer holds a queued datagram
 *------------------------------------------------------------------------
 */
struct	netbuf	*netbuf_get(void)
{
	intmask	mask;
	struct	netbuf	*nb;

	mask = disable();
	nb = netbuf_head;
	if (nb == NULL) {
		netstats.nobufs++;
	} else {
		netbuf_head = nb->next;
		nb->next = NULL;
		netbuf_nfree--;
		if ((uint32)netbuf_nfree < netbuf_lowest) {
			netbuf_lowest = netbuf_nfree;
		}
	}
	restore(mask);
	return nb;
}
