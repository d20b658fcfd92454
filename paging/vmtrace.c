/* vmtrace.c - vmtrace, vmtrace_status, vmtrace_record, vmtrace_read,
 *	       vmtrace_dump */

#include <xinu.h>

/*
 * Fault tracing for arbitrary programs: while it is on, every page fault
 * the VM resolves (zero-fill or swap-in) appends (pid, virtual page) to a
 * ring of VMTRACE_LEN entries.  When the ring is full the oldest entry is
 * overwritten and counted as dropped, so the ring always holds the latest
 * faults.  The sequence of faults is not a reference string (hits leave
 * no trace), but it can be dumped in the same serial format and replayed
 * by tools/opt/replay to see what the other policies make of it.
 *
 * vmtrace_record runs inside the fault handler, with interrupts off; the
 * other functions disable interrupts around the ring.
 */

static	struct	vmtref	vt_ring[VMTRACE_LEN];
static	int32	vt_head;		/* next entry to write		*/
static	int32	vt_count;		/* entries held (<= VMTRACE_LEN) */
static	uint32	vt_dropped;		/* faults lost since the clear	*/
bool8	vmtrace_rec = FALSE;		/* recording (tested inline by the
					   fault handler: vmint.h)	*/
static	int32	vt_dumping;		/* dumps in progress: ring frozen */
static	struct	killhook vt_hooks[NPROC];	/* a dumper killed mid-dump
						   unfreezes the ring	*/

#define	VT_PERLINE	8		/* entries per dumped line	*/

/*------------------------------------------------------------------------
 * vmtrace - VMTRACE_ON, VMTRACE_OFF or VMTRACE_CLEAR (which empties the
 *	     ring and keeps recording on or off as it was)
 *------------------------------------------------------------------------
 */
syscall	vmtrace(int32 cmd)
{
	intmask	mask;

	mask = disable();
	switch (cmd) {
	case VMTRACE_OFF:
		vmtrace_rec = FALSE;
		break;
	case VMTRACE_ON:
		vmtrace_rec = TRUE;
		break;
	case VMTRACE_CLEAR:
		vt_head = 0;
		vt_count = 0;
		vt_dropped = 0;
		break;
	default:
		restore(mask);
		return SYSERR;
	}
	restore(mask);
	return OK;
}

/*------------------------------------------------------------------------
 * vmtrace_status - whether recording is on; the entries held and the
 *		    faults dropped go to *held and *dropped
 *------------------------------------------------------------------------
 */
bool8	vmtrace_status(int32 *held, uint32 *dropped)
{
	intmask	mask;
	bool8	on;

	mask = disable();
	on = vmtrace_rec;
	*held = vt_count;
	*dropped = vt_dropped;
	restore(mask);
	return on;
}

/*------------------------------------------------------------------------
 * vmtrace_record - the fault handler's hook (interrupts are off), called
 *		    only while recording: the handler tests vmtrace_rec
 *		    itself, as every fault's instructions count
 *------------------------------------------------------------------------
 */
void	vmtrace_record(pid32 pid, uint32 vpn)
{
	if (vt_dumping > 0) {		/* a dump is reading the ring	*/
		vt_dropped++;
		return;
	}
	vt_ring[vt_head].pid = pid;
	vt_ring[vt_head].vpn = vpn;
	vt_head = (vt_head + 1) % VMTRACE_LEN;
	if (vt_count < VMTRACE_LEN) {
		vt_count++;
	} else {
		vt_dropped++;		/* overwrote the oldest		*/
	}
}

/* Index in vt_ring of the i-th oldest entry held */
#define	VT_AT(i)	((vt_head - vt_count + (i) + VMTRACE_LEN) % VMTRACE_LEN)

/*------------------------------------------------------------------------
 * vmtrace_read - copy up to max entries, oldest first, into buf and the
 *		  dropped count into *dropped (if not NULL); returns the
 *		  number copied
 *------------------------------------------------------------------------
 */
int32	vmtrace_read(struct vmtref *buf, int32 max, uint32 *dropped)
{
	intmask	mask;
	int32	i, n;

	if (buf == NULL || max < 0) {
		return SYSERR;
	}
	mask = disable();
	n = vt_count < max ? vt_count : max;
	for (i = 0; i < n; i++) {
		buf[i] = vt_ring[VT_AT(i)];
	}
	if (dropped != NULL) {
		*dropped = vt_dropped;
	}
	restore(mask);
	return n;
}

/* Kill hook of a process killed inside vmtrace_dump (interrupts off) */
static	void	vt_killed(struct killhook *h, pid32 pid)
{
	vt_dumping--;
}

/*------------------------------------------------------------------------
 * vmtrace_dump - print the ring on device dev, oldest first:
 *	TRACE BEGIN n=<count> dropped=<k>
 *	T <pid> <page in hex>	(VT_PERLINE pairs per line)
 *	TRACE END
 *	Printing may block, so the ring is frozen (not locked) meanwhile:
 *	faults in that time count as dropped.  Returns the count printed.
 *	A dumper killed while it prints (it may block on the device) must
 *	not leave the ring frozen: a kill hook thaws it.
 *------------------------------------------------------------------------
 */
int32	vmtrace_dump(did32 dev)
{
	intmask	mask;
	int32	i, n, first, e;
	uint32	dropped;

	if (isbaddev(dev)) {
		return SYSERR;
	}
	mask = disable();
	vt_dumping++;
	vt_hooks[currpid].fn = vt_killed;
	killhook_push(&vt_hooks[currpid]);
	n = vt_count;
	first = VT_AT(0);		/* a clear meanwhile moves vt_head */
	dropped = vt_dropped;
	restore(mask);

	fprintf(dev, "TRACE BEGIN n=%d dropped=%u\n", n, dropped);
	for (i = 0; i < n; i++) {
		e = (first + i) % VMTRACE_LEN;
		fprintf(dev, "%sT %d %x", i % VT_PERLINE == 0 ? "" : " ",
			vt_ring[e].pid, vt_ring[e].vpn);
		if (i % VT_PERLINE == VT_PERLINE - 1 || i == n - 1) {
			fprintf(dev, "\n");
		}
	}
	fprintf(dev, "TRACE END\n");

	mask = disable();
	killhook_pop(&vt_hooks[currpid]);
	vt_dumping--;
	restore(mask);
	return n;
}
