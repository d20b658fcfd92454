#!/bin/bash
# pxelab.sh - the Xinu lab on one machine: backend VMs that PXE-boot GRUB and
# Xinu from dnsmasq, inside a private network namespace
#
#   tools/lab/pxelab.sh up          build the lab and stay in the foreground;
#                                   Ctrl-C tears it down (root)
#   tools/lab/pxelab.sh down        tear down a running or crashed lab (root)
#   tools/lab/pxelab.sh console [N] attach minicom to backend N's serial console
#   tools/lab/pxelab.sh reset [N]   reset backend N: it PXE-boots again (picks
#                                   up a kernel rebuilt with make netboot)
#   tools/lab/pxelab.sh status      say whether the lab is up
#
# Environment (the make targets pass these through):
#   LAB=xinulab       name of the namespace; state lives in /tmp/$LAB
#   BACKENDS=1        number of backend VMs (1-9)
#   BACKEND=1         backend used by console and reset
#   NETBOOT=compile/netboot   TFTP tree made by tools/lab/mknetboot.sh
#   ACCEL=tcg         QEMU accelerator (kvm is opt-in; see docs/lab.md)
#   LAB_DHCP_TIMEOUT=30  seconds a backend has to ask for DHCP
#   LAB_BOOT_TIMEOUT=90  seconds a backend has to reach the prompt
#   DNSMASQ_OPTS, BACKEND_OPTS  extra dnsmasq / QEMU options
#
# Nothing outside the namespace is touched: the bridge br0, one tap per
# backend, dnsmasq and the VMs all live in it.  Backend N has MAC
# 52:54:00:77:00:0N, address 10.77.0.1N and its serial console on the unix
# socket /tmp/$LAB/consoleN.sock (logged to consoleN.log from power-on).
# docs/lab.md explains the design and every dnsmasq option.

set -u
LAB_PROG=pxelab
. "$(dirname "$0")/lib.sh"

LAB=${LAB:-xinulab}
BACKENDS=${BACKENDS:-1}
BACKEND=${BACKEND:-1}
NETBOOT=$(realpath -m "${NETBOOT:-$LAB_TOP/compile/netboot}")
ACCEL=${ACCEL:-tcg}
QEMU=${QEMU:-qemu-system-i386}
LAB_MEM=${LAB_MEM:-256M}
LAB_DHCP_TIMEOUT=${LAB_DHCP_TIMEOUT:-30}
LAB_BOOT_TIMEOUT=${LAB_BOOT_TIMEOUT:-90}
LAB_PROMPT=${LAB_PROMPT:-xsh \$ }
DNSMASQ_OPTS=${DNSMASQ_OPTS:-}
BACKEND_OPTS=${BACKEND_OPTS:-}

NET=10.77.0			# IPv4 /24 inside the namespace
NET6=fd77::			# IPv6 /64, only for router advertisements
BOOTFILE=boot/grub/i386-pc/core.0

case $LAB in
''|*[!A-Za-z0-9_-]*)
	fail "check settings" "LAB='$LAB' is not a plain name" \
	     "use letters, digits, - and _ only (e.g. LAB=xinulab)" ;;
