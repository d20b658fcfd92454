/* vfprintf.c - vfprintf, ufile_put, ufile_flush */

#include <ulib.h>

/* A descriptor's output being gathered for one write() */
struct	ufile {
	int	fd;			/* where it goes		*/
	uint32	n;			/* bytes in buf			*/
	char	buf[UIO_BUFSIZE];
};

/*------------------------------------------------------------------------
 * ufile_flush - write what the buffer holds
 *------------------------------------------------------------------------
 */
static	void	ufile_flush(struct ufile *f)
{
	if (f->n > 0) {
		write(f->fd, f->buf, f->n);
		f->n = 0;
	}
}

/*------------------------------------------------------------------------
 * ufile_put - add one character, writing the buffer when it is full
 *------------------------------------------------------------------------
 */
static	void	ufile_put(int c, void *arg)
{
	struct	ufile	*f = arg;

	if (f->n == UIO_BUFSIZE) {
		ufile_flush(f);
	}
	f->buf[f->n++] = (char)c;
}

/*------------------------------------------------------------------------
 * vfprintf - format onto descriptor fd; returns the characters produced
 *------------------------------------------------------------------------
 */
int	vfprintf(int fd, const char *fmt, va_list ap)
{
	struct	ufile	f;
	int	count;

	f.fd = fd;
	f.n = 0;
	count = _ufmt(ufile_put, &f, fmt, ap);
	ufile_flush(&f);
	return count;
}
