# Makefile - top level: build, run, test and debug Xinu
#
#   make run            boot the kernel in QEMU, serial console on this terminal
#   make test           build and run every test (kernel suites, host tests, boot tests)
#   make stress         the VM fuzzer for 10^6 operations, random seed (mk/stress.mk)
#   make MAIN=prog.c run | batch    run your own main() instead of the shell
#   make debug          QEMU waits for gdb, which is attached with symbols
#   make help           every target and the variables a user sets
#   make clean

.DEFAULT_GOAL := all

# `make help` lists the targets and the variables a user sets, one line
# each; keep it in step when adding either
help:
	@echo "Targets:"
	@echo "  make [all]            build compile/xinu.elf (the shell)"
	@echo "  make run              boot it in QEMU, console here (Ctrl-A X leaves QEMU)"
	@echo "  make MAIN=prog.c run  boot your own main() instead of the shell"
	@echo "  make MAIN=prog.c batch  run it headless; ends when main returns or at TIMEOUT"
	@echo "  make debug            QEMU halted, gdb attached (Ctrl-C stops Xinu; see README)"
	@echo "  make debug-console    the console of the running debug session (minicom)"
	@echo "  make test             build and run every test (about 5 minutes)"
	@echo "  make testkernels      build the test kernels only"
	@echo "  make bench            benchmarks (docs/performance.md)"
	@echo "  make replay           the page-reference replayer tools/opt/replay"
	@echo "  make iso | run-iso    GRUB boot CD compile/xinu.iso, and boot it"
	@echo "  make netboot          the TFTP tree compile/netboot"
	@echo "  make pxelab           (root) the PXE lab in a network namespace (docs/lab.md)"
	@echo "  make pxelab-down      (root) tear the lab down"
	@echo "  make console          minicom on a lab backend's console"
	@echo "  make pxelab-reset     reboot a lab backend (it PXE-boots a fresh netboot)"
	@echo "  make pxelab-user      PXE boot without root (QEMU's own TFTP)"
	@echo "  make test-boot        the boot tests (ISO, lab, user PXE)"
	@echo "  make clean            remove what the build made"
	@echo "Variables (make VAR=value target):"
	@echo "  MAIN=prog.c ...       your program's files (main() replaces the shell)"
	@echo "  USERCFLAGS=...        flags for your files (default -O0 -Wall, as the lab's)"
	@echo "  TIMEOUT=600           seconds before batch stops a program that never ends"
	@echo "  ACCEL=tcg             QEMU accelerator (kvm if /dev/kvm is usable)"
	@echo "  MEM=256M              guest RAM"
	@echo "  DEBUG_BATCH=1         make debug without a terminal: stop, backtrace, end"
	@echo "  DEBUG_PANE=0          make debug in tmux: no console pane of its own"
	@echo "  LAB=xinulab           name of the PXE lab (several labs need several names)"
	@echo "  BACKENDS=1            backend machines of the lab"
	@echo "  BACKEND=1             backend for console and pxelab-reset"
	@echo "  NETBOOT_MACHINES=...  per-machine kernels: \"MAC=kernel.elf ...\""
	@echo "  BENCH_REPS=101        samples per benchmark row (also BENCH_KVM=0)"
	@echo "  TMPDIR=/tmp           where debug sessions keep their sockets"

ACCEL	?= tcg
TIMEOUT	?= 600
MEM	?= 256M
QEMU	= qemu-system-i386
# The NIC: QEMU user networking, restricted (nothing leaves QEMU; DHCP
# gives 10.0.2.15, the gateway 10.0.2.2 answers pings; docs/network.md)
NETFLAGS ?= -netdev user,id=net0,restrict=on -device e1000-82545em,netdev=net0
QEMUBASEFLAGS = -accel $(ACCEL) -m $(MEM) -display none -no-reboot \
	    -device isa-debug-exit,iobase=0xf4,iosize=0x04
QEMUFLAGS = $(QEMUBASEFLAGS) $(NETFLAGS)

# The small VM configuration the tests use to exhaust memory cheaply
SMALLDEFS = -DMAX_FFS_SIZE=64 -DMAX_SWAP_SIZE=256 -DMAX_PT_SIZE=64

