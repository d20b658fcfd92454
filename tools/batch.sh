#!/usr/bin/env bash
# batch.sh - boot a kernel headless, copy its serial output to stdout, and
# end when main returns (the kernel exits QEMU) or after TIMEOUT seconds.
# Usage: tools/batch.sh KERNEL TIMEOUT QEMU [QEMU-FLAGS...]
set -u
kernel=$1; limit=$2; shift 2
timeout --foreground -k 5 "$limit" "$@" -kernel "$kernel" -serial stdio -monitor none </dev/null
rc=$?
case $rc in
	33) exit 0 ;;			# main returned: isa-debug-exit 0x10
	124) echo "batch: time limit of ${limit} s reached; QEMU stopped" >&2; exit 124 ;;
	35) echo "batch: the kernel stopped with a failure (panic?)" >&2; exit 1 ;;
	*) echo "batch: QEMU ended with status $rc" >&2; exit 1 ;;
esac
