#!/bin/bash
# test-boot.sh - boot Xinu the three lab ways and check each works
#
#   tests/host/test-boot.sh          (make test-boot builds the images first)
#
# 1. the GRUB CD image (ISO, default compile/xinu.iso) reaches "xsh $" and
#    answers a command;
# 2. PXE through QEMU's own TFTP (tools/lab/pxelab-user.sh) does the same;
# 3. as root, the namespace lab (tools/lab/pxelab.sh) with two backends:
#    dnsmasq's log shows each lease and the TFTP transfers of GRUB, grub.cfg
#    (backend 2 through its per-machine grub.cfg-01-<mac>) and the kernel,
#    both reach the prompt, a command typed in minicom (driven under tmux)
#    is answered on that minicom screen only, and Ctrl-C tears everything
#    down, and a second minicom on a console is told it is in use; then a
#    crashed lab (SIGKILL) is cleaned up by the next start, a second start
#    of a running lab is refused with hints that name its LAB=, a reset
#    re-boots a backend, pxelab-down stops the lab with status 0 (no
#    "Error 143" under make) and works twice.  The error reports for "not root",
#    "dnsmasq failed" and "backend never asked for DHCP" are checked too.
#
# Everything runs under TCG with a time limit per step.  Output: one line
# per check, "PASS name" or "FAIL name: reason" (details indented below),
# then "N passed, N failed"; the exit status is non-zero if any failed.
# Needs no terminal or stdin (CI); the namespace part is skipped, saying
# so, when not run as root.  Logs of a failed run are kept and named.

set -u
LAB_PROG=test-boot
. "$(dirname "$0")/../../tools/lab/lib.sh"

TOP=$LAB_TOP
LABDIR=$TOP/tools/lab
ISO=$(realpath -m "${ISO:-$TOP/compile/xinu.iso}")
NETBOOT=$(realpath -m "${NETBOOT:-$TOP/compile/netboot}")
QEMU=${QEMU:-qemu-system-i386}
PROMPT='xsh $ '
# Waits for a state (a prompt, a screen, a lease, a teardown) poll it; the
# limits only catch hangs, so they are sized for a loaded 2-core host
# running TCG, not for how fast a step usually is
STEP_LIMIT=60		# one step: a screen answer, a teardown, a quit
UP_LIMIT=180		# a lab of two backends booting through PXE
BOOT_LIMIT=120		# one QEMU booting to the prompt
export ACCEL=tcg		# the tests never depend on KVM
export LAB=${TEST_LAB:-xinulab-test}
STATE=/tmp/$LAB

npass=0
nfail=0
own_lab=0			# this run owns the test lab (cleans it up)
TMPROOT=${TMPDIR:-/tmp}		# files outside the tree honour TMPDIR
WORK=$(mktemp -d "$TMPROOT/xinutest.XXXXXX")
chmod 755 "$WORK"		# dnsmasq (user nobody) serves a tree from here
TMUX_SOCK=$WORK/tmux.sock

pass() { echo "PASS $1"; npass=$((npass + 1)); }
fail_check() {
	echo "FAIL $1: $2"
	nfail=$((nfail + 1))
}
# detail FILE - indented diagnostics under a FAIL line
detail() {
	[ -s "$1" ] && sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e 's/\r//g' "$1" | tail -n "${2:-15}" | sed 's/^/    /'
	return 0
}
skip() { echo "SKIP $1: $2"; }

# a private tmux server, without the user's ~/.tmux.conf
tm() { tmux -f /dev/null -S "$TMUX_SOCK" "$@"; }

# wait_until SECONDS COMMAND... - poll until COMMAND succeeds
wait_until() {
	local end=$((SECONDS + $1))
	shift
	while ! "$@"; do
		[ $SECONDS -ge $end ] && return 1
		sleep 0.2
	done
	return 0
}

cleanup() {
	trap '' INT TERM
	tm kill-server >/dev/null 2>&1
	rm -f "$TMUX_SOCK"
	if [ $own_lab -eq 1 ]; then
		"$LABDIR/pxelab.sh" down >/dev/null 2>&1
		rm -f "$STATE.test-pid"
		[ $nfail -eq 0 ] && rm -rf "$STATE"
	fi
	if [ $nfail -eq 0 ]; then
		rm -rf "$WORK"
	else
		touch "$WORK/keep"
		echo "logs of this run: $WORK$([ $own_lab -eq 1 ] && echo " and $STATE")"
	fi
}
trap cleanup EXIT
trap 'echo "test-boot: interrupted"; exit 130' INT TERM

