#!/usr/bin/env bash
# deps.sh - make sure the Debian packages the build and tests need are here.
# As root, missing ones are installed; otherwise the exact command is named.
# Usage: tools/deps.sh [extra-package ...]
set -u

# command -> package that provides it
need=(
	"gcc:gcc"
	"make:make"
	"ld:binutils"
	"python3:python3"
	"qemu-system-i386:qemu-system-x86"
	"tmux:tmux"
)
missing=()
for pair in "${need[@]}"; do
	cmd=${pair%%:*}; pkg=${pair#*:}
	command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
done
# 32-bit compiler support (gcc -m32) comes from gcc-multilib
if command -v gcc >/dev/null 2>&1; then
	echo 'int x;' | gcc -m32 -x c -c -o /dev/null - >/dev/null 2>&1 \
		|| missing+=("gcc-multilib")
else
	missing+=("gcc-multilib")
fi
for pkg in "$@"; do
	dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done

[ ${#missing[@]} -eq 0 ] && exit 0

# de-duplicate
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing packages: ${missing[*]}" >&2
	echo "deps: install them as root with:" >&2
	echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
	exit 1
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"${TMPDIR:-/tmp}/xinu-deps.log" 2>&1; then
	echo "deps: apt-get failed; its output:" >&2
	tail -n 30 "${TMPDIR:-/tmp}/xinu-deps.log" >&2
	exit 1
fi
exit 0
