/* config.c - main */

/*
 * config - the Xinu configuration tool (runs on the build host)
 *
 *	config Configuration conf.c conf.h
 *
 * The Configuration file has three sections separated by "%%" lines:
 *
 *  1. device types: "TYPE:" followed by one or more "on BUS switches..."
 *     clauses, where the switches name the driver functions and the
 *     default hardware settings of that type on that bus;
 *  2. devices: "NAME is TYPE on BUS switches...", where the switches
 *     override the type's defaults for this one device;
 *  3. text copied verbatim into conf.h (the kernel's size constants).
 *
 * C comments may appear anywhere.  A driver function the type does not
 * name defaults to ioerr (the Xinu rule); anything the tool does not
 * understand is reported as FILE:LINE and stops it with a non-zero exit,
 * leaving no output behind, so a broken configuration can never be
 * built against stale files.
 */

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define	MAXIRQ		15		/* IRQ lines of the two 8259 PICs	*/
#define	NOIRQ_VALUE	0xff		/* dvirq of a device without an IRQ	*/
#define	DEFAULT_FN	"ioerr"		/* driver function a type leaves out	*/

/* Driver-function slots, in the order of struct dentry */
enum	slot	{ S_INIT, S_OPEN, S_CLOSE, S_READ, S_WRITE, S_SEEK,
		  S_GETC, S_PUTC, S_CNTL, S_INTR, NSLOTS };

struct	slotdesc {
	const char	*sw;		/* switch that sets it		*/
	const char	*field;		/* member of struct dentry	*/
	const char	*ret;		/* return type			*/
	const char	*params;	/* parameter list		*/
};

static const struct slotdesc slots[NSLOTS] = {
	{ "-i",    "dvinit",  "devcall", "(struct dentry *)" },
	{ "-o",    "dvopen",  "devcall", "(struct dentry *, char *, char *)" },
	{ "-c",    "dvclose", "devcall", "(struct dentry *)" },
	{ "-r",    "dvread",  "devcall", "(struct dentry *, char *, int32)" },
	{ "-w",    "dvwrite", "devcall", "(struct dentry *, char *, int32)" },
	{ "-s",    "dvseek",  "devcall", "(struct dentry *, int32)" },
	{ "-g",    "dvgetc",  "devcall", "(struct dentry *)" },
	{ "-p",    "dvputc",  "devcall", "(struct dentry *, char)" },
	{ "-n",    "dvcntl",  "devcall", "(struct dentry *, int32, int32, int32)" },
	{ "-intr", "dvintr",  "void",    "(void)" },
};

#define	SW_CSR	"-csr"
#define	SW_IRQ	"-irq"

/* Settings given by one list of switches; NULL / has* = 0 means unset */
struct	options {
	char		*fn[NSLOTS];
	int		hascsr;
	unsigned long	csr;
	int		hasirq;
	int		irq;
};

/* One "on BUS" clause of a device type */
struct	typebus {
	int		type;		/* index in typenames		*/
	char		*bus;
	struct options	opt;
	int		line;
};

struct	device {
	char		*name;
	int		tb;		/* index in typebuses		*/
	struct options	opt;		/* effective settings		*/
	int		minor;
	int		line;
};

struct	token {
	char	*text;
	int	line;
};

/* Function named in the devices' slots, for prototypes and clash checks */
struct	fnref {
	char	*name;
	int	slot;			/* first slot it appeared in	*/
	int	line;
};

static const char	*cfgname;	/* Configuration path, for messages */
static const char	*outc, *outh;	/* outputs removed on any error	*/

static struct token	*toks;
static int		ntoks, atoks, ti;
static int		lastline = 1;	/* line of the last token	*/
static char		*section3;	/* text after the second "%%"	*/

static char		**typenames;
static int		*typecount;
static int		ntypes;
static struct typebus	*tbs;
static int		ntbs;
static struct device	*devs;
static int		ndevs;
static struct fnref	*fns;
static int		nfns;

/*------------------------------------------------------------------------
 *  fail  -  report an error at a line of the Configuration and stop
 *------------------------------------------------------------------------
 */
static void fail(int line, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));

static void fail(int line, const char *fmt, ...)
{
	va_list	ap;

	if (line > 0) {
		fprintf(stderr, "%s:%d: error: ", cfgname, line);
	} else {
		fprintf(stderr, "config: error: ");
	}
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (outc != NULL) {
		unlink(outc);
	}
	if (outh != NULL) {
		unlink(outh);
	}
	exit(1);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (p == NULL) {
		fail(0, "out of memory");
	}
	return p;
}

