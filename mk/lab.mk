# mk/lab.mk - the lab bench: GRUB boot image, netboot tree, PXE lab, console
#
# Included by the top-level Makefile.  The scripts doing the work are in
# tools/lab; docs/lab.md explains the lab.
#
#   make iso           compile/xinu.iso: GRUB on a CD, serial console, no menu delay
#   make run-iso       boot it (serial console on this terminal)
#   make netboot       compile/netboot: the TFTP tree (GRUB PXE image, grub.cfg,
#                      xinu.boot); NETBOOT_MACHINES="MAC=kernel.elf ..." adds
#                      per-machine kernels
#   make pxelab        (root) namespace lab: dnsmasq + BACKENDS backend VMs that
#                      PXE-boot; stays in the foreground, Ctrl-C tears it down
#   make pxelab-down   (root) tear down a running or crashed lab
#   make console       minicom on backend BACKEND's serial console
#   make pxelab-reset  reset backend BACKEND so it boots a fresh make netboot
#   make pxelab-user   PXE boot without root through QEMU's own TFTP
#   make test-boot     boot tests: ISO, namespace lab with minicom, user PXE

LAB_QEMU	?= qemu-system-i386
ACCEL		?= tcg
LAB		?= xinulab
BACKENDS	?= 1
BACKEND		?= 1
# The kernel the lab boots and the target that builds it.  The top-level
# Makefile may point them at its own (KERNEL and kernel, which honour MAIN=)
LAB_KERNEL	?= compile/xinu.elf
LAB_KERNEL_TARGET ?= lab-kernel
LAB_ISO		?= compile/xinu.iso
LAB_NETBOOT	?= compile/netboot
NETBOOT_MACHINES ?=

# The same machine as make run: 256 MiB, serial console on the terminal
# (multiplexed with QEMU's monitor: Ctrl-A X quits, Ctrl-C goes to Xinu),
# isa-debug-exit so the kernel can end QEMU
LAB_QEMU_FLAGS	= -accel $(ACCEL) -m 256M -display none -serial mon:stdio \
		  -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04

LAB_ENV		= LAB=$(LAB) BACKENDS=$(BACKENDS) BACKEND=$(BACKEND) ACCEL=$(ACCEL) \
		  QEMU=$(LAB_QEMU) NETBOOT=$(LAB_NETBOOT)

.PHONY: lab-kernel iso run-iso netboot pxelab pxelab-down console pxelab-reset \
	pxelab-user test-boot

# The kernel's own Makefile knows when it is out of date (MAIN= keeps a
# MAIN given on the command line from reaching it with the wrong directory)
lab-kernel:
	@$(MAKE) --no-print-directory -C compile MAIN=

# The images are rebuilt every time: it takes well under a second and
# never serves a stale kernel
iso: $(LAB_KERNEL_TARGET)
	@tools/lab/mkiso.sh $(LAB_KERNEL) $(LAB_ISO)

run-iso: iso
	@echo "[Ctrl-A X leaves QEMU]"
	$(LAB_QEMU) $(LAB_QEMU_FLAGS) -cdrom $(LAB_ISO)

netboot: $(LAB_KERNEL_TARGET)
	@NETBOOT_MACHINES="$(NETBOOT_MACHINES)" tools/lab/mknetboot.sh $(LAB_KERNEL) $(LAB_NETBOOT)

pxelab: netboot
	@$(LAB_ENV) tools/lab/pxelab.sh up

pxelab-down:
	@$(LAB_ENV) tools/lab/pxelab.sh down

console:
	@$(LAB_ENV) tools/lab/pxelab.sh console

pxelab-reset:
	@$(LAB_ENV) tools/lab/pxelab.sh reset

pxelab-user: netboot
	@$(LAB_ENV) tools/lab/pxelab-user.sh

test-boot: iso netboot
	@ISO=$(LAB_ISO) NETBOOT=$(LAB_NETBOOT) QEMU=$(LAB_QEMU) tests/host/test-boot.sh
