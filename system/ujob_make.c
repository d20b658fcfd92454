/* ujob_make.c - ujob_make */

#include <xinu.h>

/*------------------------------------------------------------------------
 * ujob_make - the arguments of a program to start, copied into kernel
 *	memory: argv's argc strings, from the caller's user memory if user
 *	(each pointer and string checked), else from kernel memory.  NULL
 *	if argc is out of range, a pointer is bad, they do not fit in
 *	UARGS_MAX bytes, or the kernel heap is short.
 *------------------------------------------------------------------------
 */
struct	ujob	*ujob_make(int32 prog, int32 argc, char **argv, bool8 user)
{
	struct	ujob	*job;
	int32	i, len;
	uint32	room;
	char	*end;

	if (argc < 0 || argc > UARGC_MAX || (argc > 0 && argv == NULL)) {
		return NULL;
	}
	if (user && usercheck(argv, argc * sizeof(char *), FALSE) == SYSERR) {
		return NULL;
	}
	job = (struct ujob *)getmem(sizeof(struct ujob));
	if (job == (struct ujob *)SYSERR) {
		return NULL;
	}
	job->prog = prog;
	job->argc = argc;
	job->nbytes = 0;
	/* the strings, their pointers and argc all go on the user stack */
	room = UARGS_MAX - (argc + 2) * sizeof(char *);
	for (i = 0; i < argc; i++) {
		if (user) {
			len = usercheckstr(argv[i], room - job->nbytes);
		} else {
			end = memchr(argv[i], NULLCH, room - job->nbytes);
			len = end == NULL ? SYSERR : (int32)(end - argv[i]);
		}
		if (len == SYSERR || job->nbytes + len + 1 > room) {
			freemem((char *)job, sizeof(*job));
			return NULL;
		}
		memcpy(job->args + job->nbytes, argv[i], len);
		job->args[job->nbytes + len] = NULLCH;
		job->nbytes += len + 1;
	}
	return job;
}
