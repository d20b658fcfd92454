#!/bin/bash
# pxelab-user.sh - PXE-boot one backend without root, through QEMU's own
# DHCP and TFTP (user networking) instead of a namespace and dnsmasq
#
#   tools/lab/pxelab-user.sh        (make pxelab-user)
#
# The backend has the lab's NIC (e1000-82545em) and boots the same TFTP tree
# (NETBOOT, default compile/netboot) the same way: iPXE, then GRUB, then
# Xinu.  Its serial console is this terminal, multiplexed with QEMU's
# monitor as in make run: Ctrl-A X quits, Ctrl-C goes to Xinu.
# Environment: NETBOOT, ACCEL (default tcg), QEMU, LAB_MEM, BACKEND_OPTS.

set -u
LAB_PROG=pxelab-user
. "$(dirname "$0")/lib.sh"

NETBOOT=$(realpath -m "${NETBOOT:-$LAB_TOP/compile/netboot}")
ACCEL=${ACCEL:-tcg}
QEMU=${QEMU:-qemu-system-i386}
LAB_MEM=${LAB_MEM:-256M}
BOOTFILE=boot/grub/i386-pc/core.0

need_deps "$QEMU" ipxe-rom
for f in "$BOOTFILE" boot/grub/grub.cfg xinu.boot; do
	[ -f "$NETBOOT/$f" ] || fail "check netboot tree" "$NETBOOT/$f is missing" \
		"build the tree first: make netboot"
done

say "PXE-booting from $NETBOOT through QEMU's TFTP; this terminal is the console (Ctrl-A X quits)" >&2
# shellcheck disable=SC2086
exec "$QEMU" -accel "$ACCEL" -m "$LAB_MEM" -display none -no-user-config \
	-serial mon:stdio -no-reboot \
	-netdev "user,id=n0,restrict=on,tftp=$NETBOOT,bootfile=$BOOTFILE" \
	-device e1000-82545em,netdev=n0,mac=52:54:00:77:00:01 -boot n \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	${BACKEND_OPTS:-}
