#!/bin/bash
# mkiso.sh - build a bootable GRUB CD image holding the Xinu kernel
#
#   tools/lab/mkiso.sh [KERNEL [ISO]]     (defaults: compile/xinu.elf compile/xinu.iso)
#
# GRUB talks on the serial port and boots the kernel with no menu delay, so
# the image behaves like the lab machines: the serial line is the console.
# The staging tree is compile/isodir (ISODIR overrides it).

set -eu
LAB_PROG=mkiso
. "$(dirname "$0")/lib.sh"

KERNEL=${1:-$LAB_TOP/compile/xinu.elf}
ISO=${2:-$LAB_TOP/compile/xinu.iso}
ISODIR=${ISODIR:-$(dirname "$ISO")/isodir}

need_deps grub-mkrescue grub-pc xorriso mformat
check_kernel "$KERNEL"

rm -rf "$ISODIR"
mkdir -p "$ISODIR/boot/grub"
cp "$KERNEL" "$ISODIR/boot/xinu.elf"
grub_cfg /boot/xinu.elf > "$ISODIR/boot/grub/grub.cfg"

# grub-mkrescue is chatty; keep its output for the failure report only
# (built aside, so a failed build never leaves a broken image in place)
TMPISO=${ISO%.iso}.tmp.iso
log=$(mktemp)
trap 'rm -f "$log" "$TMPISO"' EXIT
if ! grub-mkrescue -d "$GRUB_PC_DIR" -o "$TMPISO" "$ISODIR" >"$log" 2>&1; then
	show_tail "$log"
	fail "grub-mkrescue" "could not build $ISO" \
	     "read the messages above; grub-mkrescue needs grub-pc-bin, xorriso and mtools"
fi
mv "$TMPISO" "$ISO"
match_owner "$ISODIR" "$ISO"
say "built $ISO from $KERNEL (boot it with: make run-iso)"
