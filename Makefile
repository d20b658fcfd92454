# Makefile - top level: build, run, test and debug Xinu
#
#   make run            boot the kernel in QEMU, serial console on this terminal
#   make test           build and run every test (kernel suites, host tests, boot tests)
#   make stress         the VM fuzzer for 10^6 operations, random seed (mk/stress.mk)
#   make MAIN=prog.c run | batch    run your own main() instead of the shell
#   make debug          QEMU waits for gdb, which is attached with symbols
#   make clean

ACCEL	?= tcg
TIMEOUT	?= 600
MEM	?= 256M
QEMU	= qemu-system-i386
# The NIC: QEMU user networking, restricted (nothing leaves QEMU; DHCP
# gives 10.0.2.15, the gateway 10.0.2.2 answers pings; docs/network.md)
NETFLAGS ?= -netdev user,id=net0,restrict=on -device e1000-82545em,netdev=net0
QEMUFLAGS = -accel $(ACCEL) -m $(MEM) -display none -no-reboot \
	    -device isa-debug-exit,iobase=0xf4,iosize=0x04 $(NETFLAGS)

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
	@echo "[Ctrl-A X leaves QEMU]"
	$(QEMU) $(QEMUFLAGS) -kernel $(KERNEL) -serial mon:stdio

batch: batchkernel
	@tools/batch.sh compile/xinu-batch.elf $(TIMEOUT) $(QEMU) $(QEMUFLAGS)

debug: kernel
	@tools/deps.sh gdb
	tools/debug.sh $(KERNEL) $(QEMU) $(QEMUFLAGS)

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
		--host tests/host/test-main.sh \
		--host tests/host/test-debug.sh \
		--host tests/host/test-replay.sh \
		--host tests/host/test-boot.sh \
		--host tests/host/test-net.sh \
		--host tests/host/test-bench.sh

clean:
	@$(MAKE) --no-print-directory -C compile clean
	@$(MAKE) --no-print-directory -C tools/opt clean

.PHONY: all deps kernel batchkernel run batch debug replay testkernels test clean

# The lab bench: GRUB ISO, netboot tree, PXE lab, console, boot tests (docs/lab.md)
LAB_KERNEL = $(KERNEL)
LAB_KERNEL_TARGET = kernel
include mk/lab.mk

# make bench: instruction counts under TCG -icount, host reference figures,
# workloads against OPT (docs/performance.md)
include mk/bench.mk

# make stress: the VM fuzzer for 10^6 operations (docs/reliability.md)
include mk/stress.mk
