/* vmwl_report.c - vmwl_report, vmwl_dumprefs */

#include <xinu.h>

/*
 * The serial formats tools/opt/replay parses (one record per line, the
 * numbers of a block WL_PERLINE to a line):
 *   WORKLOAD <name> seed <s> policy <p> frames <k> refs <n> faults <f>
 *   LAYOUT <name> seed <s> hand <h> frames <k>  ...  LAYOUT END
 *   REFS <n> <name> seed <s> pages <m>  ...  REFS END
 * A LAYOUT block gives, per FFS frame in address order, the first-touch
 * rank of the page the frame held when the FFS first filled up during a
 * CLOCK run, and the hand at that moment (see vmworkload.c).
 */

#define	WL_PERLINE	16		/* numbers per line of a block	*/

/* Print n numbers, WL_PERLINE to a line */
static	void	wl_numbers(did32 dev, uint32 *v, uint32 n)
{
	uint32	i;

	for (i = 0; i < n; i++) {
		fprintf(dev, "%s%u", i % WL_PERLINE == 0 ? "" : " ", v[i]);
		if (i % WL_PERLINE == WL_PERLINE - 1 || i == n - 1) {
			fprintf(dev, "\n");
		}
	}
}

/*------------------------------------------------------------------------
 * vmwl_report - print the WORKLOAD line of a run on dev, a note when the
 *	run was not alone in the FFS, and with layout TRUE the LAYOUT
 *	block of a CLOCK run that filled the FFS
 *------------------------------------------------------------------------
 */
int32	vmwl_report(did32 dev, struct vmwlres *res, bool8 layout)
{
	char	*name;

	if (isbaddev(dev) || res == NULL) {
		return SYSERR;
	}
	name = vmwl_name(res->kind);
	fprintf(dev, "WORKLOAD %s seed %u policy %s frames %d refs %u "
		"faults %u\n", name, res->seed, vmwl_polname(res->policy),
		MAX_FFS_SIZE, res->nrefs, res->faults);
	if (!res->quiet) {
		fprintf(dev, "NOTE %s seed %u: other processes held frames, "
			"the count is not comparable\n", name, res->seed);
	}
	if (layout && res->policy == CLOCK && res->hand >= 0
	    && res->layout != NULL) {
		fprintf(dev, "LAYOUT %s seed %u hand %d frames %d\n", name,
			res->seed, res->hand, MAX_FFS_SIZE);
		wl_numbers(dev, res->layout, MAX_FFS_SIZE);
		fprintf(dev, "LAYOUT END\n");
	}
	return OK;
}

/*------------------------------------------------------------------------
 * vmwl_dumprefs - print the REFS block of a run's string on dev (the run
 *		   must have been given a refs buffer)
 *------------------------------------------------------------------------
 */
int32	vmwl_dumprefs(did32 dev, struct vmwlres *res)
{
	if (isbaddev(dev) || res == NULL || res->refs == NULL) {
		return SYSERR;
	}
	fprintf(dev, "REFS %u %s seed %u pages %u\n", res->nrefs,
		vmwl_name(res->kind), res->seed, res->npages);
	wl_numbers(dev, res->refs, res->nrefs);
	fprintf(dev, "REFS END\n");
	return OK;
}