esac
[ ${#LAB} -le 32 ] || fail "check settings" "LAB='$LAB' is too long" "use at most 32 characters"
# The state stays in /tmp, where docs/lab.md says, not in $TMPDIR: sudo
# resets TMPDIR, and root's lab and a user's console must find one place
STATE=/tmp/$LAB
# Hints name the lab when it is not the default one, so a command copied
# from a hint acts on this lab
LABARG=$([ "$LAB" = xinulab ] || echo " LAB=$LAB")

mac_of()  { printf '52:54:00:77:00:%02x' "$1"; }
ip_of()   { echo "$NET.$((10 + $1))"; }
now()     { echo "${EPOCHREALTIME/,/.}"; }
since()   { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ours PID - the process is alive and one we started for this lab (its
# command line names our state directory), so a reused pid is never killed
ours() {
	[ -n "$1" ] && [ -r "/proc/$1/cmdline" ] &&
		cmdline "$1" | grep -qF "$STATE/"
}

# alive PID - the process runs; a zombie counts as gone, since the daemons'
# parent may be an init that never reaps them
alive() {
	local stat

	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

# stop_pid PID WHAT - SIGTERM, then SIGKILL if it lingers
stop_pid() {
	local pid=$1 i

	kill -TERM "$pid" 2>/dev/null || return 0
	for i in $(seq 30); do
		alive "$pid" || break
		sleep 0.1
	done
	if alive "$pid"; then
		kill -KILL "$pid" 2>/dev/null
		sleep 0.1
	fi
	say "stopped $2 (pid $pid)"
}

netns_exists() {
	ip netns list 2>/dev/null | awk '{ print $1 }' | grep -qxF "$LAB"
}

# leftovers - true when an earlier run left something behind
leftovers() {
	netns_exists && return 0
	compgen -G "$STATE/*.pid" >/dev/null && return 0
	compgen -G "$STATE/*.sock" >/dev/null && return 0
	return 1
}

# teardown - stop everything of this lab; safe to run any number of times
teardown() {
	local f pid

	for f in "$STATE"/backend*.pid "$STATE"/dnsmasq.pid; do
		[ -f "$f" ] || continue
		pid=$(cat "$f" 2>/dev/null)
		if ours "$pid"; then
			stop_pid "$pid" "$(basename "$f" .pid)"
		fi
		rm -f "$f"
	done
	if netns_exists; then
		# anything still running in the lab's namespace belongs to the lab
		for pid in $(ip netns pids "$LAB" 2>/dev/null); do
			stop_pid "$pid" "$(cmdline "$pid" | cut -c1-40)"
		done
		if ip netns del "$LAB"; then
			say "removed network namespace $LAB"
		else
			warn "could not remove network namespace $LAB; try: ip netns del $LAB"
		fi
	fi
	rm -f "$STATE"/*.sock "$STATE"/owner.pid "$STATE"/ready "$STATE"/stopping
}

# lock - hold $STATE/lock for as long as this process lives; children are
# started with 9>&- so a crashed lab's daemons never keep it
lock() {
	exec 9>>"$STATE/lock"
	flock -w "${1:-0}" 9
}

# make_state - create (or reuse) the state directory safely in /tmp
make_state() {
	mkdir -m 755 "$STATE" 2>/dev/null
	if [ -L "$STATE" ] || [ ! -d "$STATE" ] || [ ! -O "$STATE" ]; then
		fail "state directory" "$STATE is not a directory owned by $(id -un)" \
		     "remove it (rm -rf $STATE) or choose another LAB=name"
	fi
}

need_root() {
	is_root || fail "check root" "the namespace lab needs root (network namespace, bridge, tap)" \
		"run it as root: sudo make $1$LABARG  (or, without root: make pxelab-user, which uses QEMU's own TFTP)"
}

# tftp_root - the tree dnsmasq serves; dnsmasq drops to user nobody, so a
# tree nobody cannot read (e.g. under a private home) is copied into $STATE
tftp_root() {
	if setpriv --reuid=65534 --regid=65534 --clear-groups -- \
		test -r "$NETBOOT/$BOOTFILE" -a -r "$NETBOOT/xinu.boot" 2>/dev/null; then
		echo "$NETBOOT"
		return
	fi
	rm -rf "$STATE/tftp"
	cp -r "$NETBOOT" "$STATE/tftp" && chmod -R a+rX "$STATE/tftp"
	warn "user nobody (dnsmasq) cannot read $NETBOOT; serving a copy in $STATE/tftp"
	echo "$STATE/tftp"
}

# backend_failed I WHAT TODO [LOG...] - a backend did not make it
backend_failed() {
	local i=$1 what=$2 todo=$3 f
	shift 3
	for f in "$@"; do
		show_tail "$f"
	done
	fail "backend $i: $STEP" "$what" "$todo (logs are kept in $STATE)"
}

# watch_boot - follow every backend through DHCP, TFTP and the kernel boot,
# reporting each stage and failing with the stage that did not happen
watch_boot() {
	local start=$1 i mac ip pid stage done=0 t
	local -a st
	local dlog="$STATE/dnsmasq.log"

	for i in $(seq "$BACKENDS"); do st[$i]=0; done
	while [ "$done" -lt "$BACKENDS" ]; do
		t=$(since "$start")
		for i in $(seq "$BACKENDS"); do
			stage=${st[$i]}
			[ "$stage" -ge 6 ] && continue
			mac=$(mac_of "$i"); ip=$(ip_of "$i")
			pid=$(cat "$STATE/backend$i.pid" 2>/dev/null)
			case $stage in
			0) STEP="DHCP request"
			   if grep -qE "DHCP(DISCOVER|REQUEST)\(br0\).*$mac" "$dlog"; then
				say "backend $i: asked for DHCP (${t} s)"; st[$i]=1; continue
			   fi ;;
			1) STEP="DHCP lease"
			   if grep -qE "DHCPACK\(br0\) $ip $mac" "$dlog"; then
				say "backend $i: leased $ip (${t} s)"; st[$i]=2; continue
			   fi ;;
			2) STEP="TFTP GRUB image"
			   if grep -qE "sent .*/core\.0 to $ip\$" "$dlog"; then
				say "backend $i: TFTP sent GRUB ($BOOTFILE) (${t} s)"; st[$i]=3; continue
			   fi ;;
			3) STEP="TFTP grub.cfg"
			   if grep -qE "sent .*/grub\.cfg[^ ]* to $ip\$" "$dlog"; then
				say "backend $i: TFTP sent $(grep -oE "/grub\.cfg[^ ]* to $ip\$" "$dlog" | tail -1 | cut -c2- | cut -d' ' -f1) (${t} s)"
				st[$i]=4; continue
			   fi ;;
			4) STEP="TFTP kernel"
			   if grep -qE "sent .*/xinu[^/ ]*\.boot to $ip\$" "$dlog"; then
				say "backend $i: TFTP sent the kernel (${t} s)"; st[$i]=5; continue
			   fi ;;
			5) STEP="kernel prompt"
			   if grep -qF "$LAB_PROMPT" "$STATE/console$i.log" 2>/dev/null; then
				say "backend $i: Xinu is up, '$LAB_PROMPT' on its console (${t} s)"
				st[$i]=6; done=$((done + 1)); continue
			   fi ;;
			esac
			if ! ours "$pid"; then
				backend_failed "$i" "the backend's QEMU exited" \
					"read QEMU's messages and the console log above" \
					"$STATE/backend$i.err" "$STATE/console$i.log"
			fi
			if [ "$stage" -eq 0 ] && [ "${t%.*}" -ge "$LAB_DHCP_TIMEOUT" ]; then
				backend_failed "$i" "backend $i ($mac) never asked for DHCP within $LAB_DHCP_TIMEOUT s" \
					"its iPXE ROM did not run or its NIC is not on the bridge: check that ipxe-qemu is installed, read QEMU's messages above; under ACCEL=kvm iPXE never finishes on these machines (use the default tcg); a slow machine may need LAB_DHCP_TIMEOUT=60" \
					"$STATE/backend$i.err" "$dlog"
			fi
			if [ "${t%.*}" -ge "$LAB_BOOT_TIMEOUT" ]; then
				case $stage in
				1) backend_failed "$i" "backend $i asked for DHCP but got no lease within $LAB_BOOT_TIMEOUT s" \
					"read dnsmasq's log above (is the range full, or DNSMASQ_OPTS wrong?)" "$dlog" ;;
				2) backend_failed "$i" "backend $i got $ip but never fetched GRUB ($BOOTFILE) by TFTP" \
					"check the tree with 'make netboot' and the TFTP lines of dnsmasq's log above" "$dlog" ;;
				3) backend_failed "$i" "GRUB was sent to backend $i but never asked for grub.cfg" \
					"GRUB did not start its network; see dnsmasq's log and the console above" "$dlog" "$STATE/console$i.log" ;;
				4) backend_failed "$i" "GRUB read its grub.cfg but never fetched the kernel" \
					"check the multiboot line of $NETBOOT/boot/grub/grub.cfg; GRUB's messages are on the console above" "$dlog" "$STATE/console$i.log" ;;
				5) backend_failed "$i" "the kernel was sent but did not reach '$LAB_PROMPT' within $LAB_BOOT_TIMEOUT s" \
					"the kernel stopped while booting (console above); try it with make run-iso; raise LAB_BOOT_TIMEOUT if the machine is only slow" "$STATE/console$i.log" ;;
				esac
			fi
		done
		sleep 0.2
	done
}

