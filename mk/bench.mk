# mk/bench.mk - `make bench`: kernel, Linux and page-replacement figures
#
# Included by the top-level Makefile (after QEMU, QEMUBASEFLAGS, ACCEL and
# SMALLDEFS are set).  bench/bench.py does the runs and prints the table;
# docs/performance.md explains the rows and records results.  The bench
# boots without a NIC: the rows measure the kernel, and boot to main
# would otherwise include the DHCP exchange.
#
#   make bench                    the full run (BENCH_REPS samples per row at least)
#   make bench BENCH_REPS=11      fewer samples (tests/host/test-bench.sh)
#   make bench BENCH_KVM=0        do not try KVM; ACCEL=kvm makes a KVM
#                                 failure an error instead of "n/a"
#   make bench BENCH_OUT=file     also write the table to file (default
#                                 compile/build/bench/bench.txt)
#
# Everything the run makes besides the kernel images (the host programs,
# the table, the serial logs) goes to compile/build/bench, which git ignores.

BENCH_REPS	?= 101
BENCH_SEED	?= 1
BENCH_KVM	?= $(if $(filter kvm,$(ACCEL)),1,auto)
BENCH_DIR	= compile/build/bench
BENCH_OUT	?= $(BENCH_DIR)/bench.txt

# The benchmark kernel runs in the default VM configuration and in the
# small one (SMALLDEFS).
# The repetition count and the configuration are compiled in, so each
# pair gets its own image and object directory (a changed -D does not
# rebuild objects by itself).
BENCH_OUTNAME	= xinu-bench-r$(BENCH_REPS)
BENCH_SMALLNAME	= xinu-bench-small-r$(BENCH_REPS)
BENCH_KERNEL	= compile/$(BENCH_OUTNAME).elf
BENCH_SMALL	= compile/$(BENCH_SMALLNAME).elf
BENCH_WLKERNEL	= compile/xinu-bench-wl.elf
BENCH_HOSTBIN	= $(BENCH_DIR)/hostbench
BENCH_STUB	= $(BENCH_DIR)/bootstub.elf
BENCH_REPLAY	= tools/opt/replay

# The workload half needs the replayer (tools/opt) and the vmworkload command
BENCH_HAVE_WL	= $(and $(wildcard tools/opt/Makefile),$(wildcard shell/xsh_vmworkload.c))

bench-kernels: deps
	@$(MAKE) -s --no-print-directory -C compile OUT=$(BENCH_OUTNAME) \
		MAIN=$(abspath bench/kbench.c) \
		DEFS="-DBATCH -DBENCH_REPS=$(BENCH_REPS)"
	@$(MAKE) -s --no-print-directory -C compile OUT=$(BENCH_SMALLNAME) \
		MAIN=$(abspath bench/kbench.c) \
		DEFS="-DBATCH -DBENCH_REPS=$(BENCH_REPS) $(SMALLDEFS)"
ifneq ($(BENCH_HAVE_WL),)
	@$(MAKE) -s --no-print-directory -C compile OUT=xinu-bench-wl DEFS="$(SMALLDEFS)"
	@$(MAKE) -s --no-print-directory -C tools/opt
endif

# The firmware's share of the boot: a multiboot image that only reads the TSC
$(BENCH_STUB): bench/bootstub.S
	@echo "  AS    bootstub"
	@mkdir -p $(BENCH_DIR)
	@gcc -m32 -c -o $(BENCH_DIR)/bootstub.o $<
	@ld -m elf_i386 -Ttext=0x100000 -e _start -o $@ $(BENCH_DIR)/bootstub.o

$(BENCH_HOSTBIN): bench/hostbench.c
	@echo "  HOSTCC hostbench"
	@mkdir -p $(BENCH_DIR)
	@gcc -O2 -Wall -Wextra -Werror -o $@ $<

bench: bench-kernels $(BENCH_STUB) $(BENCH_HOSTBIN)
	@python3 bench/bench.py --qemu "$(QEMU) $(QEMUBASEFLAGS) -nic none" \
		--kernel $(BENCH_KERNEL) --small-kernel $(BENCH_SMALL) \
		--stub $(BENCH_STUB) --hostbench $(BENCH_HOSTBIN) \
		$(if $(BENCH_HAVE_WL),--wl-kernel $(BENCH_WLKERNEL) --replay $(BENCH_REPLAY)) \
		--kvm $(BENCH_KVM) --seed $(BENCH_SEED) --out $(BENCH_OUT) \
		--logdir $(BENCH_DIR)

.PHONY: bench bench-kernels