summary() {
	echo "$npass passed, $nfail failed"
	[ $nfail -eq 0 ]
	exit
}

# ---------------------------------------------------------------------------
# boot_expect NAME LIMIT COMMAND... - boot through serial-expect: the prompt,
# then "echo NAME-ok" answered; two checks, NAME-prompt and NAME-command
boot_expect() {
	local name=$1 limit=$2 out=$WORK/$1
	shift 2

	timeout $((limit + 15)) "$LABDIR/serial-expect.py" --log "$out.log" --timeout "$limit" \
		-e 'xsh \$ ' -s "echo $name-ok\\r" -e "\\n$name-ok\\r?\\n" -- "$@" \
		>"$out.steps" 2>"$out.err" </dev/null
	if grep -q '^matched /xsh' "$out.steps"; then
		pass "$name-prompt"
	else
		fail_check "$name-prompt" "did not reach '$PROMPT' within $limit s (console: $out.log)"
		detail "$out.err"
		detail "$out.log.stderr" 5
		return
	fi
	if grep -q "^matched /.n$name-ok" "$out.steps"; then
		pass "$name-command"
	else
		fail_check "$name-command" "'echo $name-ok' was not answered within $limit s (console: $out.log)"
		detail "$out.err"
	fi
}

# ---------------------------------------------------------------------------
echo "test-boot: GRUB ISO and user-networking PXE"
if ! ( need_deps "$QEMU" ipxe-rom python3 ) >"$WORK/deps.out" 2>&1; then
	fail_check deps "packages missing"
	detail "$WORK/deps.out"
	summary
fi

if [ -f "$ISO" ]; then
	boot_expect iso $BOOT_LIMIT "$QEMU" -accel tcg -m 256M -display none -serial stdio \
		-monitor none -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
		-cdrom "$ISO"
else
	fail_check iso-prompt "$ISO does not exist: build it with make iso"
fi

if [ -f "$NETBOOT/xinu.boot" ]; then
	NETBOOT=$NETBOOT boot_expect pxe-user $BOOT_LIMIT "$LABDIR/pxelab-user.sh"
else
	fail_check pxe-user-prompt "$NETBOOT/xinu.boot does not exist: build the tree with make netboot"
fi

if ! is_root; then
	skip pxelab "not root: the namespace lab needs root (CI runs as root); run: sudo make test-boot"
	summary
fi
if [ ! -f "$NETBOOT/xinu.boot" ]; then
	summary
fi

# ---------------------------------------------------------------------------
echo "test-boot: namespace PXE lab (LAB=$LAB, state in $STATE)"
if ! ( need_deps ip dnsmasq minicom tmux flock setpriv ) >"$WORK/deps.out" 2>&1; then
	fail_check lab-deps "packages missing"
	detail "$WORK/deps.out"
	summary
fi
# One run at a time per lab name; a killed earlier run is cleaned up: its
# tmux server (minicom, the lab's terminal) and its lab
# (a pid file, not flock: the lab's daemons would inherit a lock's fd)
other=$(cat "$STATE.test-pid" 2>/dev/null)
if [ -n "$other" ] && [ "$other" != $$ ] &&
   cmdline "$other" | grep -q test-boot; then
	fail_check lab-lock "another test-boot run (pid $other) is using LAB=$LAB; wait for it, or run with TEST_LAB=othername"
	summary
fi
echo $$ > "$STATE.test-pid"
echo $$ > "$WORK/pid"
own_lab=1
for sock in "$TMPROOT"/xinutest.*/tmux.sock; do
	[ -S "$sock" ] && [ "$sock" != "$TMUX_SOCK" ] || continue
	pid=$(cat "$(dirname "$sock")/pid" 2>/dev/null)
	if [ -z "$pid" ] || ! cmdline "$pid" | grep -q test-boot; then
		tmux -f /dev/null -S "$sock" kill-server >/dev/null 2>&1
		rm -f "$sock"
	fi
