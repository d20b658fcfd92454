/* irqoff.c - irqoff_arm, irqoff_disarm, irqoff_close */

#include <xinu.h>

/*
 * Measurement of interrupts-off stretches, for tests: while armed for a
 * process, every stretch that process opens with disable() (interrupts
 * were on) and closes with restore() has its length in TSC ticks
 * recorded, in order.  Unarmed, disable() and restore() pay one compare
 * each.  A stretch during which a clock tick was counted is dropped:
 * interrupts were on somewhere in it (the process was switched out and
 * another ran with interrupts on), so it was not one stretch.  Stretches
 * opened by an interrupt gate or closed by iret or enable() are not seen;
 * the recorded ones are those of the process's own critical sections.
 */

pid32	irqoff_pid = -1;		/* armed for this pid, or -1	*/
bool8	irqoff_open = FALSE;		/* a stretch is being timed	*/
uint64	irqoff_t0;			/* ... since this TSC value	*/
uint32	irqoff_tick0;			/* ... and this clock tick	*/
static	uint32	*irqoff_buf;		/* lengths recorded		*/
static	int32	irqoff_cap, irqoff_n;

/*------------------------------------------------------------------------
 * irqoff_arm - record the stretches of pid into buf (at most cap)
 *------------------------------------------------------------------------
 */
void	irqoff_arm(pid32 pid, uint32 *buf, int32 cap)
{
	intmask	mask = disable();

	irqoff_buf = buf;
	irqoff_cap = cap;
	irqoff_n = 0;
	irqoff_open = FALSE;
	irqoff_pid = pid;
	restore(mask);
}

/*------------------------------------------------------------------------
 * irqoff_disarm - stop recording; returns how many were recorded
 *------------------------------------------------------------------------
 */
int32	irqoff_disarm(void)
{
	intmask	mask = disable();

	irqoff_pid = -1;
	irqoff_open = FALSE;
	restore(mask);
	return irqoff_n;
}

/*------------------------------------------------------------------------
 * irqoff_close - restore() is about to turn interrupts on: record the
 *		  stretch if it is the armed process's own (interrupts off)
 *------------------------------------------------------------------------
 */
void	irqoff_close(void)
{
	uint64	d = rdtsc() - irqoff_t0;

	irqoff_open = FALSE;
	if (currpid == irqoff_pid && clkticks == irqoff_tick0
	    && irqoff_n < irqoff_cap) {
		irqoff_buf[irqoff_n++] = d > 0xFFFFFFFFull ? 0xFFFFFFFFu
						: (uint32)d;
	}
}
