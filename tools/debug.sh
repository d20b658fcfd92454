#!/usr/bin/env bash
# debug.sh - start QEMU halted with a gdb stub and attach gdb with symbols.
#
# QEMU runs in a session of its own (setsid): Ctrl-C typed at gdb goes to
# gdb's process group only, so gdb stops the target and gives back its
# prompt, and QEMU lives on (in one process group, QEMU would die of the
# SIGINT).  The gdb stub and the serial console are unix sockets in a
# private directory under $TMPDIR, so two debug sessions on one machine
# never collide (no fixed TCP port).  The console stays interactive:
# `make debug-console` (or tools/debug.sh console) attaches minicom to it
# from another terminal; inside tmux a pane with the console opens by
# itself (DEBUG_PANE=0 stops that).  Everything the console prints is
# also kept in compile/debug-serial.log.  Quitting gdb stops QEMU.
#
# DEBUG_BATCH=1 runs gdb without a terminal: it stops at nulluser, prints
# where it is and a backtrace, runs the gdb commands of the file
# DEBUG_GDBX if one is given, and ends (tests use it).
#
# Usage: tools/debug.sh KERNEL QEMU [QEMU-FLAGS...]
#        tools/debug.sh console       attach to the running session's console
set -u
session=compile/debug-session		# names the running session's directory

# A second minicom on a socket QEMU already serves would hang in silence:
# the one attached holds a lock, and another is told the console is in use
attach() {	# attach SOCKET LOCKFILE
	if ! command -v minicom >/dev/null; then
		echo "debug: minicom is not installed (apt-get install minicom)" >&2
		exit 1
	fi
	exec 8>>"$2"
	if ! flock -n 8; then
		echo "debug: the console is in use (another minicom is attached to it); leave that one with Ctrl-A X" >&2
		exit 1
	fi
	echo "debug: attaching minicom to the console; Ctrl-A X leaves it (QEMU and gdb go on)"
	exec minicom -b 115200 -o ${MINICOM_OPTS:-} -D "unix#$1"
}

if [ "${1:-}" = console ]; then
	dir=$(cat "$session" 2>/dev/null)
	if [ -z "$dir" ] || [ ! -S "$dir/console.sock" ]; then
		echo "debug: no debug session is running in this tree; start one with: make debug" >&2
		exit 1
	fi
	attach "$dir/console.sock" "$dir/console.lock"
fi

kernel=$1; shift
dir=$(mktemp -d "${TMPDIR:-/tmp}/xinu-debug.XXXXXX") || exit 1
echo "$dir" > "$session"
log=compile/debug-serial.log
: > "$log"
setsid "$@" -kernel "$kernel" -monitor none -S \
	-gdb "unix:$dir/gdb.sock,server=on,wait=off" \
	-chardev "socket,id=ser0,path=$dir/console.sock,server=on,wait=off,logfile=$log" \
	-serial chardev:ser0 </dev/null 2>"$dir/qemu.err" &
qpid=$!
pane=
cleanup() {
	kill "$qpid" 2>/dev/null; wait "$qpid" 2>/dev/null
	[ -n "$pane" ] && tmux kill-pane -t "$pane" 2>/dev/null
	[ "$(cat "$session" 2>/dev/null)" = "$dir" ] && rm -f "$session"
	rm -rf "$dir"
}
trap cleanup EXIT
# The sockets exist once QEMU has set up its devices
for _ in $(seq 200); do
	[ -S "$dir/gdb.sock" ] && [ -S "$dir/console.sock" ] && break
	kill -0 "$qpid" 2>/dev/null || break
	sleep 0.1
done
if [ ! -S "$dir/gdb.sock" ]; then
	echo "debug: QEMU did not start:" >&2; cat "$dir/qemu.err" >&2
	exit 1
fi

if [ "${DEBUG_BATCH:-0}" = 1 ]; then
	echo "QEMU is halted for gdb ($dir/gdb.sock); console in $log"
	timeout 60 gdb -q -batch "$kernel" -ex "target remote $dir/gdb.sock" \
		-ex "break nulluser" -ex "continue" -ex "info symbol \$pc" \
		-ex "bt" ${DEBUG_GDBX:+-x "$DEBUG_GDBX"} </dev/null
	exit
fi
if [ -n "${TMUX:-}" ] && [ "${DEBUG_PANE:-1}" = 1 ] && command -v minicom >/dev/null; then
	pane=$(tmux split-window -d -P -F '#{pane_id}' \
		"$0 console; echo '[console closed; Enter closes this pane]'; read")
fi
cat <<EOF
QEMU is halted for gdb. Ctrl-C in gdb stops Xinu (continue resumes it);
quitting gdb ends QEMU. The console (keyboard and screen of Xinu):
$( [ -n "$pane" ] && echo "  in the tmux pane below (Ctrl-A X leaves minicom)" ||
   echo "  in another terminal of this directory: make debug-console")
  and in $log
EOF
# gdb runs as a job of its own (set -m) that holds the terminal: Ctrl-C
# then reaches gdb alone, not make and this script, which would otherwise
# end with "make: *** [debug] Interrupt" once gdb quits
set -m
gdb -q "$kernel" -ex "target remote $dir/gdb.sock" -ex "break nulluser" \
	-ex "continue"