done
# and its temporary directory, unless it was kept for its failure logs
for d in "$TMPROOT"/xinutest.*; do
	[ -f "$d/pid" ] && [ ! -f "$d/keep" ] && [ "$d" != "$WORK" ] || continue
	cmdline "$(cat "$d/pid")" | grep -q test-boot || rm -rf "$d"
done
"$LABDIR/pxelab.sh" down >/dev/null 2>&1

MAC1=52:54:00:77:00:01 IP1=10.77.0.11
MAC2=52:54:00:77:00:02 IP2=10.77.0.12
DASH2=52-54-00-77-00-02

# lab_procs - live processes of the test lab (their command line names its
# state directory); zombies count as gone
lab_procs() {
	local d cmd st

	for d in /proc/[0-9]*; do
		cmd=$(cmdline "${d#/proc/}")
		case $cmd in *"$STATE/"*) ;; *) continue ;; esac
		st=$(cat "$d/stat" 2>/dev/null) || continue
		st=${st##*) }
		[ "${st%% *}" = Z ] || echo "${d#/proc/}"
	done
}
netns_there() { ip netns list | awk '{ print $1 }' | grep -qxF "$LAB"; }
ready() { [ -f "$STATE/ready" ]; }
# up_done OUT - the lab script said it is ready or gave up
up_done() { grep -qE "lab $LAB is ready|FAILED" "$1"; }
session_gone() { ! tm has-session -t "$1" 2>/dev/null; }

# check_clean NAME - nothing of the lab is left: namespace, process, socket
check_clean() {
	local left=""

	netns_there && left="$left namespace $LAB;"
	[ -n "$(lab_procs)" ] && left="$left processes $(lab_procs | tr '\n' ' ');"
	compgen -G "$STATE/*.sock" >/dev/null && left="$left sockets $(echo "$STATE"/*.sock);"
	[ -e "$STATE/owner.pid" ] && left="$left $STATE/owner.pid;"
	if [ -z "$left" ]; then
		pass "$1"
	else
		fail_check "$1" "left behind:$left"
	fi
}

# run_up OUT ENV... - start "pxelab.sh up" with ENV, no terminal needed;
# exits 1 if it did not finish (ready or failed) within UP_LIMIT s
run_up_fg() {
	local out=$1
	shift
	timeout $UP_LIMIT env "$@" "$LABDIR/pxelab.sh" up >"$out" 2>&1 </dev/null
}

# --- error reports -----------------------------------------------------------
out=$WORK/nonroot.out
# The checkout may sit where user nobody cannot reach it (root's home is
# mode 0700): run a copy of the scripts from the world-readable work dir
mkdir -p "$WORK/nonroot-lab"
cp "$LABDIR/pxelab.sh" "$LABDIR/lib.sh" "$WORK/nonroot-lab/"
chmod -R a+rX "$WORK/nonroot-lab"
setpriv --reuid=65534 --regid=65534 --clear-groups -- \
	env LAB="$LAB" "$WORK/nonroot-lab/pxelab.sh" up >"$out" 2>&1 </dev/null
rc=$?
if [ $rc -ne 0 ] && grep -q 'FAILED at step "check root".*needs root' "$out" &&
   grep -q 'what to do:.*sudo make pxelab' "$out"; then
	pass pxelab-error-not-root
else
	fail_check pxelab-error-not-root "no clear 'needs root' report (exit $rc)"
	detail "$out"
fi

out=$WORK/dnsmasq-error.out
run_up_fg "$out" DNSMASQ_OPTS=--no-such-option NETBOOT="$NETBOOT"
rc=$?
if [ $rc -ne 0 ] && grep -q 'FAILED at step "start dnsmasq"' "$out" &&
   grep -q '^ *dnsmasq: ' "$out" && ! netns_there && [ -z "$(lab_procs)" ]; then
	pass pxelab-error-dnsmasq
else
	fail_check pxelab-error-dnsmasq "dnsmasq's failure not reported with its log, or not cleaned up (exit $rc)"
	detail "$out"
fi

# A backend that is never started (-S) never asks for DHCP
out=$WORK/nodhcp.out
run_up_fg "$out" BACKEND_OPTS=-S LAB_DHCP_TIMEOUT=3 NETBOOT="$NETBOOT"
rc=$?
if [ $rc -ne 0 ] && grep -q 'FAILED at step "backend 1: DHCP request".*never asked for DHCP within 3 s' "$out" &&
   grep -q 'what to do:' "$out" && ! netns_there && [ -z "$(lab_procs)" ]; then
	pass pxelab-error-no-dhcp
