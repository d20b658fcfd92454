/* rand.c - rand */

#include <kernel.h>
#include <stdlib.h>

/* State of the generator; srand() sets it, rand() starts as if srand(1) */
unsigned long long _randstate = 1;

/*------------------------------------------------------------------------
 *  rand  -  Return a pseudo-random number in 0..RAND_MAX.
 *		The generator is a 64-bit linear congruential one,
 *		    state = state * RAND_MULT + RAND_INCR  (mod 2^64),
 *		with Knuth's MMIX constants.  Only the top 31 bits are
 *		returned, because the low bits of a power-of-two LCG have
 *		short periods (bit 0 simply alternates).  The state is
 *		shared by all processes and not locked: this is for tests
 *		and demos, not for anything needing good randomness.
 *------------------------------------------------------------------------
 */
int	rand(void)
{
	_randstate = _randstate * RAND_MULT + RAND_INCR;
	return (int)(_randstate >> RAND_SHIFT);
}
