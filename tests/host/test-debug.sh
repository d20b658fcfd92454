#!/usr/bin/env bash
# test-debug.sh - `make debug` attaches gdb with symbols to a halted QEMU:
# run it without a terminal (DEBUG_BATCH=1) and check gdb stopped at the
# breakpoint in nulluser with source information.
set -u
cd "$(dirname "$0")/../.."
pass=0; fail=0
out=$(DEBUG_BATCH=1 GDBPORT=${GDBPORT:-12345} timeout 120 make -s debug 2>&1)
rc=$?
if [ $rc -eq 0 ] && echo "$out" | grep -q "Breakpoint 1, nulluser" \
   && echo "$out" | grep -q "nulluser.*initialize.c"; then
	echo "PASS make debug stops at nulluser with symbols"; pass=$((pass + 1))
else
	echo "FAIL make debug stops at nulluser with symbols (status $rc)"
	echo "$out" | tail -n 15 | sed 's/^/    /'
	fail=$((fail + 1))
fi
# (no pgrep: procps may not be installed) look through /proc instead
if ! grep -qs -- "tcp::${GDBPORT:-12345}" /proc/[0-9]*/cmdline; then
	echo "PASS QEMU is gone after gdb ends"; pass=$((pass + 1))
else
	echo "FAIL QEMU is gone after gdb ends"; fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