else
	fail_check pxelab-error-no-dhcp "no clear 'never asked for DHCP' report, or not cleaned up (exit $rc)"
	detail "$out"
fi

# --- two backends, per-machine config, minicom, Ctrl-C -------------------------
tree=$WORK/netboot
if NETBOOT_MACHINES="$MAC2=$NETBOOT/xinu.boot" "$LABDIR/mknetboot.sh" \
	"$NETBOOT/xinu.boot" "$tree" >"$WORK/mknetboot.out" 2>&1 &&
   [ -f "$tree/boot/grub/grub.cfg-01-$DASH2" ] && [ -f "$tree/xinu-$DASH2.boot" ]; then
	pass netboot-per-machine
else
	fail_check netboot-per-machine "mknetboot.sh did not make grub.cfg-01-$DASH2 and xinu-$DASH2.boot"
	detail "$WORK/mknetboot.out"
fi

outA=$WORK/lab-two.out
tm new-session -d -s lab -x 160 -y 50 \
	"cd '$TOP' && env LAB='$LAB' BACKENDS=2 NETBOOT='$tree' ACCEL=tcg '$LABDIR/pxelab.sh' up >'$outA' 2>&1"
: >>"$outA"
if wait_until $UP_LIMIT up_done "$outA" && ready; then
	pass pxelab-up
	labA_ok=1
else
	fail_check pxelab-up "two backends did not come up within $UP_LIMIT s: $(grep -m1 FAILED "$outA" || echo 'no report from pxelab.sh')"
	detail "$outA" 25
	labA_ok=0
fi

