#!/bin/bash
# test-config.sh - host tests of the configuration tool (config/config.c)
#
#   tests/host/test-config.sh [path/to/built/config]
#
# Without an argument the tool is built from config/*.c into a temporary
# directory, the way compile/Makefile builds it.  Runs the tool on the real
# config/Configuration and on small good and bad files, prints one line per
# check and ends with "N passed, N failed"; exits non-zero if any failed.

set -u

TOP=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

npass=0
nfail=0

pass() { echo "PASS $1"; npass=$((npass + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; nfail=$((nfail + 1)); }

if [ $# -ge 1 ]; then
	CONFIG=$1
else
	CONFIG=$TMP/config
	if ! gcc -O2 -Wall -Werror -o "$CONFIG" "$TOP"/config/*.c; then
		fail "build config tool"
		echo "$npass passed, $nfail failed"
		exit 1
	fi
fi

# Stand-in for xinu.h: just what conf.h and conf.c need, so the generated
# code can be compiled with the kernel's warning flags on the host
mkdir -p "$TMP/inc"
cat > "$TMP/inc/xinu.h" <<'EOF'
typedef int		int32;
typedef unsigned char	byte;
typedef int32		devcall;
#define	NULL	0
#include <conf.h>
extern	devcall	ioerr(void);
extern	devcall	ionull(void);
EOF
CCFLAGS=(-m32 -ffreestanding -nostdinc -O2 -Wall -Wextra -Werror -Wno-unused-parameter)

# compiles NAME DIR: conf.c and conf.h generated in DIR build cleanly
compiles() {
	if gcc "${CCFLAGS[@]}" -I"$TMP/inc" -I"$2" -c -o "$2/conf.o" "$2/conf.c" \
			2> "$2/cc.err"; then
		pass "$1"
	else
		fail "$1" "$(head -3 "$2/cc.err")"
	fi
}

# has NAME FILE REGEX: FILE has a line matching the extended REGEX
has() {
	if grep -Eq -- "$3" "$2" 2>/dev/null; then
		pass "$1"
	else
		fail "$1" "no line matching '$3' in $(basename "$2")"
	fi
}

# good NAME: run the tool on $TMP/NAME.conf, expecting success
good() {
	local d=$TMP/$1
	mkdir -p "$d"
	if "$CONFIG" "$TMP/$1.conf" "$d/conf.c" "$d/conf.h" 2> "$d/err"; then
		pass "$1: accepted"
	else
		fail "$1: accepted" "$(cat "$d/err")"
	fi
}

# bad NAME MESSAGE: the tool must reject $TMP/NAME.conf with exit status
# non-zero, print MESSAGE (a fixed string, including FILE:LINE), and
# leave no output files behind
bad() {
	local d=$TMP/$1 status
	mkdir -p "$d"
	echo stale > "$d/conf.h"
	"$CONFIG" "$TMP/$1.conf" "$d/conf.c" "$d/conf.h" 2> "$d/err"
	status=$?
	if [ $status -eq 0 ]; then
		fail "$1: rejected" "exit status 0"
	elif ! grep -Fq -- "$2" "$d/err"; then
		fail "$1: rejected" "expected '$2', got '$(cat "$d/err")'"
	elif [ -e "$d/conf.c" ] || [ -e "$d/conf.h" ]; then
		fail "$1: rejected" "output files left behind"
	else
		pass "$1: rejected ($(head -1 "$d/err"))"
	fi
}

# Two small device types most test files start from
TYPES='tty:
	on uart	-i ttyinit -r ttyread -w ttywrite -intr ttyhandler
null:
	on nothing -i ionull -r ionull -w ionull
'

# --- the real Configuration ----------------------------------------------

R=$TMP/real
mkdir -p "$R"
if "$CONFIG" "$TOP/config/Configuration" "$R/conf.c" "$R/conf.h" \
		2> "$R/err"; then
	pass "real: accepted"
else
	fail "real: accepted" "$(cat "$R/err")"
fi
has "real: banner" "$R/conf.h" 'GENERATED FILE; DO NOT EDIT'
has "real: CONSOLE is 0" "$R/conf.h" '^#define[[:space:]]+CONSOLE[[:space:]]+0\b'
has "real: NULLDEV is 1" "$R/conf.h" '^#define[[:space:]]+NULLDEV[[:space:]]+1\b'
has "real: NDEVS is 3" "$R/conf.h" '^#define[[:space:]]+NDEVS[[:space:]]+3\b'
has "real: Ntty is 1" "$R/conf.h" '^#define[[:space:]]+Ntty[[:space:]]+1\b'
has "real: Nnull is 1" "$R/conf.h" '^#define[[:space:]]+Nnull[[:space:]]+1\b'
has "real: isbaddev" "$R/conf.h" '^#define[[:space:]]+isbaddev\(f\)'
has "real: devtab declared" "$R/conf.h" '^extern[[:space:]]+struct[[:space:]]+dentry[[:space:]]+devtab\[\];'
has "real: NPROC" "$R/conf.h" '^#define[[:space:]]+NPROC[[:space:]]+100\b'
has "real: NSEM" "$R/conf.h" '^#define[[:space:]]+NSEM[[:space:]]+100\b'
has "real: QUANTUM" "$R/conf.h" '^#define[[:space:]]+QUANTUM[[:space:]]+10\b'
has "real: handler prototype" "$R/conf.h" '^extern[[:space:]]+void[[:space:]]+ttyhandler\(void\);'
has "real: read prototype" "$R/conf.h" '^extern[[:space:]]+devcall[[:space:]]+ttyread\(struct dentry \*, char \*, int32\);'
has "real: conf.c includes xinu.h" "$R/conf.c" '^#include <xinu.h>'
has "real: console name" "$R/conf.c" '\.dvname[[:space:]]*= "CONSOLE"'
has "real: console csr" "$R/conf.c" '\.dvcsr[[:space:]]*= \(void \*\)0x3f8,'
has "real: console irq" "$R/conf.c" '\.dvirq[[:space:]]*= 4 \}'
compiles "real: conf.c compiles with -Wall -Wextra -Werror" "$R"

# The struct must be exactly the one the kernel was written against
sed -n '/^struct[[:space:]]*dentry[[:space:]]*{/,/^};/p' "$R/conf.h" 2>/dev/null \
	| sed 's@/\*.*\*/@@' | tr -s ' \t\n' ' ' > "$R/struct"
cat > "$R/struct.want" <<'EOF'
struct dentry { int32 dvnum; int32 dvminor; char *dvname; devcall (*dvinit)(struct dentry *); devcall (*dvopen)(struct dentry *, char *, char *); devcall (*dvclose)(struct dentry *); devcall (*dvread)(struct dentry *, char *, int32); devcall (*dvwrite)(struct dentry *, char *, int32); devcall (*dvseek)(struct dentry *, int32); devcall (*dvgetc)(struct dentry *); devcall (*dvputc)(struct dentry *, char); devcall (*dvcntl)(struct dentry *, int32, int32, int32); void *dvcsr; void (*dvintr)(void); byte dvirq; };
EOF
if [ "$(cat "$R/struct")" = "$(tr -s ' \t\n' ' ' < "$R/struct.want")" ]; then
	pass "real: struct dentry layout"
else
	fail "real: struct dentry layout" "$(cat "$R/struct")"
fi

# Section 3 overrides: NPROC can be changed with -D
if echo 'int x[NPROC];' | gcc -DNPROC=7 -include "$R/conf.h" -E -x c - \
		-I"$TMP/inc" 2>/dev/null | grep -q 'int x\[7\]'; then
	pass "real: NPROC can be overridden with -D"
else
	fail "real: NPROC can be overridden with -D"
fi

# --- good files: defaults, overrides, minors, comments, section 3 ---------

cat > "$TMP/full.conf" <<'EOF'
/* a comment before anything */
tty /* between name and colon */ :
	on uart	-i ttyinit -r ttyread -w ttywrite
		-intr ttyhandler -irq 4 -csr 0x3f8	/* defaults */
	on usb	-i ttyusbinit -intr ionull
null:	on nothing -i ionull -r ionull -g ionull
disk:	on ata -i diskinit
%%
CONSOLE	is tty on uart
SERIAL2	is tty on uart -csr 0x2f8 -irq 3 -r ttyread2
/* a multi-line
   comment between devices */
USBTTY	is tty on usb
NULLDEV	is null on nothing -w ionull
%%
/* verbatim text */
#define	NPROC	42
int32	verbatim_marker;	/* kept as written */
EOF
good full
F=$TMP/full
has "full: minor of the second tty on uart" "$F/conf.c" '\.dvminor[[:space:]]*= 1,'
has "full: minor of the tty on usb" "$F/conf.c" '\.dvminor[[:space:]]*= 2,'
has "full: Ntty counts every bus" "$F/conf.h" '^#define[[:space:]]+Ntty[[:space:]]+3\b'
has "full: Ndisk of an unused type is 0" "$F/conf.h" '^#define[[:space:]]+Ndisk[[:space:]]+0\b'
has "full: NDEVS" "$F/conf.h" '^#define[[:space:]]+NDEVS[[:space:]]+4\b'
has "full: USBTTY index" "$F/conf.h" '^#define[[:space:]]+USBTTY[[:space:]]+2\b'
has "full: device csr overrides the type's" "$F/conf.c" '\.dvcsr[[:space:]]*= \(void \*\)0x2f8,'
has "full: device irq overrides the type's" "$F/conf.c" '\.dvirq[[:space:]]*= 3 \}'
has "full: device function overrides the type's" "$F/conf.c" '\.dvread[[:space:]]*= ttyread2,'
has "full: missing function is ioerr" "$F/conf.c" '\.dvseek[[:space:]]*= .*ioerr,'
has "full: missing handler is NULL" "$F/conf.c" '\.dvintr[[:space:]]*= NULL,'
has "full: ionull as handler" "$F/conf.c" '\.dvintr[[:space:]]*= \(void \(\*\)\(void\)\).*ionull,'
has "full: no irq is NOIRQ" "$F/conf.c" '\.dvirq[[:space:]]*= NOIRQ \}'
has "full: section 3 copied" "$F/conf.h" '^int32	verbatim_marker;	/\* kept as written \*/$'
has "full: section 3 comment kept" "$F/conf.h" '^/\* verbatim text \*/$'
grep -q 'diskinit' "$F/conf.h" 2>/dev/null
if [ $? -ne 1 ]; then
	fail "full: no prototype for an unused type's functions"
else
	pass "full: no prototype for an unused type's functions"
fi
if [ "$(grep -c 'ttyinit(' "$F/conf.h" 2>/dev/null)" = 1 ]; then
	pass "full: one prototype per function"
else
	fail "full: one prototype per function"
fi
compiles "full: conf.c compiles with -Wall -Wextra -Werror" "$F"

# Without a third section
printf '%s%%%%\nNULLDEV is null on nothing\n' "$TYPES" > "$TMP/nosec3.conf"
good nosec3
compiles "nosec3: conf.c compiles" "$TMP/nosec3"

# --- bad files -------------------------------------------------------------

printf '%s%%%%\nCONSOLE is tty on uart -x foo\n' "$TYPES" > "$TMP/badswitch.conf"
bad badswitch "badswitch.conf:6: error: unknown switch '-x'"

printf 'tty:\n\ton uart -i ttyinit\n\t\t-bogus f\n%%%%\n' > "$TMP/badtypeswitch.conf"
bad badtypeswitch "badtypeswitch.conf:3: error: unknown switch '-bogus'"

printf '%s%%%%\nCONSOLE is tty on uart csr 0x3f8\n' "$TYPES" > "$TMP/keyword.conf"
bad keyword "keyword.conf:6: error: unexpected 'csr' in device 'CONSOLE'"

printf 'tty:\n\ton uart -i ttyinit extra\n%%%%\n' > "$TMP/typekeyword.conf"
bad typekeyword "typekeyword.conf:2: error: unexpected 'extra' in device type 'tty'"

printf '%s%%%%\nDISK is disk on ata\n' "$TYPES" > "$TMP/undeclared.conf"
bad undeclared "undeclared.conf:6: error: device 'DISK' has type 'disk', which is not declared"

printf '%s%%%%\nCONSOLE is tty on spi\n' "$TYPES" > "$TMP/badbus.conf"
bad badbus "badbus.conf:6: error: device 'CONSOLE': type 'tty' is not declared 'on spi'"

printf '%s%%%%\nCONSOLE is tty on uart\nNULLDEV is null on nothing\nCONSOLE is null on nothing\n' \
	"$TYPES" > "$TMP/dupdev.conf"
bad dupdev "dupdev.conf:8: error: duplicate device name 'CONSOLE' (first defined at line 6)"

printf 'tty:\n\ton uart -i a\ntty:\n\ton uart -i b\n%%%%\n' > "$TMP/duptype.conf"
bad duptype "duptype.conf:4: error: device type 'tty' is already declared on 'uart' at line 2"

printf '%s' "$TYPES" > "$TMP/nosep.conf"
bad nosep "nosep.conf:4: error: missing '%%' after the device types"

printf '%s%%%%\n%%%%\n#define X 1\n' "$TYPES" > "$TMP/nodevs.conf"
bad nodevs "error: no devices are defined"

printf '%s%%%%\nCONSOLE is tty on uart /* never closed\n' "$TYPES" > "$TMP/comment.conf"
bad comment "comment.conf:6: error: comment is not closed"

printf '%s%%%%\nCONSOLE is tty on uart -irq 16\n' "$TYPES" > "$TMP/badirq.conf"
bad badirq "badirq.conf:6: error: -irq 16: IRQ lines are 0 to 15"

printf '%s%%%%\nCONSOLE is tty on uart -csr 0x3fg\n' "$TYPES" > "$TMP/badcsr.conf"
bad badcsr "badcsr.conf:6: error: -csr needs a number, found '0x3fg'"

printf '%s%%%%\nCONSOLE is tty on uart -csr\n' "$TYPES" > "$TMP/novalue.conf"
bad novalue "novalue.conf:6: error: switch '-csr' needs a value"

printf '%s%%%%\nCONSOLE is tty on uart -r a -r b\n' "$TYPES" > "$TMP/twice.conf"
bad twice "twice.conf:6: error: switch '-r' given twice"

printf '%s%%%%\nCONSOLE is tty on uart -r 9lives\n' "$TYPES" > "$TMP/badfn.conf"
bad badfn "badfn.conf:6: error: -r needs a function name, found '9lives'"

printf '%s%%%%\nCONSOLE is tty on uart -g ttyread\n' "$TYPES" > "$TMP/proto.conf"
bad proto "proto.conf:6: error: function 'ttyread' is used for -g here but for -r"

printf '%s%%%%\nNDEVS is null on nothing\n' "$TYPES" > "$TMP/reserved.conf"
bad reserved "reserved.conf:6: error: device name 'NDEVS' is reserved"

printf '%s%%%%\nNtty is null on nothing\n' "$TYPES" > "$TMP/clash.conf"
bad clash "clash.conf:6: error: device name 'Ntty' clashes with device type 'tty'"

printf '%s%%%%\nCONSOLE tty on uart\n' "$TYPES" > "$TMP/nois.conf"
bad nois "nois.conf:6: error: unexpected 'CONSOLE': expected a device definition"

printf 'tty: -i ttyinit\n%%%%\n' > "$TMP/noon.conf"
bad noon "noon.conf:1: error: device type 'tty' needs an 'on BUS' clause"

printf '%s%%%%\nCONSOLE is tty on uart\n%%%% junk\n' "$TYPES" > "$TMP/sepjunk.conf"
bad sepjunk "sepjunk.conf:7: error: unexpected text after '%%'"

bad missingfile "cannot open $TMP/missingfile.conf"

# Wrong usage
if "$CONFIG" "$TOP/config/Configuration" 2> "$TMP/usage.err"; then
	fail "usage: wrong argument count rejected" "exit status 0"
elif grep -q '^usage:' "$TMP/usage.err"; then
	pass "usage: wrong argument count rejected"
else
	fail "usage: wrong argument count rejected" "$(cat "$TMP/usage.err")"
fi

echo "$npass passed, $nfail failed"
[ $nfail -eq 0 ]
