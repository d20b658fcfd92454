/* mman.h - mmap's and mprotect's flags and protections
 *
 * POSIX's meanings (anonymous memory only: there is no file system).  The
 * numbers cross the system-call boundary, so the kernel (through
 * paging.h) and the user library (ulib/include/ulib.h) both include this
 * one file; it needs nothing but SYSERR.
 */

#ifndef _MMAN_H_
#define _MMAN_H_

#define	PROT_NONE	0x0
#define	PROT_READ	0x1
#define	PROT_WRITE	0x2		/* implies PROT_READ on x86	*/
#define	MAP_SHARED	0x01		/* shared with children after fork */
#define	MAP_PRIVATE	0x02		/* copy-on-write after fork	*/
#define	MAP_FIXED	0x10		/* exactly at addr		*/
#define	MAP_ANONYMOUS	0x20		/* not a file (required)	*/
#define	MAP_ANON	MAP_ANONYMOUS
#define	MAP_FAILED	((char *)SYSERR)

#endif /* _MMAN_H_ */