if [ $labA_ok -eq 1 ]; then
	dlog=$STATE/dnsmasq.log
	# check_log NAME WHAT REGEX... - every REGEX is in dnsmasq's log
	check_log() {
		local name=$1 what=$2 re
		shift 2
		for re in "$@"; do
			if ! grep -qE "$re" "$dlog"; then
				fail_check "$name" "dnsmasq's log has no $what (/$re/ in $dlog)"
				return
			fi
		done
		pass "$name"
	}
	check_log pxelab-dhcp-lease "DHCP lease" \
		"DHCPACK\(br0\) $IP1 $MAC1" "DHCPACK\(br0\) $IP2 $MAC2"
	check_log pxelab-tftp-grub "TFTP transfer of GRUB's image" \
		"sent .*/boot/grub/i386-pc/core\.0 to $IP1\$" "sent .*/boot/grub/i386-pc/core\.0 to $IP2\$"
	check_log pxelab-tftp-grub-cfg "TFTP transfer of grub.cfg" \
		"sent .*/boot/grub/grub\.cfg to $IP1\$" "sent .*/boot/grub/grub\.cfg-01-$DASH2 to $IP2\$"
	check_log pxelab-tftp-kernel "TFTP transfer of the kernel" \
		"sent .*/xinu\.boot to $IP1\$" "sent .*/xinu-$DASH2\.boot to $IP2\$"
	if grep -qF "$PROMPT" "$STATE/console1.log" && grep -qF "$PROMPT" "$STATE/console2.log"; then
		pass pxelab-prompt
	else
		fail_check pxelab-prompt "a backend's console log has no '$PROMPT'"
		detail "$STATE/console1.log" 5
		detail "$STATE/console2.log" 5
	fi

	# minicom on each backend's console, under tmux: type a command, read
	# the answer off the screen
	mkdir -p "$WORK/home"
	screen_has() { tm capture-pane -p -t "$1" 2>/dev/null | grep -qE "$2"; }
	for n in 1 2; do
		tm new-session -d -s "con$n" -x 100 -y 30 \
			"cd '$TOP' && env HOME='$WORK/home' LANG=C LAB='$LAB' '$LABDIR/pxelab.sh' console $n; echo console-exit-status=\$?; sleep 60"
		step="minicom start"
		if wait_until $STEP_LIMIT screen_has "con$n" "Port unix#|console-exit-status"  &&
		   ! screen_has "con$n" "console-exit-status"; then
			step="prompt on the minicom screen"
			tm send-keys -t "con$n" Enter
			if wait_until $STEP_LIMIT screen_has "con$n" 'xsh \$'; then
				step="answer on the minicom screen"
				tm send-keys -t "con$n" "echo pxe-ok-$n" Enter
				wait_until $STEP_LIMIT screen_has "con$n" "^pxe-ok-$n *\$" && step=""
			fi
		fi
		# a second minicom on the same console is told it is in use
		if [ -z "$step" ] && [ "$n" = 1 ]; then
			out=$WORK/console-busy.out
			env HOME="$WORK/home" LANG=C LAB="$LAB" timeout $STEP_LIMIT \
				"$LABDIR/pxelab.sh" console 1 >"$out" 2>&1 </dev/null
			rc=$?
			if [ $rc -ne 0 ] && [ $rc -ne 124 ] && grep -q "console of backend 1 is in use" "$out"; then
				pass pxelab-console-in-use
			else
				fail_check pxelab-console-in-use "a second console on backend 1 was not refused (exit $rc)"
				detail "$out"
			fi
		fi
		tm capture-pane -p -t "con$n" >"$WORK/minicom$n.screen" 2>/dev/null
		if [ -z "$step" ]; then
			pass "pxelab-minicom-$n"
		else
			fail_check "pxelab-minicom-$n" "step '$step' did not happen within $STEP_LIMIT s; the screen was:"
			detail "$WORK/minicom$n.screen" 30
		fi
	done
	if ! grep -q "pxe-ok-2" "$WORK/minicom1.screen" && ! grep -q "pxe-ok-1" "$WORK/minicom2.screen"; then
		pass pxelab-consoles-distinct
	else
		fail_check pxelab-consoles-distinct "a command typed on one console showed on the other"
	fi
	# leave minicom the way a user does: Ctrl-A X, confirm
	for n in 1 2; do
		tm send-keys -t "con$n" C-a x
		sleep 0.3
		tm send-keys -t "con$n" Enter
	done
	if wait_until $STEP_LIMIT screen_has con1 "console-exit-status=0" &&
	   wait_until $STEP_LIMIT screen_has con2 "console-exit-status=0"; then
		pass pxelab-minicom-quit
	else
		fail_check pxelab-minicom-quit "minicom did not quit on Ctrl-A X within $STEP_LIMIT s"
		tm capture-pane -p -t con1 >"$WORK/minicom1.screen" 2>/dev/null
		detail "$WORK/minicom1.screen" 10
	fi
	tm kill-session -t con1 2>/dev/null
	tm kill-session -t con2 2>/dev/null
fi

# Ctrl-C in the lab's terminal tears everything down
pids=$(lab_procs | tr '\n' ' ')
tm send-keys -t lab C-c
if wait_until $STEP_LIMIT session_gone lab && grep -q "lab $LAB is down" "$outA"; then
	pass pxelab-ctrl-c
else
	fail_check pxelab-ctrl-c "pxelab.sh did not finish its teardown within $STEP_LIMIT s of Ctrl-C"
	detail "$outA" 10
	tm kill-session -t lab 2>/dev/null
fi
check_clean pxelab-teardown
for p in $pids; do
	if [ -d "/proc/$p" ] && [ "$(awk '{ print $3 }' "/proc/$p/stat" 2>/dev/null)" != Z ]; then
		fail_check pxelab-teardown-pids "process $p of the lab is still alive"
	fi
done

# --- crash, stale cleanup, busy, reset, down twice --------------------------
outB=$WORK/lab-crash.out
tm new-session -d -s crash "env LAB='$LAB' NETBOOT='$NETBOOT' ACCEL=tcg '$LABDIR/pxelab.sh' up >'$outB' 2>&1"
: >>"$outB"
if wait_until $UP_LIMIT up_done "$outB" && ready; then
	owner=$(cat "$STATE/owner.pid")
	stale=$(lab_procs | tr '\n' ' ')
	kill -KILL "$owner"
	wait_until $STEP_LIMIT session_gone crash
	if netns_there && [ -n "$stale" ]; then
		crashed=1
	else
		fail_check pxelab-crash "killing the lab with SIGKILL left nothing to clean (cannot test stale cleanup)"
		crashed=0
	fi
