/* test_devio.c - tests of the device-independent I/O calls and devtab */

#include <xinu.h>
#include "testsuite.h"

/*
 * The null device exercises the whole path (call -> devtab -> driver)
 * without side effects, so it carries the behaviour tests; the console is
 * only touched through calls that end in ioerr, which do nothing.
 */

#define	NULLBUF	16		/* bytes in the test buffers		*/
#define	FILLCH	'x'		/* marks buffer bytes a read must keep	*/

/* Every device-independent call on descriptor d must fail */
local	void	check_baddev(did32 d)
{
	char	buf[NULLBUF];

	CHECK_EQ(init(d), SYSERR);
	CHECK_EQ(open(d, "", ""), SYSERR);
	CHECK_EQ(close(d), SYSERR);
	CHECK_EQ(read(d, buf, sizeof(buf)), SYSERR);
	CHECK_EQ(write(d, buf, sizeof(buf)), SYSERR);
	CHECK_EQ(getc(d), SYSERR);
	CHECK_EQ(putc(d, 'a'), SYSERR);
	CHECK_EQ(seek(d, 0), SYSERR);
	CHECK_EQ(control(d, 0, 0, 0), SYSERR);
}

TESTCASE(devio_bad_descriptor)
{
	check_baddev(-1);
	check_baddev(NDEVS);
	check_baddev(1000);
}

TESTCASE(devio_nulldev)
{
	char	buf[NULLBUF];
	int32	i;

	memset(buf, FILLCH, sizeof(buf));
	CHECK_EQ(open(NULLDEV, "", ""), OK);
	CHECK_EQ(write(NULLDEV, buf, sizeof(buf)), sizeof(buf));
	CHECK_EQ(write(NULLDEV, buf, 1), 1);
	CHECK_EQ(write(NULLDEV, buf, 0), 0);
	CHECK_EQ(read(NULLDEV, buf, sizeof(buf)), EOF);
	for (i = 0; i < NULLBUF; i++) {
		CHECK_EQ(buf[i], FILLCH);
	}
	CHECK_EQ(getc(NULLDEV), EOF);
	CHECK_EQ(putc(NULLDEV, 'a'), OK);
	CHECK_EQ(seek(NULLDEV, 0), OK);
	CHECK_EQ(control(NULLDEV, 0, 0, 0), OK);
	CHECK_EQ(close(NULLDEV), OK);
}

/* A count that is negative as an int32 is refused before the driver */
TESTCASE(devio_negative_count)
{
	char	buf[NULLBUF];

	CHECK_EQ(read(NULLDEV, buf, (uint32)-1), SYSERR);
	CHECK_EQ(write(NULLDEV, buf, (uint32)-1), SYSERR);
	CHECK_EQ(write(NULLDEV, buf, 0x80000000), SYSERR);
}

TESTCASE(devio_devtab)
{
	did32	d;

	CHECK_EQ(NDEVS, 3);
	CHECK_EQ(Ntty, 1);
	CHECK_EQ(Nnull, 1);
	CHECK(strcmp(devtab[CONSOLE].dvname, "CONSOLE") == 0);
	CHECK(strcmp(devtab[NULLDEV].dvname, "NULLDEV") == 0);
	for (d = 0; d < NDEVS; d++) {
		CHECK_EQ(devtab[d].dvnum, d);
	}
	CHECK_EQ(devtab[CONSOLE].dvminor, 0);
	CHECK_EQ(devtab[NULLDEV].dvminor, 0);
	CHECK_EQ(devtab[CONSOLE].dvcsr, 0x3f8);
	CHECK_EQ(devtab[CONSOLE].dvirq, 4);
	CHECK(devtab[CONSOLE].dvintr != NULL);
	CHECK(devtab[NULLDEV].dvintr == NULL);
	CHECK_EQ(devtab[NULLDEV].dvirq, NOIRQ);
}

/* Operations a device leaves out reach ioerr and fail harmlessly */
TESTCASE(devio_ioerr_ionull)
{
	CHECK_EQ(ioerr(), SYSERR);
	CHECK_EQ(ionull(), OK);
	CHECK_EQ(seek(CONSOLE, 0), SYSERR);	/* tty: -s ioerr	*/
}
