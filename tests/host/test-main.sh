#!/usr/bin/env bash
# test-main.sh - `make MAIN=prog.c batch` runs exactly the program named:
# two programs with the same file name in turn, one named like a kernel
# file (sleep.c), and a program that never returns ends at TIMEOUT with a
# non-zero status.  Prints PASS/FAIL lines and "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0; fail=0
check() {	# check NAME CONDITION-STATUS [detail]
	if [ "$2" -eq 0 ]; then echo "PASS $1"; pass=$((pass + 1));
	else echo "FAIL $1${3:+: $3}"; fail=$((fail + 1)); fi
}

prog() {	# prog FILE TEXT: a main that prints TEXT and returns
	mkdir -p "$(dirname "$1")"
	printf '#include <xinu.h>\nprocess main(void)\n{\n\tkprintf("%s\\n");\n\treturn OK;\n}\n' "$2" > "$1"
}
prog "$work/a/prog.c" "PROGRAM A"
prog "$work/b/prog.c" "PROGRAM B"
prog "$work/sleep.c" "PROGRAM SLEEP"
printf '#include <xinu.h>\nprocess main(void)\n{\n\tkprintf("LOOPING\\n");\n\tfor (;;) {\n\t\tsleepms(100);\n\t}\n\treturn OK;\n}\n' > "$work/loop.c"

for p in a/prog.c b/prog.c sleep.c a/prog.c; do
	want=$(sed -n 's/.*kprintf("\(.*\)\\n");/\1/p' "$work/$p")
	out=$(make -s MAIN="$work/$p" batch TIMEOUT=60 2>&1)
	rc=$?
	echo "$out" | grep -q "^$want" && [ $rc -eq 0 ]
	check "batch runs $p (expects '$want')" $? "status $rc, output: $(echo "$out" | tail -n 3 | tr '\n' ' ')"
done

# TIMEOUT must leave room to boot and print LOOPING on a loaded host
start=$(date +%s)
out=$(make -s MAIN="$work/loop.c" batch TIMEOUT=20 2>&1)
rc=$?
took=$(( $(date +%s) - start ))
echo "$out" | grep -q LOOPING && [ $rc -ne 0 ] && echo "$out" | grep -q "time limit"
check "batch ends a program that never returns at TIMEOUT, non-zero" $? "status $rc after ${took}s"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