else
	fail_check pxelab-crash-up "the lab did not come up within $UP_LIMIT s: $(grep -m1 FAILED "$outB" || echo 'no report')"
	detail "$outB"
	crashed=0
fi

outC=$WORK/lab-again.out
tm new-session -d -s again "env LAB='$LAB' NETBOOT='$NETBOOT' ACCEL=tcg '$LABDIR/pxelab.sh' up >'$outC' 2>&1; echo up-exit-status=\$? >>'$outC'"
: >>"$outC"
if wait_until $UP_LIMIT up_done "$outC" && ready; then
	if [ "$crashed" = 1 ]; then
		left=""
		for p in $stale; do
			[ -d "/proc/$p" ] && [ "$(awk '{ print $3 }' "/proc/$p/stat" 2>/dev/null)" != Z ] && left="$left $p"
		done
		if grep -q "cleaning up a stale lab" "$outC" && [ -z "$left" ]; then
			pass pxelab-stale-cleanup
		else
			fail_check pxelab-stale-cleanup "the crashed lab was not cleaned up (still alive:${left:- none})"
			detail "$outC"
		fi
	fi
	labC_ok=1
else
	fail_check pxelab-restart "the lab did not come up again within $UP_LIMIT s: $(grep -m1 FAILED "$outC" || echo 'no report')"
	detail "$outC"
	labC_ok=0
fi

if [ $labC_ok -eq 1 ]; then
	out=$WORK/busy.out
	run_up_fg "$out" NETBOOT="$NETBOOT"
	rc=$?
	if [ $rc -ne 0 ] && grep -q "lab $LAB is already running" "$out" && netns_there && ready; then
		pass pxelab-busy
		# the lab is not the default one: the hints must name it
		if grep -q "sudo make pxelab-down LAB=$LAB" "$out" && grep -q "make console LAB=$LAB" "$out"; then
			pass pxelab-hint-names-lab
		else
			fail_check pxelab-hint-names-lab "the hints do not say LAB=$LAB"
			detail "$out"
		fi
	else
		fail_check pxelab-busy "a second start did not refuse clearly, or hurt the running lab (exit $rc)"
		detail "$out"
	fi

	# reset: the backend PXE-boots again and reaches the prompt again
	kernels() { grep -cE "sent .*/xinu\.boot to $IP1\$" "$STATE/dnsmasq.log"; }
	prompts() { grep -oF "$PROMPT" "$STATE/console1.log" | wc -l; }
	k0=$(kernels) p0=$(prompts)
	rebooted() { [ "$(kernels)" -gt "$k0" ] && [ "$(prompts)" -gt "$p0" ]; }
	if "$LABDIR/pxelab.sh" reset 1 >"$WORK/reset.out" 2>&1 && wait_until $BOOT_LIMIT rebooted; then
		pass pxelab-reset
	else
		fail_check pxelab-reset "after a reset, backend 1 did not fetch the kernel and reach '$PROMPT' again within $BOOT_LIMIT s"
		detail "$WORK/reset.out"
		detail "$STATE/console1.log" 5
	fi

	out=$WORK/down.out
	if timeout $STEP_LIMIT "$LABDIR/pxelab.sh" down >"$out" 2>&1 && wait_until $STEP_LIMIT session_gone again; then
		pass pxelab-down
		# stopped by pxelab-down, the lab's terminal ends with status 0
		# (under make: no "make: *** [pxelab] Error 143")
		if grep -q "^up-exit-status=0$" "$outC"; then
			pass pxelab-down-status-0
		else
			fail_check pxelab-down-status-0 "the lab stopped by pxelab-down ended with $(grep up-exit-status "$outC" || echo 'no status')"
		fi
	else
		fail_check pxelab-down "pxelab.sh down did not stop the running lab within $STEP_LIMIT s"
		detail "$out"
	fi
	check_clean pxelab-down-teardown
fi

out=$WORK/down2.out
if timeout $STEP_LIMIT "$LABDIR/pxelab.sh" down >"$out" 2>&1 && grep -q "is down\|nothing to tear down" "$out"; then
	pass pxelab-down-again
else
	fail_check pxelab-down-again "a second pxelab.sh down failed"
	detail "$out"
fi
check_clean pxelab-down-again-clean

summary