/* Grow-by-one helper for the tables above */
#define	GROW(arr, n)	((arr) = xrealloc((arr), ((n) + 1) * sizeof(*(arr))))

static char *xstrndup(const char *s, size_t n)
{
	char	*d = xrealloc(NULL, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

static int isident(const char *s)
{
	if (s == NULL || !(isalpha((unsigned char)*s) || *s == '_')) {
		return 0;
	}
	for (s++; *s != '\0'; s++) {
		if (!(isalnum((unsigned char)*s) || *s == '_')) {
			return 0;
		}
	}
	return 1;
}

/*------------------------------------------------------------------------
 *  readfile  -  read the whole Configuration into memory
 *------------------------------------------------------------------------
 */
static char *readfile(const char *path)
{
	FILE	*f;
	char	*buf = NULL;
	size_t	len = 0, n;
	char	chunk[4096];

	f = fopen(path, "r");
	if (f == NULL) {
		fail(0, "cannot open %s: %s", path, strerror(errno));
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf = xrealloc(buf, len + n + 1);
		memcpy(buf + len, chunk, n);
		len += n;
	}
	if (ferror(f)) {
		fail(0, "cannot read %s: %s", path, strerror(errno));
	}
	fclose(f);
	buf = xrealloc(buf, len + 1);
	buf[len] = '\0';
	if (strlen(buf) != len) {
		fail(0, "%s contains a NUL byte", path);
	}
	return buf;
}

static void addtoken(const char *s, size_t n, int line)
{
	if (ntoks == atoks) {
		atoks = atoks ? 2 * atoks : 64;
		toks = xrealloc(toks, atoks * sizeof(*toks));
	}
	toks[ntoks].text = xstrndup(s, n);
	toks[ntoks].line = line;
	ntoks++;
}

/*------------------------------------------------------------------------
 *  lex  -  split sections 1 and 2 into words and ':', drop comments,
 *	    and keep section 3 as raw text
 *------------------------------------------------------------------------
 */
static void lex(char *p)
{
	int	line = 1;
	int	nseps = 0;
	char	*start;
	int	cline;

	for (;;) {
		/* white space and comments */
		for (;;) {
			if (*p == '\n') {
				line++;
				p++;
			} else if (isspace((unsigned char)*p)) {
				p++;
			} else if (p[0] == '/' && p[1] == '*') {
				cline = line;
				for (p += 2; !(p[0] == '*' && p[1] == '/'); p++) {
					if (*p == '\0') {
						fail(cline, "comment is not closed");
					}
					if (*p == '\n') {
						line++;
					}
				}
				p += 2;
			} else {
				break;
			}
		}
		if (*p == '\0') {
			break;
		}
		if (*p == ':') {
			addtoken(p, 1, line);
			p++;
			continue;
		}
		start = p;
		while (*p != '\0' && !isspace((unsigned char)*p) && *p != ':'
				&& !(p[0] == '/' && p[1] == '*')) {
			p++;
		}
		addtoken(start, p - start, line);
		if (strcmp(toks[ntoks - 1].text, "%%") != 0 || ++nseps < 2) {
			continue;
		}

		/* Second "%%": the rest of its line must be empty; the
		   following lines go to conf.h untouched */
		while (*p == ' ' || *p == '\t' || *p == '\r') {
			p++;
		}
		if (*p != '\0' && *p != '\n') {
			fail(line, "unexpected text after '%%%%'");
		}
		if (*p == '\n') {
			p++;
		}
		section3 = p;
		break;
	}
	/* Errors "at the end of the file" point at its last word */
	lastline = ntoks > 0 ? toks[ntoks - 1].line : line;
}

/* Token k ahead of the current one, or NULL past the end */
static const char *peek(int k)
{
	return ti + k < ntoks ? toks[ti + k].text : NULL;
}

static int peekis(int k, const char *s)
{
	const char	*t = peek(k);

	return t != NULL && strcmp(t, s) == 0;
}

/* Line of the current token, or of the end of the file */
static int curline(void)
{
	return ti < ntoks ? toks[ti].line : lastline;
}

static int findtype(const char *name)
{
	int	i;

	for (i = 0; i < ntypes; i++) {
		if (strcmp(typenames[i], name) == 0) {
			return i;
		}
	}
	return -1;
}

/*------------------------------------------------------------------------
 *  parsenum  -  parse an unsigned C number (decimal, 0x hex or 0 octal)
 *------------------------------------------------------------------------
 */
static unsigned long parsenum(const char *sw, const char *s, int line)
{
	char		*end;
	unsigned long	v;

	errno = 0;
	if (!isdigit((unsigned char)*s)) {
		fail(line, "%s needs a number, found '%s'", sw, s);
	}
	v = strtoul(s, &end, 0);
	if (*end != '\0') {
		fail(line, "%s needs a number, found '%s'", sw, s);
	}
	if (errno == ERANGE || v > 0xffffffffUL) {
		fail(line, "%s value '%s' does not fit in 32 bits", sw, s);
	}
	return v;
}

/* Slot set by a function switch, or NSLOTS if sw is not one */
static int findslot(const char *sw)
{
	int	s;

	for (s = 0; s < NSLOTS; s++) {
		if (strcmp(sw, slots[s].sw) == 0) {
			break;
		}
	}
	return s;
}

/*------------------------------------------------------------------------
 *  parseoptions  -  read the switches that follow "on BUS"
 *------------------------------------------------------------------------
 */
static void parseoptions(struct options *o)
{
	const char	*sw, *arg;
	int		line, s;

	while (peek(0) != NULL && peek(0)[0] == '-') {
		line = curline();
		sw = toks[ti++].text;
		arg = peek(0);
		s = findslot(sw);
		if (arg == NULL || arg[0] == '-' || strcmp(arg, ":") == 0
				|| strcmp(arg, "%%") == 0) {
			if (s < NSLOTS || strcmp(sw, SW_CSR) == 0
					|| strcmp(sw, SW_IRQ) == 0) {
				fail(line, "switch '%s' needs a value", sw);
			}
			fail(line, "unknown switch '%s'", sw);
		}

		if (strcmp(sw, SW_CSR) == 0) {
			if (o->hascsr) {
				fail(line, "switch '%s' given twice", sw);
			}
			o->csr = parsenum(sw, arg, line);
			o->hascsr = 1;
		} else if (strcmp(sw, SW_IRQ) == 0) {
			if (o->hasirq) {
				fail(line, "switch '%s' given twice", sw);
			}
			o->irq = (int)parsenum(sw, arg, line);
			if (o->irq > MAXIRQ) {
				fail(line, "%s %s: IRQ lines are 0 to %d",
						sw, arg, MAXIRQ);
			}
			o->hasirq = 1;
		} else {
			if (s == NSLOTS) {
				fail(line, "unknown switch '%s'", sw);
			}
			if (o->fn[s] != NULL) {
				fail(line, "switch '%s' given twice", sw);
			}
			if (!isident(arg)) {
				fail(line, "%s needs a function name, found '%s'",
						sw, arg);
			}
			o->fn[s] = (char *)arg;
		}
		ti++;
	}
}

/*------------------------------------------------------------------------
 *  parsetypes  -  section 1: "TYPE:" then one or more "on BUS switches"
 *------------------------------------------------------------------------
 */
static void parsetypes(void)
{
	const char	*name, *bus;
	int		t, i, line;

	for (;;) {
		name = peek(0);
		line = curline();
		if (name == NULL) {
			fail(line, "missing '%%%%' after the device types");
		}
		ti++;
		if (strcmp(name, "%%") == 0) {
			return;
		}
		if (!isident(name) || !peekis(0, ":")) {
			fail(line, "unexpected '%s': expected a device type "
				"declaration 'TYPE: on BUS switches...'", name);
		}
		ti++;
		t = findtype(name);
		if (t < 0) {
			GROW(typenames, ntypes);
			GROW(typecount, ntypes);
			typenames[ntypes] = (char *)name;
			typecount[ntypes] = 0;
			t = ntypes++;
		}
		if (!peekis(0, "on")) {
			fail(curline(), "device type '%s' needs an 'on BUS' "
						"clause", name);
		}
		while (peekis(0, "on")) {
			ti++;
			line = curline();
			bus = peek(0);
			if (!isident(bus)) {
				fail(line, "expected a bus name after 'on'");
			}
			ti++;
			for (i = 0; i < ntbs; i++) {
				if (tbs[i].type == t
					    && strcmp(tbs[i].bus, bus) == 0) {
					fail(line, "device type '%s' is already "
						"declared on '%s' at line %d",
						name, bus, tbs[i].line);
				}
			}
			GROW(tbs, ntbs);
			memset(&tbs[ntbs], 0, sizeof(tbs[ntbs]));
			tbs[ntbs].type = t;
			tbs[ntbs].bus = (char *)bus;
			tbs[ntbs].line = line;
			parseoptions(&tbs[ntbs].opt);
			ntbs++;
		}

		/* What follows must start a new type or end the section */
		if (peek(0) != NULL && !peekis(0, "%%") && !peekis(1, ":")) {
			fail(curline(), "unexpected '%s' in device type '%s' "
				"(switches start with '-')", peek(0), name);
		}
	}
}

/*------------------------------------------------------------------------
 *  usefn  -  record a driver function a device uses, checking that one
 *	      name is not given two different prototypes
 *------------------------------------------------------------------------
 */
static void usefn(const char *name, int slot, int line)
{
	int	i;

	if (strcmp(name, "ioerr") == 0 || strcmp(name, "ionull") == 0) {
		return;		/* declared by prototypes.h, cast in conf.c */
	}
	for (i = 0; i < nfns; i++) {
		if (strcmp(fns[i].name, name) != 0) {
			continue;
		}
		if (strcmp(slots[fns[i].slot].ret, slots[slot].ret) != 0
		    || strcmp(slots[fns[i].slot].params,
				slots[slot].params) != 0) {
			fail(line, "function '%s' is used for %s here but for "
				"%s at line %d, and the two need different "
				"prototypes", name, slots[slot].sw,
				slots[fns[i].slot].sw, fns[i].line);
		}
		return;
	}
	GROW(fns, nfns);
	fns[nfns].name = (char *)name;
	fns[nfns].slot = slot;
	fns[nfns].line = line;
	nfns++;
}

/*------------------------------------------------------------------------
 *  parsedevices  -  section 2: "NAME is TYPE on BUS switches..."
 *------------------------------------------------------------------------
 */
static void parsedevices(void)
{
	const char	*name, *type, *bus;
	int		line, t, tb, i, s;
	struct device	*d;
	struct typebus	*p;

	for (;;) {
		name = peek(0);
		line = curline();
		if (name == NULL || strcmp(name, "%%") == 0) {
			ti++;
			return;
		}
		if (!isident(name) || !peekis(1, "is")) {
			fail(line, "unexpected '%s': expected a device "
				"definition 'NAME is TYPE on BUS switches...'",
				name);
		}
		ti += 2;
		type = peek(0);
		if (!isident(type)) {
			fail(curline(), "expected a device type after "
						"'%s is'", name);
		}
		ti++;
		if (!peekis(0, "on")) {
			fail(curline(), "expected 'on BUS' after '%s is %s'",
						name, type);
		}
		ti++;
		bus = peek(0);
		if (!isident(bus)) {
			fail(curline(), "expected a bus name after 'on'");
		}
		ti++;

		GROW(devs, ndevs);
		d = &devs[ndevs];
		memset(d, 0, sizeof(*d));
		d->name = (char *)name;
		d->line = line;
		parseoptions(&d->opt);
		if (peek(0) != NULL && !peekis(0, "%%") && !peekis(1, "is")) {
			fail(curline(), "unexpected '%s' in device '%s' "
				"(switches start with '-')", peek(0), name);
		}

		/* Type and bus must have been declared in section 1 */
		t = findtype(type);
		if (t < 0) {
			fail(line, "device '%s' has type '%s', which is not "
				"declared in the device types", name, type);
		}
		for (tb = 0; tb < ntbs; tb++) {
			if (tbs[tb].type == t && strcmp(tbs[tb].bus, bus) == 0) {
				break;
			}
		}
		if (tb == ntbs) {
			fail(line, "device '%s': type '%s' is not declared "
				"'on %s'", name, type, bus);
		}
		for (i = 0; i < ndevs; i++) {
			if (strcmp(devs[i].name, name) == 0) {
				fail(line, "duplicate device name '%s' (first "
					"defined at line %d)", name,
					devs[i].line);
			}
		}

		/* The device's own switches win over its type's */
		p = &tbs[tb];
		d->tb = tb;
		d->minor = typecount[t]++;
		for (s = 0; s < NSLOTS; s++) {
			if (d->opt.fn[s] == NULL) {
				d->opt.fn[s] = p->opt.fn[s];
			}
			if (d->opt.fn[s] == NULL && s != S_INTR) {
				d->opt.fn[s] = DEFAULT_FN;
			}
			if (d->opt.fn[s] != NULL) {
				usefn(d->opt.fn[s], s, line);
			}
		}
		if (!d->opt.hascsr) {
			d->opt.hascsr = p->opt.hascsr;
			d->opt.csr = p->opt.csr;
		}
		if (!d->opt.hasirq) {
			d->opt.hasirq = p->opt.hasirq;
			d->opt.irq = p->opt.irq;
		}
		ndevs++;
	}
}

/*------------------------------------------------------------------------
 *  checknames  -  a device name becomes a macro, so it must not hide
 *		   anything else conf.h or the drivers rely on
 *------------------------------------------------------------------------
 */
static void checknames(void)
{
	static const char *reserved[] = { "NDEVS", "NOIRQ", "isbaddev",
		"devtab", "dentry", "ioerr", "ionull", NULL };
	int	i, j;
	char	*name;

	if (ndevs == 0) {
		fail(lastline, "no devices are defined");
	}
	for (i = 0; i < ndevs; i++) {
		name = devs[i].name;
		for (j = 0; reserved[j] != NULL; j++) {
			if (strcmp(name, reserved[j]) == 0) {
				fail(devs[i].line, "device name '%s' is "
					"reserved by conf.h", name);
			}
		}
		for (j = 0; j < ntypes; j++) {
			if (strcmp(name, typenames[j]) == 0
			    || (name[0] == 'N'
				&& strcmp(name + 1, typenames[j]) == 0)) {
				fail(devs[i].line, "device name '%s' clashes "
					"with device type '%s'", name,
					typenames[j]);
			}
		}
		for (j = 0; j < nfns; j++) {
			if (strcmp(name, fns[j].name) == 0) {
				fail(devs[i].line, "device name '%s' clashes "
					"with a driver function", name);
			}
		}
	}
}

/*------------------------------------------------------------------------
 *  writeconfh  -  device names, counts, struct dentry, prototypes and
 *		   section 3
 *------------------------------------------------------------------------
 */
static void writeconfh(FILE *f)
{
	int	i;
	size_t	n;

	fprintf(f, "/* conf.h (GENERATED FILE; DO NOT EDIT) */\n\n");
	fprintf(f, "/* Made by the config tool from %s: change that file "
			"instead */\n\n", cfgname);
	fprintf(f, "#ifndef _CONF_H_\n#define _CONF_H_\n\n");

	fprintf(f,
"/* Device switch table entry: the device-independent calls (read, write,\n"
"   ...) find the driver function for a device here */\n"
"struct\tdentry\t{\n"
"\tint32\tdvnum;\t\t/* index in devtab\t\t\t*/\n"
"\tint32\tdvminor;\t/* index among devices of its type\t*/\n"
"\tchar\t*dvname;\t/* device name, as in the Configuration\t*/\n"
"\tdevcall\t(*dvinit)(struct dentry *);\n"
"\tdevcall\t(*dvopen)(struct dentry *, char *, char *);\n"
"\tdevcall\t(*dvclose)(struct dentry *);\n"
"\tdevcall\t(*dvread)(struct dentry *, char *, int32);\n"
"\tdevcall\t(*dvwrite)(struct dentry *, char *, int32);\n"
"\tdevcall\t(*dvseek)(struct dentry *, int32);\n"
"\tdevcall\t(*dvgetc)(struct dentry *);\n"
"\tdevcall\t(*dvputc)(struct dentry *, char);\n"
"\tdevcall\t(*dvcntl)(struct dentry *, int32, int32, int32);\n"
"\tvoid\t*dvcsr;\t\t/* control and status register address\t*/\n"
"\tvoid\t(*dvintr)(void);\t/* interrupt handler, or NULL\t*/\n"
"\tbyte\tdvirq;\t\t/* IRQ line, or NOIRQ\t\t\t*/\n"
"};\n\n"
"extern\tstruct\tdentry\tdevtab[];\t/* one entry per device\t*/\n\n");

	fprintf(f, "/* Device names: each is the device's index in devtab */\n");
	for (i = 0; i < ndevs; i++) {
		fprintf(f, "#define\t%s\t%d\t/* %s on %s */\n", devs[i].name,
				i, typenames[tbs[devs[i].tb].type],
				tbs[devs[i].tb].bus);
	}

	fprintf(f, "\n/* Number of devices of each type */\n");
	for (i = 0; i < ntypes; i++) {
		fprintf(f, "#define\tN%s\t%d\n", typenames[i], typecount[i]);
	}

	fprintf(f, "\n#define\tNDEVS\t%d\t/* devices in devtab */\n", ndevs);
	fprintf(f, "#define\tNOIRQ\t0x%x\t/* dvirq of a device with no "
			"interrupt line */\n\n", NOIRQ_VALUE);
	fprintf(f, "#define\tisbaddev(f)\t((int32)(f) < 0 || "
			"(int32)(f) >= NDEVS)\n\n");

	if (nfns > 0) {
		fprintf(f, "/* Driver functions the devices use */\n");
	}
	for (i = 0; i < nfns; i++) {
		fprintf(f, "extern\t%s\t%s%s;\n", slots[fns[i].slot].ret,
				fns[i].name, slots[fns[i].slot].params);
	}

	fprintf(f, "\n/* Configuration constants (section 3 of %s) */\n\n",
			cfgname);
	if (section3 != NULL) {
		n = strlen(section3);
		fputs(section3, f);
		if (n > 0 && section3[n - 1] != '\n') {
			fputc('\n', f);
		}
	}
	fprintf(f, "\n#endif /* _CONF_H_ */\n");
}

/* Initializer of one function slot; ioerr and ionull take no
   arguments, so they reach any slot through void (*)(void) */
static void writefn(FILE *f, int s, const char *fn)
{
	fprintf(f, "\t  .%s\t= ", slots[s].field);
	if (fn == NULL) {
		fprintf(f, "NULL,\n");
	} else if (strcmp(fn, "ioerr") == 0 || strcmp(fn, "ionull") == 0) {
		fprintf(f, "(%s (*)%s)(void (*)(void))%s,\n",
				slots[s].ret, slots[s].params, fn);
	} else {
		fprintf(f, "%s,\n", fn);
	}
}

/*------------------------------------------------------------------------
 *  writeconfc  -  the device switch table
 *------------------------------------------------------------------------
 */
static void writeconfc(FILE *f)
{
	int		i, s;
	struct device	*d;

	fprintf(f, "/* conf.c (GENERATED FILE; DO NOT EDIT) */\n\n");
	fprintf(f, "/* Made by the config tool from %s: change that file "
			"instead */\n\n", cfgname);
	fprintf(f, "#include <xinu.h>\n\n");
	fprintf(f, "struct\tdentry\tdevtab[NDEVS] = {\n");
	for (i = 0; i < ndevs; i++) {
		d = &devs[i];
		fprintf(f, "\n\t/* %s is %s on %s */\n", d->name,
				typenames[tbs[d->tb].type], tbs[d->tb].bus);
		fprintf(f, "\t{ .dvnum\t= %d,\n", i);
		fprintf(f, "\t  .dvminor\t= %d,\n", d->minor);
		fprintf(f, "\t  .dvname\t= \"%s\",\n", d->name);
		for (s = 0; s < NSLOTS; s++) {
			if (s != S_INTR) {
				writefn(f, s, d->opt.fn[s]);
			}
		}
		fprintf(f, "\t  .dvcsr\t= (void *)0x%lx,\n", d->opt.csr);
		writefn(f, S_INTR, d->opt.fn[S_INTR]);
		if (d->opt.hasirq) {
			fprintf(f, "\t  .dvirq\t= %d },\n", d->opt.irq);
		} else {
			fprintf(f, "\t  .dvirq\t= NOIRQ },\n");
		}
	}
	fprintf(f, "};\n");
}

/*------------------------------------------------------------------------
 *  writeout  -  create one output file with the given writer
 *------------------------------------------------------------------------
 */
static void writeout(const char *path, void (*writer)(FILE *))
{
	FILE	*f;
	int	bad;

	f = fopen(path, "w");
	if (f == NULL) {
		fail(0, "cannot create %s: %s", path, strerror(errno));
	}
	writer(f);
	bad = ferror(f);
	if (fclose(f) != 0 || bad) {
		fail(0, "cannot write %s: %s", path, strerror(errno));
	}
}

/*------------------------------------------------------------------------
 *  main  -  config Configuration conf.c conf.h
 *------------------------------------------------------------------------
 */
int main(int argc, char *argv[])
{
	if (argc != 4) {
		fprintf(stderr, "usage: %s Configuration conf.c conf.h\n",
				argc > 0 ? argv[0] : "config");
		return 2;
	}
	cfgname = argv[1];
	outc = argv[2];
	outh = argv[3];

	lex(readfile(cfgname));
	ti = 0;
	parsetypes();
	parsedevices();
	checknames();

	writeout(outh, writeconfh);
	writeout(outc, writeconfc);
	return 0;
}
