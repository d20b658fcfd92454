#!/usr/bin/env bash
# debug.sh - start QEMU halted with a gdb stub and attach gdb with symbols.
# QEMU runs in the background with its serial console in compile/debug-serial.log;
# quitting gdb stops it.  DEBUG_BATCH=1 runs gdb without a terminal: it stops
# at nulluser, prints where it is and a backtrace, and ends (tests use it).
# gdb connects to 127.0.0.1 (not "localhost", which a minimal system may not
# resolve) and retries until QEMU listens.
# Usage: tools/debug.sh KERNEL QEMU [QEMU-FLAGS...]
set -u
kernel=$1; shift
port=${GDBPORT:-1234}
"$@" -kernel "$kernel" -serial file:compile/debug-serial.log -monitor none \
	-S -gdb tcp::"$port" &
qpid=$!
trap 'kill $qpid 2>/dev/null; wait $qpid 2>/dev/null' EXIT
echo "QEMU is waiting for gdb on port $port; serial output goes to compile/debug-serial.log"
if [ "${DEBUG_BATCH:-0}" = 1 ]; then
	timeout 60 gdb -q -batch "$kernel" -ex "set tcp connect-timeout 20" \
		-ex "target remote 127.0.0.1:$port" \
		-ex "break nulluser" -ex "continue" -ex "info symbol \$pc" \
		-ex "bt" </dev/null
else
	gdb -q "$kernel" -ex "set tcp connect-timeout 20" \
		-ex "target remote 127.0.0.1:$port" -ex "break nulluser" -ex "continue"
fi
