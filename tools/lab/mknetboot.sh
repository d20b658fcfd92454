#!/bin/bash
# mknetboot.sh - build the TFTP tree the lab machines network-boot from
#
#   tools/lab/mknetboot.sh [KERNEL [DIR]]   (defaults: compile/xinu.elf compile/netboot)
#
# The tree holds GRUB's PXE image (boot/grub/i386-pc/core.0, the file DHCP
# names as the boot file), GRUB's modules, boot/grub/grub.cfg and the kernel
# as xinu.boot:
#
#   DIR/boot/grub/i386-pc/core.0   GRUB for PXE; fetches the rest by TFTP
#   DIR/boot/grub/grub.cfg         serial console, boots (pxe)/xinu.boot
#   DIR/xinu.boot                  the kernel
#
# Per-machine kernels: GRUB first asks for grub.cfg-01-<mac with dashes>,
# so NETBOOT_MACHINES="52:54:00:77:00:02=path/other.elf ..." gives each
# listed MAC its own kernel (DIR/xinu-<mac>.boot) and its own grub.cfg.
#
# The tree is built aside and swapped in, so a running lab never sees it
# half-written, and made world-readable because dnsmasq serves it as nobody.

set -eu
LAB_PROG=mknetboot
. "$(dirname "$0")/lib.sh"

KERNEL=${1:-$LAB_TOP/compile/xinu.elf}
DIR=${2:-$LAB_TOP/compile/netboot}
NEW=$DIR.new

need_deps grub-mknetdir grub-pc
check_kernel "$KERNEL"

rm -rf "$NEW"
mkdir -p "$NEW"
log=$(mktemp)
trap 'rm -f "$log"; rm -rf "$NEW"' EXIT
if ! grub-mknetdir --net-directory="$NEW" --subdir=boot/grub \
		-d "$GRUB_PC_DIR" >"$log" 2>&1; then
	show_tail "$log"
	fail "grub-mknetdir" "could not build GRUB's network image" \
	     "read the messages above; grub-mknetdir needs grub-pc-bin"
fi
if [ ! -f "$NEW/boot/grub/i386-pc/core.0" ]; then
	show_tail "$log"
	fail "grub-mknetdir" "no boot/grub/i386-pc/core.0 was produced" \
	     "check the grub-pc-bin package (ls $GRUB_PC_DIR)"
fi

cp "$KERNEL" "$NEW/xinu.boot"
grub_cfg "(pxe)/xinu.boot" > "$NEW/boot/grub/grub.cfg"

for spec in ${NETBOOT_MACHINES:-}; do
	mac=${spec%%=*}
	mkernel=${spec#*=}
	if ! [[ $mac =~ ^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$ ]] || [ "$mac" = "$spec" ]; then
		fail "per-machine config" "bad entry '$spec' in NETBOOT_MACHINES" \
		     "write entries as MAC=KERNEL, e.g. 52:54:00:77:00:02=compile/other.elf"
	fi
	check_kernel "$mkernel"
	# GRUB spells the MAC in lower case with dashes after the ARP type 01
	dashed=$(echo "$mac" | tr 'A-F:' 'a-f-')
	cp "$mkernel" "$NEW/xinu-$dashed.boot"
	grub_cfg "(pxe)/xinu-$dashed.boot" > "$NEW/boot/grub/grub.cfg-01-$dashed"
	say "machine $mac boots $mkernel"
done

chmod -R a+rX "$NEW"
rm -rf "$DIR"
mv "$NEW" "$DIR"
match_owner "$DIR"
say "built $DIR (boot file boot/grub/i386-pc/core.0, kernel xinu.boot from $KERNEL)"
