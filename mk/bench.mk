# mk/bench.mk - `make bench`: kernel, Linux and page-replacement figures
#
# Included by the top-level Makefile (after QEMU, QEMUFLAGS, ACCEL and
# SMALLDEFS are set).  bench/bench.py does the runs and prints the table;
# docs/performance.md explains the rows and records results.
#
#   make bench                    the full run (BENCH_REPS samples per row at least)
#   make bench BENCH_REPS=11      fewer samples (tests/host/test-bench.sh)
#   make bench BENCH_KVM=0        do not try KVM; ACCEL=kvm makes a KVM
#                                 failure an error instead of "n/a"
#   make bench BENCH_OUT=file     also write the table to file (default
#                                 compile/bench.txt)

BENCH_REPS	?= 101
BENCH_SEED	?= 1
BENCH_KVM	?= $(if $(filter kvm,$(ACCEL)),1,auto)
BENCH_OUT	?= compile/bench.txt

# The benchmark kernel runs in the default VM configuration and in the
# small one (SMALLDEFS), where an eviction does not scan 16384 frames.
# The repetition count and the configuration are compiled in, so each
# pair gets its own image and object directory (a changed -D does not
# rebuild objects by itself).
BENCH_OUTNAME	= xinu-bench-r$(BENCH_REPS)
BENCH_SMALLNAME	= xinu-bench-small-r$(BENCH_REPS)
BENCH_KERNEL	= compile/$(BENCH_OUTNAME).elf
BENCH_SMALL	= compile/$(BENCH_SMALLNAME).elf
BENCH_WLKERNEL	= compile/xinu-bench-wl.elf
BENCH_HOSTBIN	= compile/hostbench
BENCH_REPLAY	= tools/opt/replay

# The workload half needs the replayer (tools/opt) and the vmworkload command
BENCH_HAVE_WL	= $(and $(wildcard tools/opt/Makefile),$(wildcard shell/xsh_vmworkload.c))

bench-kernels: deps
	@$(MAKE) --no-print-directory -C compile OUT=$(BENCH_OUTNAME) \
		MAIN=$(abspath bench/kbench.c) \
		DEFS="-DBATCH -DBENCH_REPS=$(BENCH_REPS)"
	@$(MAKE) --no-print-directory -C compile OUT=$(BENCH_SMALLNAME) \
		MAIN=$(abspath bench/kbench.c) \
		DEFS="-DBATCH -DBENCH_REPS=$(BENCH_REPS) $(SMALLDEFS)"
ifneq ($(BENCH_HAVE_WL),)
	@$(MAKE) -s --no-print-directory -C compile OUT=xinu-bench-wl DEFS="$(SMALLDEFS)"
	@$(MAKE) -s --no-print-directory -C tools/opt
endif

$(BENCH_HOSTBIN): bench/hostbench.c
	@echo "  HOSTCC hostbench"
	@gcc -O2 -Wall -Wextra -Werror -o $@ $<

bench: bench-kernels $(BENCH_HOSTBIN)
	@python3 bench/bench.py --qemu "$(QEMU) $(QEMUFLAGS)" \
		--kernel $(BENCH_KERNEL) --small-kernel $(BENCH_SMALL) \
		--hostbench $(BENCH_HOSTBIN) \
		$(if $(BENCH_HAVE_WL),--wl-kernel $(BENCH_WLKERNEL) --replay $(BENCH_REPLAY)) \
		--kvm $(BENCH_KVM) --seed $(BENCH_SEED) --out $(BENCH_OUT)

.PHONY: bench bench-kernels
