#!/usr/bin/env bash
# test-loop.sh - the everyday loop as a user meets it over the serial line:
# the live memory view (memmap -w in the shell, memmap_watch from a MAIN=
# program that swaps) and `make MAIN=prog.c run` saying that main ended
# and how to leave QEMU.  The checks are in test-loop.py; prints PASS/FAIL
# lines and "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
make -s kernel >/dev/null || { echo "FAIL build the shell kernel"; echo "0 passed, 1 failed"; exit 1; }
make -s -C compile OUT=xinu-watch MAIN="$PWD/tests/host/watchprog.c" \
	DEFS="-DMAX_FFS_SIZE=64 -DMAX_SWAP_SIZE=256 -DMAX_PT_SIZE=64 -DBATCH" \
	>/dev/null || { echo "FAIL build watchprog.c"; echo "0 passed, 1 failed"; exit 1; }
exec python3 tests/host/test-loop.py
