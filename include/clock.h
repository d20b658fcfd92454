/* clock.h - PIT clock, uptime and sleep queue */

#ifndef _CLOCK_H_
#define _CLOCK_H_

#define	CLKFREQ		1000		/* clock interrupts per second	*/
#define	PIT_HZ		1193182		/* PIT input frequency		*/

extern	uint32	clktime;	/* seconds since boot			*/
extern	uint32	clkticks;	/* ms since boot (wraps after 49 days)	*/
extern	uint32	count1000;	/* ms since last clktime increment	*/
extern	qid16	sleepq;		/* delta list of sleeping processes	*/
extern	uint32	preempt;	/* ms left in the current quantum	*/

#endif /* _CLOCK_H_ */
