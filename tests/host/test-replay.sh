#!/bin/bash
# test-replay.sh - host tests of the reference-string replayer (tools/opt/replay.c)
#
#   tests/host/test-replay.sh [path/to/built/replay]
#
# Without an argument the tool is built from tools/opt/replay.c into a
# temporary directory.  Runs its self-test (hand-checked strings, and OPT
# against an exhaustive search), checks on random strings that no policy
# beats OPT and none goes below the cold misses, and feeds it serial logs
# in the kernel's formats: kernel counts that agree with the simulation
# pass --check, counts that do not make it fail.  Prints one line per
# check and ends with "N passed, N failed"; exits non-zero if any failed.

set -u

TOP=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

npass=0
nfail=0

pass() { echo "PASS $1"; npass=$((npass + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; nfail=$((nfail + 1)); }
finish() { echo "$npass passed, $nfail failed"; [ "$nfail" -eq 0 ]; exit $?; }

if [ $# -ge 1 ]; then
	REPLAY=$1
else
	REPLAY=$TMP/replay
	if gcc -O2 -Wall -Wextra -Werror -o "$REPLAY" "$TOP"/tools/opt/replay.c \
			2> "$TMP/cc.err"; then
		pass "build replay"
	else
		fail "build replay" "$(head -3 "$TMP/cc.err")"
		finish
	fi
fi

# The self-test exits non-zero on any mismatch
if "$REPLAY" --selftest > "$TMP/self.out" 2>&1; then
	pass "selftest ($(tail -1 "$TMP/self.out"))"
else
	fail "selftest" "$(grep FAIL "$TMP/self.out" | head -3)"
fi

# count FILE POLICY: the fault count of a row of replay's table
count() {
	awk -v p="$2" '$1 == p { print $2; exit }' "$1"
}

# Random strings: OPT <= every policy, and every count >= the distinct
# pages (cold misses) and <= the length
for seed in 1 2 3 4 5 6 7 8; do
	n=$((500 + seed * 300))
	pages=$((10 + seed * 7))
	frames=$((2 + seed * 3))
	awk -v s="$seed" -v n="$n" -v m="$pages" 'BEGIN {
		srand(s)
		for (i = 0; i < n; i++)
			printf "%d%s", int(rand() * m), (i % 16 == 15) ? "\n" : " "
		print ""
	}' > "$TMP/str$seed"
	if ! "$REPLAY" -f "$frames" "$TMP/str$seed" > "$TMP/out$seed" 2>&1; then
		fail "random string $seed" "replay failed: $(head -2 "$TMP/out$seed")"
		continue
	fi
	distinct=$(tr -s ' ' '\n' < "$TMP/str$seed" | grep -v '^$' | sort -u | wc -l)
	opt=$(count "$TMP/out$seed" OPT)
	bad=""
	for p in LRU FIFO CLOCK CLOCK-Pro RANDOM; do
		c=$(count "$TMP/out$seed" "$p")
		if [ -z "$c" ] || awk -v c="$c" -v o="$opt" 'BEGIN { exit !(c < o) }'; then
			bad="$bad $p=$c<OPT=$opt"
		fi
	done
	if [ -z "$opt" ] || [ "$opt" -lt "$distinct" ] || [ "$opt" -gt "$n" ]; then
		bad="$bad OPT=$opt outside [$distinct,$n]"
	fi
	if [ -z "$bad" ]; then
		pass "random string $seed ($n refs, $pages pages, $frames frames): OPT $opt is the least"
	else
		fail "random string $seed" "$bad"
	fi
done

# A serial log as the test runner prints it (with a prefix): the classic
# string, and the kernel's counts for it
log() {		# log FIFO-COUNT CLOCK-COUNT LAYOUT-LINE [CLOCKPRO-COUNT]
	cat <<EOF
  | xsh \$ vmworkload demo 1 all dump
  | WORKLOAD demo seed 1 policy fifo frames 3 refs 12 faults $1
  | WORKLOAD demo seed 1 policy clock frames 3 refs 12 faults $2
  | LAYOUT demo seed 1 hand 1 frames 3
  | $3
  | LAYOUT END
  | WORKLOAD demo seed 1 policy clockpro frames 3 refs 12 faults ${4:-8}
  | WORKLOAD demo seed 1 policy random frames 3 refs 12 faults 8
  | REFS 12 demo seed 1 pages 5
  | 1 2 3 4 1 2 5 1 2 3 4 5
  | REFS END
EOF
}
# Frames in order but the hand at 1: CLOCK faults 10 times on this string
# (traced by hand); from hand 0, 9 times
log 9 10 "0 1 2" > "$TMP/good.log"
if "$REPLAY" --check "$TMP/good.log" > "$TMP/good.out" 2>&1; then
	pass "serial log: kernel FIFO and CLOCK counts agree (--check)"
else
	fail "serial log: kernel counts agree" "$(cat "$TMP/good.out")"
fi
if [ "$(count "$TMP/good.out" FIFO)" = 9 ] && [ "$(count "$TMP/good.out" OPT)" = 7 ] \
   && [ "$(count "$TMP/good.out" LRU)" = 10 ] && [ "$(count "$TMP/good.out" CLOCK)" = 9 ] \
   && [ "$(count "$TMP/good.out" CLOCK@kernel)" = 10 ] \
   && [ "$(count "$TMP/good.out" CLOCK-Pro)" = 8 ] \
   && grep -q '^STRING demo seed 1 refs 12 pages 5 frames 3$' "$TMP/good.out"; then
	pass "serial log: frames taken from WORKLOAD, every row present"
else
	fail "serial log: rows" "$(cat "$TMP/good.out")"
fi
log 8 10 "0 1 2" > "$TMP/bad.log"
if "$REPLAY" --check "$TMP/bad.log" > "$TMP/bad.out" 2>&1; then
	fail "serial log: a wrong FIFO count fails --check"
elif grep -q MISMATCH "$TMP/bad.out"; then
	pass "serial log: a wrong FIFO count fails --check"
else
	fail "serial log: a wrong FIFO count" "no MISMATCH in the output"
fi
log 9 9 "0 1 2" > "$TMP/bad2.log"
if "$REPLAY" --check "$TMP/bad2.log" > /dev/null 2>&1; then
	fail "serial log: a wrong CLOCK count fails --check"
else
	pass "serial log: a wrong CLOCK count fails --check"
fi
# CLOCK-Pro (8 faults on this string, traced by hand) is checked too
log 9 10 "0 1 2" 7 > "$TMP/bad3.log"
if "$REPLAY" --check "$TMP/bad3.log" > "$TMP/bad3.out" 2>&1; then
	fail "serial log: a wrong CLOCK-Pro count fails --check"
elif grep -q 'CLOCK-Pro .*MISMATCH' "$TMP/bad3.out"; then
	pass "serial log: a wrong CLOCK-Pro count fails --check"
else
	fail "serial log: a wrong CLOCK-Pro count" "no MISMATCH on its row"
fi
if grep -q 'CLOCK-Pro .* 8  = simulated' "$TMP/good.out"; then
	pass "serial log: the kernel's CLOCK-Pro count = simulated"
else
	fail "serial log: the kernel's CLOCK-Pro count" "$(grep CLOCK-Pro "$TMP/good.out")"
fi

# Without a comparable kernel count, --check has nothing to vouch for
printf 'REFS 3\n1 2 3\nREFS END\n' > "$TMP/nokern.log"
if "$REPLAY" --check -f 2 "$TMP/nokern.log" > /dev/null 2>&1; then
	fail "serial log: --check without kernel counts fails"
else
	pass "serial log: --check without kernel counts fails"
fi

# A fault trace: (pid, page) names a page, so the same page number of two
# processes counts twice
cat > "$TMP/trace.log" <<'EOF'
noise before
TRACE BEGIN n=5 dropped=0
T 5 2000 T 5 2001 T 6 2000 T 5 2000
T 6 2000
TRACE END
EOF
if "$REPLAY" -f 2 "$TMP/trace.log" > "$TMP/trace.out" 2>&1 \
   && grep -q '^STRING trace refs 5 pages 3 frames 2$' "$TMP/trace.out" \
   && [ "$(count "$TMP/trace.out" OPT)" = 3 ]; then
	pass "fault trace read as a string of (pid, page)"
else
	fail "fault trace" "$(cat "$TMP/trace.out")"
fi

# The host's copy of the workload generator (tools/opt/wlgen.c) writes the
# kernel's strings: at seed 1 and 64 frames its strings give the OPT counts
# the kernel's own strings give in make bench (docs/performance.md), and
# the same CLOCK-Pro counts the kernel has (1456, 2086, 715, 311, 1392, 256)
WLGEN=$TMP/wlgen
if gcc -O2 -Wall -Wextra -Werror -o "$WLGEN" "$TOP"/tools/opt/wlgen.c 2> "$TMP/wcc.err"; then
	"$WLGEN" -f 64 -w 256 all 1 > "$TMP/wl1.log" 2> "$TMP/wl1.err"
	"$REPLAY" -f 64 "$TMP/wl1.log" > "$TMP/wl1.out" 2>&1
	got=$(awk '$1 == "STRING" { s = $2 " " $8 } $1 == "OPT" { o = $2 }
		$1 == "CLOCK-Pro" { printf "%s %s %s; ", s, o, $2 }' "$TMP/wl1.out")
	want="seq 96 1408 1456; rand 128 918 2086; zipf 128 371 715; phase 118 199 311; loophot 96 1236 1392; scan 256 256 256; "
	if [ "$got" = "$want" ]; then
		pass "wlgen: the workloads of seed 1 are the kernel's (OPT and CLOCK-Pro counts)"
	else
		fail "wlgen: seed 1" "got '$got'"
	fi
	if "$WLGEN" nosuchkind 1 > /dev/null 2>&1; then
		fail "wlgen: an unknown workload is refused"
	else
		pass "wlgen: an unknown workload is refused"
	fi
else
	fail "build wlgen" "$(head -3 "$TMP/wcc.err")"
fi

# Input that holds no string is an error
echo "hello world" > "$TMP/none.log"
if "$REPLAY" -f 4 "$TMP/none.log" > /dev/null 2>&1; then
	fail "input without a string is refused"
else
	pass "input without a string is refused"
fi

finish