KERNEL	= compile/xinu.elf
ifneq ($(MAIN),)
MAINABS	:= $(abspath $(MAIN))
endif

all: deps
	@$(MAKE) --no-print-directory -C compile MAIN="$(MAINABS)"

deps:
	@tools/deps.sh

# A kernel built with MAIN= gets its own object directory, so switching
# between the shell and a user program never mixes objects
ifneq ($(MAIN),)
KERNEL	= compile/xinu-user.elf
kernel: deps
	@$(MAKE) --no-print-directory -C compile OUT=xinu-user MAIN="$(MAINABS)"
batchkernel: deps
	@$(MAKE) --no-print-directory -C compile OUT=xinu-batch MAIN="$(MAINABS)" DEFS=-DBATCH
else
kernel: all
batchkernel:
	@echo "make batch needs MAIN=path/to/prog.c" >&2; exit 2
endif

run: kernel
	@echo "[Ctrl-A X leaves QEMU; when main returns Xinu prints [main process exited]]"
	$(QEMU) $(QEMUFLAGS) -kernel $(KERNEL) -serial mon:stdio

batch: batchkernel
	@tools/batch.sh compile/xinu-batch.elf $(TIMEOUT) $(QEMU) $(QEMUFLAGS)

debug: kernel
	@tools/deps.sh gdb
	@tools/debug.sh $(KERNEL) $(QEMU) $(QEMUFLAGS)

debug-console:
	@tools/debug.sh console

# The host tool that replays page-reference strings (tools/opt/replay)
replay:
	@$(MAKE) --no-print-directory -C tools/opt

# The users' corpus (tests/lab/README.md): every tests/lab/NAME.c that has
# a NAME.expected is built exactly as `make MAIN=NAME.c batch` builds it
# (default USERCFLAGS), on the small configuration unless NAME.defs holds
# other DEFS, as compile/xinu-NAME.elf; make test compares its output
LABPROGS = $(sort $(basename $(notdir $(filter $(patsubst %.c,%.expected,\
	   $(wildcard tests/lab/*.c)),$(wildcard tests/lab/*.expected)))))

# Test kernels: the full configuration and the small one, and the corpus
testkernels: deps replay
	@$(MAKE) --no-print-directory -C compile OUT=xinu-test TESTS=1
	@$(MAKE) --no-print-directory -C compile OUT=xinu-test-small TESTS=1 DEFS="$(SMALLDEFS)"
	@$(MAKE) --no-print-directory -C compile MAIN=
	@set -e; for n in $(LABPROGS); do \
		$(MAKE) --no-print-directory -C compile OUT=xinu-$$n \
		MAIN=../tests/lab/$$n.c DEFS="$$(cat tests/lab/$$n.defs 2>/dev/null \
		|| echo '$(SMALLDEFS)') -DBATCH"; done

test: testkernels iso netboot
	python3 tests/runner.py --qemu "$(QEMU) $(QEMUFLAGS)" \
		--suite compile/xinu-test.elf --suite compile/xinu-test-small.elf \
		--shell compile/xinu.elf \
		$(foreach n,$(LABPROGS),--golden compile/xinu-$(n).elf:tests/lab/$(n).expected) \
		--host tests/host/test-config.sh \
		--host tests/host/test-user.sh \
		--host tests/host/test-main.sh \
		--host tests/host/test-debug.sh \
		--host tests/host/test-loop.sh \
		--host tests/host/test-replay.sh \
		--host tests/host/test-boot.sh \
		--host tests/host/test-net.sh \
		--host tests/host/test-bench.sh

clean:
	@$(MAKE) --no-print-directory -C compile clean
	@$(MAKE) --no-print-directory -C tools/opt clean

.PHONY: help all deps kernel batchkernel run batch debug debug-console replay testkernels test clean

# The lab bench: GRUB ISO, netboot tree, PXE lab, console, boot tests (docs/lab.md)
LAB_KERNEL = $(KERNEL)
LAB_KERNEL_TARGET = kernel
include mk/lab.mk

# make bench: instruction counts under TCG -icount, host reference figures,
# workloads against OPT (docs/performance.md)
include mk/bench.mk

# make stress: the VM fuzzer for 10^6 operations (docs/reliability.md)
include mk/stress.mk
