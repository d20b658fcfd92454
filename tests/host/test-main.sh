#!/usr/bin/env bash
# test-main.sh - `make MAIN=prog.c batch` runs exactly the program named:
# two programs with the same file name in turn, one named like a kernel
# file (sleep.c), and a program that never returns ends at TIMEOUT with a
# non-zero status; user files get the lab's flags (USERCFLAGS).  Prints PASS/FAIL lines and "N passed, N failed".
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

# User programs are compiled as the lab compiles them (-O0 -Wall, warnings
# never fatal): a student's plain read loop must really touch its pages,
# and a warning must not stop the build.  USERCFLAGS chooses other flags.
cat > "$work/reads.c" <<'PROG'
#include <xinu.h>
#include <paging.h>
#define NP 6
process reader(void)
{
	char *ptr = vmalloc(NP * PAGE_SIZE);
	char c;
	int i, j, unused;
	uint32 n = NP;
	for (i = 0; i < n; i++) {	/* signed/unsigned compare */
		c = ptr[i * PAGE_SIZE];
		c++;
	}
	for (j = 0; j < 100000; j++);
	kprintf("READER frames %d\n", used_ffs_frames(getpid()));
	return OK;
}
process main(void)
{
	resume(vcreate(reader, 2000, 30, "reader", 0));
	receive();
	return OK;
}
PROG
out=$(make -s MAIN="$work/reads.c" batch TIMEOUT=60 2>&1)
rc=$?
echo "$out" | grep -q "^READER frames 6" && [ $rc -eq 0 ]
check "user program at the default flags: plain reads touch every page" $? "status $rc, output: $(echo "$out" | grep -E 'READER|error' | tr '\n' ' ')"
echo "$out" | grep -q "warning: unused variable .unused."
check "user program warnings are shown, not fatal" $?
out=$(make -s MAIN="$work/reads.c" USERCFLAGS="-O2 -Wall" batch TIMEOUT=60 2>&1)
echo "$out" | grep -q "^READER frames 0"
check "USERCFLAGS=-O2 rebuilds the program with those flags (reads optimised away)" $? "$(echo "$out" | grep READER)"
out=$(make -s MAIN="$work/reads.c" USERCFLAGS="-O0 -Wall -Werror" batch TIMEOUT=60 2>&1)
rc=$?
[ $rc -ne 0 ] && echo "$out" | grep -q "error: unused variable"
check "USERCFLAGS=-Werror makes the warning fatal" $? "status $rc"
printf 'int twice(int x)\n{\n\treturn 2 * x;\n}\n' > "$work/util.c"
printf '#include <xinu.h>\nint twice(int);\nprocess main(void)\n{\n\tkprintf("TWICE %%d\\n", twice(21));\n\treturn OK;\n}\n' > "$work/two.c"
out=$(make -s MAIN="$work/two.c $work/util.c" batch TIMEOUT=60 2>&1)
rc=$?
echo "$out" | grep -q "^TWICE 42" && [ $rc -eq 0 ]
check "MAIN names several user files" $? "status $rc, $(echo "$out" | tail -n 3 | tr '\n' ' ')"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
