/* xsh_vmworkload.c - xsh_vmworkload */

#include <xinu.h>
#include <shell.h>

#define	WL_ALL		(-2)		/* "all" kinds or policies	*/

static	int32	policies[] = { RANDOM, FIFO, CLOCK };

/* The command's buffers, one kernel-heap block: a kill hook frees it if
   the command is killed during a run (killhook.h) */
struct	wlbufs	{
	struct	killhook hook;		/* first: the hook is the block	*/
	uint32	refs[WL_MAXREFS];
	uint32	layout[MAX_FFS_SIZE];
};

/* Kill hook (interrupts off): free the buffers */
static	void	wl_bufsfree(struct killhook *h, pid32 pid)
{
	freemem((char *)h, sizeof(struct wlbufs));
}

/* The policy named name, WL_ALL, or SYSERR */
static	int32	wl_policy(char *name)
{
	int32	i;

	if (strcmp(name, "all") == 0) {
		return WL_ALL;
	}
	for (i = 0; i < (int32)ARRAY_LEN(policies); i++) {
		if (strcmp(name, vmwl_polname(policies[i])) == 0) {
			return policies[i];
		}
	}
	return SYSERR;
}

/*------------------------------------------------------------------------
 * xsh_vmworkload - run page-reference workloads and print their fault
 *	counts; with dump also each string (and CLOCK's frame layout) for
 *	tools/opt/replay.  The kind and the policy may be "all".
 *------------------------------------------------------------------------
 */
shellcmd xsh_vmworkload(int32 nargs, char *args[])
{
	struct	vmwlres	res;
	int32	kind = SYSERR, policy = WL_CURPOLICY, k, p, i, rc = 0;
	uint32	seed;
	bool8	dump = FALSE;
	struct	wlbufs	*bufs;
	intmask	mask;

	if (nargs < 3 || nargs > 5) {
		return shellusage(args[0], "wrong number of arguments");
	}
	if (strcmp(args[1], "all") == 0) {
		kind = WL_ALL;
	} else if ((kind = vmwl_kind(args[1])) == SYSERR) {
		return shellbadword(args[0], "workload", args[1]);
	}
	if (shellnum(args[2], &seed) != OK) {
		fprintf(stderr, "%s: not a number: %s\n", args[0], args[2]);
		return 1;
	}
	for (i = 3; i < nargs; i++) {
		if (strcmp(args[i], "dump") == 0) {
			dump = TRUE;
		} else if ((policy = wl_policy(args[i])) == SYSERR) {
			return shellbadword(args[0], "policy", args[i]);
		}
	}

	memset(&res, 0, sizeof(res));
	mask = disable();
	bufs = (struct wlbufs *)getmem(sizeof(struct wlbufs));
	if (bufs == (struct wlbufs *)SYSERR) {
		restore(mask);
		fprintf(stderr, "vmworkload: out of kernel memory\n");
		return 1;
	}
	bufs->hook.fn = wl_bufsfree;
	killhook_push(&bufs->hook);
	restore(mask);
	res.refs = bufs->refs;
	res.layout = bufs->layout;
	for (k = 0; k < WL_NKINDS; k++) {
		if (kind != WL_ALL && k != kind) {
			continue;
		}
		for (i = 0; i < (int32)ARRAY_LEN(policies); i++) {
			p = (policy == WL_ALL) ? policies[i] : policy;
			if (vmworkload(k, seed, p, &res) != OK) {
				fprintf(stderr, "vmworkload: %s did not run to "
					"its end\n", vmwl_name(k));
				rc = 1;
				goto done;
			}
			vmwl_report(stdout, &res, dump);
			if (policy != WL_ALL) {
				break;
			}
		}
		if (dump) {
			vmwl_dumprefs(stdout, &res);
		}
	}
done:
	mask = disable();
	killhook_pop(&bufs->hook);
	freemem((char *)bufs, sizeof(struct wlbufs));
	restore(mask);
	return rc;
}
