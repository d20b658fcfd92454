/* netbuf_free.c - netbuf_free */

#include <xinu.h>
#include <net.h>

extern	struct	netbuf	netbufs[];
extern	struct	netbuf	*netbuf_head;

/*------------------------------------------------------------------------
 * netbuf_free - give a buffer back to the pool (NULL or a pointer not
 *		 into the pool is ignored)
 *------------------------------------------------------------------------
 */
void	netbuf_free(
	  struct netbuf	*nb
	)
{
	intmask	mask;

	if (nb < &netbufs[0] || nb >= &netbufs[NETBUFS]) {
		return;
	}
	mask = disable();
	nb->next = netbuf_head;
	netbuf_head = nb;
	netbuf_nfree++;
	restore(mask);
}
