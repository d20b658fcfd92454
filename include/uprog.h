/* uprog.h - the user programs the kernel image carries (made by the build) */

#ifndef _UPROG_H_
#define _UPROG_H_

struct	uprog	{
	char	*name;
	const	byte	*image;		/* its ELF file			*/
	uint32	size;
};

extern	const	struct	uprog	uprogtab[];
extern	const	int32	nuprogs;

/* A program to start: which one, and its arguments (the strings packed
   one after another), in kernel memory until it has been loaded */
struct	ujob	{
	int32	prog;			/* uprogtab index		*/
	int32	argc;
	uint32	nbytes;			/* of strings in args		*/
	char	args[UARGS_MAX];
};

/* A user program's end (uexitstatus): the value it passed to exit (or
   returned from main), or this if it was killed (a fault, kill, ^C) */
#define	UEXIT_KILLED	((int32)0x80000000)
extern	int32	uexitstat[];

extern	int32	uprog_find(char *);
extern	int32	uexitstatus(pid32);
extern	char	*uelf_check(const byte *, uint32);
extern	struct	ujob	*ujob_make(int32, int32, char **, bool8);
extern	status	uload(struct ujob *, uint32 *, uint32 *);
extern	void	uenter(uint32, uint32);
extern	pid32	ucreate(char *, pri16, int32, char **);
extern	status	usercheck(const void *, uint32, bool8);
extern	int32	usercheckstr(const char *, uint32);
extern	void	syscall_dispatch(struct trapframe *);

#endif /* _UPROG_H_ */
