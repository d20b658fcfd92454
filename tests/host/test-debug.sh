#!/usr/bin/env bash
# test-debug.sh - `make debug` as a student uses it.
#  - Without a terminal (DEBUG_BATCH=1): gdb stops at nulluser with source
#    information, then at a line of a student's main (tests/host/debugprog.c,
#    built -O0 like every MAIN=) and prints its locals; two sessions at once
#    do not collide (no fixed port).
#  - In a terminal (a tmux session, keys typed as a person would): Ctrl-C
#    while Xinu runs stops it and gives back (gdb), QEMU still alive; the
#    console is interactive from another terminal (make debug-console runs
#    a shell command), a second console is told it is in use; quitting gdb
#    ends QEMU and make ends cleanly (no "Interrupt").
set -u
cd "$(dirname "$0")/../.."
pass=0; fail=0
check() {	# check NAME STATUS [detail]
	if [ "$2" -eq 0 ]; then echo "PASS $1"; pass=$((pass + 1));
	else echo "FAIL $1${3:+: $3}"; fail=$((fail + 1)); fi
}
work=$(mktemp -d)
sock=$work/tmux.sock
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
LIMIT=60		# hang limit for each wait (polls a state)

# QEMU processes of debug sessions (no pgrep: procps may be missing)
debugqemus() {
	local p
	for p in /proc/[0-9]*; do
		tr '\0' ' ' 2>/dev/null < "$p/cmdline" | grep -q '^[^ ]*qemu[^ ]* .*xinu-debug\.' \
			&& echo "${p#/proc/}"
	done
}
before=$(debugqemus)

line=$(grep -n "DEBUG STOP" tests/host/debugprog.c | cut -d: -f1)
printf 'break debugprog.c:%s\ncontinue\ninfo locals\n' "$line" > "$work/gdbx"
make -s kernel MAIN=tests/host/debugprog.c >/dev/null 2>&1
batch() {	# batch OUTFILE
	DEBUG_BATCH=1 DEBUG_GDBX=$work/gdbx timeout 120 make -s debug \
		MAIN=tests/host/debugprog.c >"$1" 2>&1
}
# Two sessions at the same time: each has its own sockets
batch "$work/out1" & b1=$!
batch "$work/out2"; rc2=$?
wait $b1; rc1=$?
out=$(cat "$work/out1")
[ $rc1 -eq 0 ] && echo "$out" | grep -q "Breakpoint 1, nulluser" \
	&& echo "$out" | grep -q "nulluser.*initialize.c"
check "make debug stops at nulluser with symbols" $? "status $rc1: $(echo "$out" | tail -n 5 | tr '\n' ' ')"
echo "$out" | grep -q "main () at .*debugprog.c:$line" \
	&& echo "$out" | grep -q "^answer = 42" && echo "$out" | grep -q '^word = "xinu'
check "gdb prints the locals of a student's main" $? "$(echo "$out" | tail -n 5 | tr '\n' ' ')"
[ $rc2 -eq 0 ] && grep -q "^answer = 42" "$work/out2"
check "two debug sessions at once do not collide" $? "status $rc2: $(tail -n 3 "$work/out2" | tr '\n' ' ')"

# The terminal session
if ! command -v tmux >/dev/null; then
	check "tmux is installed (the terminal checks need it)" 1
	echo "$pass passed, $fail failed"; exit 1
fi
pane() { tmux -S "$sock" capture-pane -p -J -S -200 -t "$1" 2>/dev/null | grep -v "^ *$"; }
waitfor() {	# waitfor TARGET REGEX: poll the pane until REGEX shows
	local i
	for i in $(seq $((LIMIT * 5))); do
		pane "$1" | grep -Eq -- "$2" && return 0
		sleep 0.2
	done
	return 1
}
keys() { tmux -S "$sock" send-keys -t "$@"; }
tmux -S "$sock" new-session -d -s dbg -n gdb -x 160 -y 50 \
	"DEBUG_PANE=0 make -s debug; echo MAKE-ENDED status \$?; sleep 600"
waitfor dbg:gdb "^\(gdb\) $"
check "make debug in a terminal stops at nulluser" $? "$(pane dbg:gdb | tail -n 3 | tr '\n' ' ')"
keys dbg:gdb "continue" Enter
waitfor dbg:gdb "^Continuing\.$"
tmux -S "$sock" new-window -d -t dbg -n con "make -s debug-console; sleep 600"
waitfor dbg:con "Press CTRL-A Z"
# The shell's prompt came before minicom attached: ask for a new one,
# then run a command over the console
keys dbg:con Enter
waitfor dbg:con 'xsh \$'
keys dbg:con "echo console-works" Enter
waitfor dbg:con "^console-works"
check "the console is interactive during a debug session (make debug-console)" $? "$(pane dbg:con | tail -n 4 | tr '\n' ' ')"
out=$(make -s debug-console 2>&1 </dev/null)
echo "$out" | grep -q "console is in use"
check "a second console is told it is in use" $? "$out"
sleep 1			# Xinu runs on: Ctrl-C must interrupt a running target
keys dbg:gdb C-c
waitfor dbg:gdb "Program received signal SIGINT"
r=$?
sleep 0.5
[ $r -eq 0 ] && pane dbg:gdb | tail -n 1 | grep -q '^(gdb) $' && [ -n "$(debugqemus | grep -vxF "$before")" ]
check "Ctrl-C in gdb stops Xinu, (gdb) returns, QEMU lives on" $? "$(pane dbg:gdb | tail -n 4 | tr '\n' ' ')"
keys dbg:gdb "print clktime > 0" Enter
waitfor dbg:gdb '^\$1 = 1$'
check "gdb works after Ctrl-C (prints a kernel variable)" $? "$(pane dbg:gdb | tail -n 2 | tr '\n' ' ')"
keys dbg:gdb "quit" Enter
waitfor dbg:gdb "Quit anyway"
keys dbg:gdb "y" Enter
waitfor dbg:gdb "MAKE-ENDED"
pane dbg:gdb | grep -q "MAKE-ENDED status 0" && ! pane dbg:gdb | grep -q "^make.*\*\*\*"
check "quitting gdb ends make debug cleanly" $? "$(pane dbg:gdb | tail -n 3 | tr '\n' ' ')"
for _ in $(seq $((LIMIT * 5))); do
	[ -z "$(debugqemus | grep -vxF "$before")" ] && break
	sleep 0.2
done
[ -z "$(debugqemus | grep -vxF "$before")" ] && [ ! -e compile/debug-session ]
check "QEMU is gone after gdb ends" $?
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
