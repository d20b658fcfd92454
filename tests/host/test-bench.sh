#!/bin/bash
# test-bench.sh - `make bench` runs and prints every row (mk/bench.mk)
#
#   tests/host/test-bench.sh
#
# Runs the benchmark in its quick form (BENCH_REPS samples per row, 11 by
# default; KVM not tried unless BENCH_KVM says so) and checks that every
# row of the table is printed with a figure, that the Linux reference rows
# and the page-reference workloads are there, and that the run's own
# sanity notes hold (CR3 loads only between vcreate processes, every fault
# classified, vmcheck OK).  Nothing is asserted about speed.  Prints one
# line per check and ends with "N passed, N failed"; exits non-zero if any
# failed.

set -u

TOP=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TOP" || exit 1

npass=0
nfail=0

pass() { echo "PASS $1"; npass=$((npass + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; nfail=$((nfail + 1)); }
finish() { echo "$npass passed, $nfail failed"; [ "$nfail" -eq 0 ]; exit $?; }

REPS=${BENCH_REPS:-11}
KVM=${BENCH_KVM:-0}

# The top Makefile includes mk/bench.mk; until it does, name both files
if grep -q '^include.*mk/bench.mk' Makefile; then
	MAKEFILES="-f Makefile"
else
	MAKEFILES="-f Makefile -f mk/bench.mk"
fi

# shellcheck disable=SC2086
if make --no-print-directory $MAKEFILES bench BENCH_REPS="$REPS" \
		BENCH_KVM="$KVM" BENCH_OUT="$TMP/table.txt" > "$TMP/out" 2>&1; then
	pass "make bench BENCH_REPS=$REPS runs to its end"
else
	fail "make bench BENCH_REPS=$REPS" "$(grep -v '^  CC' "$TMP/out" | tail -5)"
	finish
fi
if [ -s "$TMP/table.txt" ]; then
	pass "the table is written to BENCH_OUT"
else
	fail "the table is written to BENCH_OUT"
fi
OUT=$TMP/table.txt

# Every row: its label, then the samples, the instruction counts of the
# default and the small configuration (numbers) and the cycles (a number
# or n/a); host rows end with a number
python3 bench/bench.py --list-rows > "$TMP/rows"
nrows=0
while IFS= read -r label; do
	nrows=$((nrows + 1))
	line=$(grep -F -- "$label" "$OUT" | head -1)
	if [ -z "$line" ]; then
		fail "row printed: $label"
		continue
	fi
	rest=${line#*"$label"}
	if echo "$rest" | grep -Eq '^ +([0-9]+|-) +-?[0-9]+ +-?[0-9]+ +(-?[0-9]+|n/a)( +goal (default|default-small) <= [0-9]+: [0-9]+ (met|MISSED))?$'; then
		pass "row printed: $label"
	elif echo "$rest" | grep -Eq '^ +[0-9]+$'; then
		pass "row printed: $label (host, ns)"
	else
		fail "row printed: $label" "'$rest'"
	fi
done < "$TMP/rows"
[ "$nrows" -ge 20 ] && pass "$nrows rows listed" || fail "rows listed" "$nrows"

# The rows with a goal (bench.py's GOALS) print it, met or not: the test
# checks that it is printed, never that it is met (no speed is asserted)
ngoals=$(python3 -c 'import sys; sys.path.insert(0, "bench"); import bench; print(len(bench.GOALS))')
nshown=$(grep -Ec ' goal (default|default-small) <= [0-9]+: [0-9]+ (met|MISSED)$' "$OUT")
[ "$ngoals" -ge 8 ] && [ "$nshown" -eq "$ngoals" ] \
	&& pass "a goal beside each of the $ngoals rows that have one" \
	|| fail "a goal beside each row that has one" "$nshown of $ngoals"

# The header names the mode of each column
grep -q '^instructions: TCG -icount shift=0' "$OUT" \
	&& pass "instructions column: TCG icount" || fail "instructions column: TCG icount"
grep -Eq '^cycles: +(KVM|n/a \()' "$OUT" \
	&& pass "cycles column says which ran" || fail "cycles column says which ran"
grep -Eq '^machine: +.+, [0-9]+ CPUs' "$OUT" \
	&& pass "machine line" || fail "machine line"

# Sanity notes of the run itself
if grep -Eq '^note: ctx_vcreate ([0-9]+) CR3 loads in \1 switches' "$OUT"; then
	pass "every vcreate switch reloads CR3"
else
	fail "every vcreate switch reloads CR3" "$(grep 'ctx_vcreate' "$OUT" | tail -1)"
fi
grep -q '^note: ctx_create 0 CR3 loads' "$OUT" \
	&& pass "create switches keep CR3" || fail "create switches keep CR3"
grep -q '^note: unclassified faults 0$' "$OUT" \
	&& pass "every timed fault took a known path" \
	|| fail "every timed fault took a known path" "$(grep unclassified "$OUT")"
grep -q '^note: vmcheck OK$' "$OUT" \
	&& pass "vmcheck after the run" || fail "vmcheck after the run"

# The page-reference workloads, when their tools are in the tree
if [ -f tools/opt/replay.c ] && [ -f shell/xsh_vmworkload.c ]; then
	for k in seq rand zipf phase; do
		block=$(awk -v k="$k" '$1 == "STRING" && $2 == k { on = 1; next }
			$1 == "STRING" { on = 0 } on' "$OUT")
		ok=1
		for pol in OPT LRU FIFO CLOCK RANDOM; do
			echo "$block" | grep -Eq "^ +$pol +[0-9.]+ +[0-9.]+" || ok=0
		done
		echo "$block" | grep -Eq '^ +FIFO +[0-9]+ +[0-9.]+ +[0-9]+' || ok=0
		[ $ok -eq 1 ] && pass "workload $k: every policy vs OPT, kernel count" \
			|| fail "workload $k: every policy vs OPT, kernel count"
	done
else
	grep -q 'not run' "$OUT" && pass "workloads: hook reports they are absent" \
		|| fail "workloads: hook reports they are absent"
fi

finish
