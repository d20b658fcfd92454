# mk/stress.mk - `make stress`: the VM fuzzer for 10^6 operations
#
# Included by the top-level Makefile (after QEMU, QEMUFLAGS are set).
# tests/stress/vmstress.c runs vmfuzz once per policy and once with policy
# switches, 8 workers whose demand is 4x the FFS, in a configuration whose
# swap holds that demand (STRESSDEFS).  docs/reliability.md records runs.
#
#   make stress                      random seed (printed)
#   make stress STRESS_SEED=123      replay a seed
#   make stress STRESS_OPS=100000    fewer operations
#   make stress STRESS_FLAGS=0       without the operations behind VMFZ_BUGS
#                                    and VMFZ_SHARE

# Drawn once (a recursive ?= would draw anew at each use)
ifeq ($(origin STRESS_SEED),undefined)
STRESS_SEED	:= $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
STRESS_OPS	?= 1000000
STRESS_PROCS	?= 8
STRESS_EVERY	?= 8
# VMFZ_BUGS | VMFZ_SHARE (include/paging.h): every operation, those of
# issue 10 and the sharing ones (fork, mmap, munmap, mprotect) too
STRESS_FLAGS	?= 0x37F0000
STRESS_TIMEOUT	?= 7200
STRESSDEFS	= -DMAX_FFS_SIZE=1024 -DMAX_SWAP_SIZE=8192
STRESS_KERNEL	= compile/xinu-stress.elf

# The seed and counts go through USERCFLAGS, which the build stamps, so a
# new seed rebuilds vmstress.c only
stress: deps
	@echo "stress: seed $(STRESS_SEED), $(STRESS_OPS) operations, $(STRESS_PROCS) workers"
	@$(MAKE) -s --no-print-directory -C compile OUT=xinu-stress \
		MAIN=$(abspath tests/stress/vmstress.c) \
		DEFS="$(STRESSDEFS) -DBATCH" \
		USERCFLAGS="-O0 -Wall -DSTRESS_SEED=$(STRESS_SEED)u \
		-DSTRESS_OPS=$(STRESS_OPS) -DSTRESS_PROCS=$(STRESS_PROCS) \
		-DSTRESS_EVERY=$(STRESS_EVERY) -DSTRESS_FLAGS=$(STRESS_FLAGS)"
	@tools/batch.sh $(STRESS_KERNEL) $(STRESS_TIMEOUT) $(QEMU) $(QEMUFLAGS) \
		| tee compile/xinu-stress.log | grep -v '^P[0-9]*:: '
	@grep -q '^[0-9]* passed, 0 failed' compile/xinu-stress.log

.PHONY: stress