cmd_up() {
	local i mac ip root ra_opts hosts=() rc started

	need_root pxelab
	need_deps ip dnsmasq "$QEMU" ipxe-rom flock setpriv
	case $BACKENDS in
	[1-9]) ;;
	*) fail "check settings" "BACKENDS=$BACKENDS" "use a number from 1 to 9" ;;
	esac
	for f in "$BOOTFILE" boot/grub/grub.cfg xinu.boot; do
		[ -f "$NETBOOT/$f" ] || fail "check netboot tree" "$NETBOOT/$f is missing" \
			"build the tree first: make netboot"
	done
	if [ "$ACCEL" != tcg ]; then
		warn "ACCEL=$ACCEL: on machines whose KVM is paravirtual (kvm_pvm) iPXE never finishes; use ACCEL=tcg if no backend asks for DHCP"
	fi

	make_state
	if ! lock 2; then
		fail "check for a running lab" \
		     "lab $LAB is already running (pid $(cat "$STATE/owner.pid" 2>/dev/null || echo '?'))" \
		     "use it (make console$LABARG), stop it with: sudo make pxelab-down$LABARG, or start another with LAB=othername"
	fi
	if leftovers; then
		say "cleaning up a stale lab '$LAB' left by an earlier run"
		teardown
	fi
	echo $$ > "$STATE/owner.pid"
	rm -f "$STATE/stopping" "$STATE"/*.log "$STATE"/*.err "$STATE/leases"
	trap 'exit 130' INT
	# pxelab-down asks the lab to stop with TERM after leaving a note:
	# that is a normal end (status 0, so make prints no "Error 143");
	# a TERM from anyone else is reported as the signal it is
	trap '[ -f "$STATE/stopping" ] && exit 0; exit 143' TERM
	trap 'exit 129' HUP
	trap 'trap "" INT TERM HUP PIPE; say "tearing down lab $LAB"; teardown; say "lab $LAB is down"' EXIT

	say "creating network namespace $LAB (bridge br0, $NET.1/24, $BACKENDS tap(s))"
	ip netns add "$LAB" ||
		fail "create namespace" "ip netns add $LAB failed" \
		     "check the message above; 'ip netns list' shows existing namespaces"
	{ ip -n "$LAB" link set lo up &&
	  ip -n "$LAB" link add br0 type bridge stp_state 0 forward_delay 0 &&
	  ip -n "$LAB" addr add "$NET.1/24" dev br0 &&
	  ip -n "$LAB" link set br0 up; } ||
		fail "create bridge" "could not set up br0 in namespace $LAB" \
		     "check the message above (is the bridge kernel module available?)"
	for i in $(seq "$BACKENDS"); do
		{ ip -n "$LAB" tuntap add dev "tap$i" mode tap &&
		  ip -n "$LAB" link set "tap$i" master br0 &&
		  ip -n "$LAB" link set "tap$i" up; } ||
			fail "create tap" "could not create tap$i" \
			     "check the message above (is /dev/net/tun available?)"
		hosts+=("--dhcp-host=$(mac_of "$i"),$(ip_of "$i")")
	done
	# iPXE waits ~13 s for IPv6 autoconfiguration unless a router answers
	ra_opts=(--enable-ra "--dhcp-range=$NET6,ra-only")
	if ! ip -n "$LAB" addr add "${NET6}1/64" dev br0 nodad 2>/dev/null; then
		warn "no IPv6 in the namespace: iPXE will wait ~13 s for IPv6 autoconfiguration"
		ra_opts=()
	fi

	root=$(tftp_root)
	say "starting dnsmasq (DHCP $NET.100-150, TFTP from $root); log: $STATE/dnsmasq.log"
	# shellcheck disable=SC2086
	ip netns exec "$LAB" dnsmasq --conf-file=/dev/null --port=0 \
		--interface=br0 --bind-interfaces --except-interface=lo \
		"--dhcp-range=$NET.100,$NET.150,255.255.255.0,1h" "${hosts[@]}" \
		"--dhcp-boot=$BOOTFILE" --enable-tftp "--tftp-root=$root" \
		--log-dhcp "--log-facility=$STATE/dnsmasq.log" \
		"--dhcp-leasefile=$STATE/leases" "--pid-file=$STATE/dnsmasq.pid" \
		--no-ping "${ra_opts[@]}" --dhcp-option=encap:175,176,1b \
		$DNSMASQ_OPTS 9>&- 2>"$STATE/dnsmasq.err"
	rc=$?
	for i in $(seq 20); do
		[ $rc -ne 0 ] || [ -s "$STATE/dnsmasq.pid" ] && break
		sleep 0.1
	done
	if [ $rc -ne 0 ] || ! ours "$(cat "$STATE/dnsmasq.pid" 2>/dev/null)"; then
		show_tail "$STATE/dnsmasq.err"
		show_tail "$STATE/dnsmasq.log"
		fail "start dnsmasq" "dnsmasq did not start (exit status $rc); its messages are above" \
		     "fix the cause shown (a bad DNSMASQ_OPTS option, or an unreadable $root), then run make pxelab$LABARG again"
	fi

	started=$(now)
	for i in $(seq "$BACKENDS"); do
		mac=$(mac_of "$i")
		say "starting backend $i (e1000-82545em $mac, console $STATE/console$i.sock)"
		# shellcheck disable=SC2086
		ip netns exec "$LAB" "$QEMU" -name "$LAB-backend$i" -accel "$ACCEL" \
			-m "$LAB_MEM" -display none -no-user-config \
			-chardev "socket,id=ser0,path=$STATE/console$i.sock,server=on,wait=off,logfile=$STATE/console$i.log" \
			-serial chardev:ser0 \
			-monitor "unix:$STATE/monitor$i.sock,server=on,wait=off" \
			-netdev "tap,id=n0,ifname=tap$i,script=no,downscript=no" \
			-device "e1000-82545em,netdev=n0,mac=$mac" -boot n \
			-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
			-daemonize -pidfile "$STATE/backend$i.pid" \
			$BACKEND_OPTS 9>&- 2>"$STATE/backend$i.err" </dev/null
		rc=$?
		if [ $rc -ne 0 ] || ! ours "$(cat "$STATE/backend$i.pid" 2>/dev/null)"; then
			show_tail "$STATE/backend$i.err"
			fail "start backend $i" "QEMU did not start (exit status $rc); its messages are above" \
			     "fix the cause shown (QEMU=$QEMU, ACCEL=$ACCEL, BACKEND_OPTS), then run make pxelab$LABARG again"
		fi
	done

	watch_boot "$started"
	touch "$STATE/ready"
	echo
	say "lab $LAB is ready ($(since "$started") s):"
	for i in $(seq "$BACKENDS"); do
		printf '  backend %s  %s  %s  console: make console BACKEND=%s%s\n' \
			"$i" "$(mac_of "$i")" "$(ip_of "$i")" "$i" "$LABARG"
		printf '             or: minicom -b 115200 -o -D unix#%s\n' "$STATE/console$i.sock"
	done
	say "boot log of backend N: $STATE/consoleN.log, dnsmasq log: $STATE/dnsmasq.log"
	say "press Ctrl-C here, or run 'sudo make pxelab-down$LABARG' elsewhere, to stop the lab"

	# Stay up until interrupted or until every backend has stopped
	while :; do
		rc=0
		for i in $(seq "$BACKENDS"); do
			if ours "$(cat "$STATE/backend$i.pid" 2>/dev/null)"; then
				rc=1
			elif [ -f "$STATE/backend$i.pid" ]; then
				say "backend $i has stopped"
				rm -f "$STATE/backend$i.pid"
			fi
		done
		if [ $rc -eq 0 ]; then
			say "all backends have stopped"
			exit 0
		fi
		sleep 1 & wait $!
	done
}

cmd_down() {
	local owner i

	need_root pxelab-down
	if [ ! -d "$STATE" ] && ! netns_exists; then
		say "lab $LAB is not running; nothing to tear down"
		return 0
	fi
	make_state
	if ! lock 0; then
		owner=$(cat "$STATE/owner.pid" 2>/dev/null)
		if [ -n "$owner" ] && alive "$owner"; then
			say "asking the running lab (pid $owner) to stop"
			touch "$STATE/stopping"
			kill -TERM "$owner"
		fi
		if ! lock 20; then
			[ -n "$owner" ] && kill -KILL "$owner" 2>/dev/null
			lock 5 || fail "stop the lab" "the lab process (pid ${owner:-?}) does not let go of $STATE/lock" \
				"find it with: fuser -v $STATE/lock"
		fi
	fi
	if leftovers; then
		say "tearing down lab $LAB"
		teardown
		say "lab $LAB is down"
	else
		say "lab $LAB is down"
	fi
}

cmd_console() {
	local n=${1:-$BACKEND} sock

	sock=$STATE/console$n.sock
	if [ ! -S "$sock" ]; then
		fail "find console" "no console socket $sock: lab $LAB is not running or has no backend $n" \
		     "start the lab in another terminal: sudo make pxelab$LABARG (BACKENDS=2 for two backends)"
	fi
	if ! ours "$(cat "$STATE/backend$n.pid" 2>/dev/null)"; then
		fail "find console" "$sock is left over from a lab that has died" \
		     "clean up with: sudo make pxelab-down$LABARG, then start the lab again"
	fi
	if [ ! -w "$sock" ]; then
		fail "open console" "no permission to open $sock" "run it as root: sudo make console$LABARG"
	fi
	need_deps minicom
	# QEMU serves one client on the socket: a second minicom would wait in
	# silence.  The attached one holds a lock (fd 8 goes with the exec)
	exec 8>>"$STATE/console$n.lock"
	flock -n 8 || fail "open console" "the console of backend $n is in use: another minicom is attached to it" \
		"use that one, or leave it with Ctrl-A X first"
	say "attaching minicom to backend $n; press Enter for a prompt, Ctrl-A X to leave"
	# shellcheck disable=SC2086
	exec minicom -b 115200 -o ${MINICOM_OPTS:-} -D "unix#$sock"
}

cmd_reset() {
	local n=${1:-$BACKEND} mon

	mon=$STATE/monitor$n.sock
	[ -S "$mon" ] || fail "reset backend" "no monitor socket $mon: lab $LAB is not running or has no backend $n" \
		"start the lab: sudo make pxelab$LABARG"
	python3 - "$mon" <<'EOF' || fail "reset backend" "could not talk to QEMU's monitor $mon" "is the lab still running?"
import socket, sys, time
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
s.sendall(b"system_reset\n")
time.sleep(0.3)
s.close()
EOF
	say "backend $n reset; it PXE-boots again"
}

cmd_status() {
	local i

	if [ -f "$STATE/owner.pid" ] && alive "$(cat "$STATE/owner.pid")"; then
		say "lab $LAB is $( [ -f "$STATE/ready" ] && echo up || echo starting ) (pid $(cat "$STATE/owner.pid"))"
		for i in $(seq 9); do
			[ -S "$STATE/console$i.sock" ] && echo "  backend $i console: $STATE/console$i.sock"
		done
	elif leftovers; then
		say "lab $LAB crashed and left things behind; clean up with: sudo make pxelab-down$LABARG"
	else
		say "lab $LAB is not running"
	fi
}

case ${1:-} in
up)		cmd_up ;;
down)		cmd_down ;;
console)	cmd_console "${2:-}" ;;
reset)		cmd_reset "${2:-}" ;;
status)		cmd_status ;;
*)		echo "usage: $0 up|down|console [N]|reset [N]|status" >&2; exit 2 ;;
esac
