#!/bin/bash
# test-user.sh - host checks of the built user programs (docs/user.md)
#
#   tests/host/test-user.sh [build-dir [kernel.elf]]
#
# Defaults: compile/build/xinu and compile/xinu.elf, as `make` builds them
# (make test builds them first).  Every program of user/ must have its ELF;
# each ELF must be what the kernel's loader expects (user/user.ld): ELF32,
# EXEC, i386, one read+execute text segment holding the entry, one
# read+write data segment, page-aligned, no two segments on one page, all
# inside the user range.  The kernel must carry the table uprogtab with one
# row per program.  A deliberately bad image checks that the checks can
# fail.  Then ulib's C code runs on the host (tests/host/ulibhost.c):
# printf's formats, strings, malloc/free.  Prints one line per check and
# ends with "N passed, N failed".

set -u

TOP=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$TOP/compile/build/xinu}
KERNEL=${2:-$TOP/compile/xinu.elf}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The user range a program's segments must lie in: above the kernel
# region (VHEAP_START, include/paging.h) and below the stacks and the top
# page tables
USER_LOW=$((0x02000000))
USER_HIGH=$((0xFF000000))
PAGE=4096
UPROG_ROW=12		# bytes per uprogtab row: struct uprog, include/uprog.h

npass=0
nfail=0
pass() { echo "PASS $1"; npass=$((npass + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; nfail=$((nfail + 1)); }

# elfproblems FILE: prints what is wrong with FILE as a user program, one
# reason per line; prints nothing for a good one
elfproblems() {
	local f=$1 hdr entry
	hdr=$(readelf -h "$f" 2>&1) || { echo "not an ELF file"; return; }
	grep -Eq 'Class:[[:space:]]+ELF32$' <<< "$hdr" || echo "not ELF32"
	grep -Eq 'Type:[[:space:]]+EXEC' <<< "$hdr" || echo "not EXEC"
	grep -Eq 'Machine:[[:space:]]+Intel 80386$' <<< "$hdr" || echo "not i386"
	entry=$(awk '/Entry point address:/ { print $4 }' <<< "$hdr")
	# Program headers: Type Offset VirtAddr PhysAddr FileSiz MemSiz Flg Align
	# (Flg is one to three words: "R E", "RW", "RWE")
	# (awk: POSIX, no strtonum; hex() reads readelf's 0x numbers)
	readelf -lW "$f" | awk -v entry=$((entry)) -v low=$USER_LOW \
			-v high=$USER_HIGH -v page=$PAGE '
		function hex(s,   i, v) {
			s = tolower(s); sub(/^0x/, "", s); v = 0
			for (i = 1; i <= length(s); i++)
				v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
			return v
		}
		$1 == "LOAD" {
			off = hex($2); va = hex($3)
			fs = hex($5); ms = hex($6)
			flg = ""
			for (i = 7; i < NF; i++) flg = flg $i
			n++
			if (va % page != 0 || off % page != 0)
				print "segment at " $3 " not page-aligned"
			if (fs > ms)
				print "segment at " $3 " has filesz > memsz"
			if (va < low || va + ms > high)
				print "segment at " $3 " outside the user range"
			if (flg == "RE") {
				ntext++
				if (entry < va || entry >= va + ms)
					print "entry not inside the text segment"
			} else if (flg == "RW") {
				ndata++
			} else {
				print "segment at " $3 " has flags " flg \
					" (want R E or RW)"
			}
			lo[n] = va; hi[n] = va + ms
		}
		END {
			if (ntext != 1) print ntext + 0 " text (R E) segments, want 1"
			if (ndata != 1) print ndata + 0 " data (RW) segments, want 1"
			for (i = 1; i <= n; i++)
				for (j = 1; j <= n; j++) {
					if (i == j) continue
					# page-wise: [first page, last page] of each
					a0 = int(lo[i] / page); a1 = int((hi[i] - 1) / page)
					b0 = int(lo[j] / page); b1 = int((hi[j] - 1) / page)
					if (i < j && a0 <= b1 && b0 <= a1)
						print "segments at " lo[i] " and " lo[j] \
							" share a page"
				}
		}' || echo "readelf or awk failed"
}

# The programs, as compile/Makefile finds them: user/NAME.c, user/NAME/
progs=$( (cd "$TOP/user" && { ls *.c 2>/dev/null | sed 's/\.c$//';
	ls -d */ 2>/dev/null | sed 's,/$,,' | while read -r d; do
		ls "$d"/*.c > /dev/null 2>&1 && echo "$d"; done; }) | sort -u)
nprogs=$(echo "$progs" | grep -c .)
if [ "$nprogs" -gt 0 ]; then
	pass "user/ holds $nprogs programs"
else
	fail "user/ holds programs" "none found"
fi

for p in $progs; do
	elf=$BUILD/user/$p.elf
	if [ ! -f "$elf" ]; then
		fail "$p: built" "no $elf (run make)"
		continue
	fi
	probs=$(elfproblems "$elf")
	if [ -z "$probs" ]; then
		pass "$p: ELF32 EXEC i386, text R E with the entry, data RW, no shared page, in the user range ($(stat -c %s "$elf") bytes)"
	else
		fail "$p: a loadable user program" "$(echo "$probs" | paste -sd ';')"
	fi
done

# The checks must be able to fail: an image whose text is writable and
# whose data shares the text's page, linked the way user.ld would not
cat > "$TMP/bad.ld" <<'LD'
ENTRY(_start)
PHDRS { text PT_LOAD FLAGS(7); data PT_LOAD FLAGS(6); }
SECTIONS {
	. = 0x08048000;
	.text : { *(.text) } :text
	.data : { *(.data) } :data
	/DISCARD/ : { *(.note*) }
}
LD
printf '\t.text\n\t.globl _start\n_start:\tjmp _start\n\t.data\n\t.long 1\n' \
	> "$TMP/bad.S"
if gcc -m32 -c -o "$TMP/bad.o" "$TMP/bad.S" &&
		ld -m elf_i386 -T "$TMP/bad.ld" -o "$TMP/bad.elf" "$TMP/bad.o" \
			2> /dev/null; then
	probs=$(elfproblems "$TMP/bad.elf")
	if grep -q "flags RWE" <<< "$probs" && grep -q "share a page" <<< "$probs"; then
		pass "a writable text sharing a page with data is refused"
	else
		fail "a writable text sharing a page with data is refused" \
			"checker said: $(echo "$probs" | paste -sd ';')"
	fi
else
	fail "link the deliberately bad image"
fi

# The kernel carries the table: uprogtab, one row per program, and nuprogs
if [ ! -f "$KERNEL" ]; then
	fail "kernel has uprogtab" "no $KERNEL (run make)"
else
	syms=$(nm -S "$KERNEL")
	size=$(awk '$4 == "uprogtab" { print $2 }' <<< "$syms")
	if [ -z "$size" ]; then
		fail "kernel $(basename "$KERNEL") has a uprogtab symbol"
	elif [ $((16#$size)) -eq $((nprogs * UPROG_ROW)) ]; then
		pass "kernel $(basename "$KERNEL"): uprogtab has $nprogs rows"
	else
		fail "kernel $(basename "$KERNEL"): uprogtab has $nprogs rows" \
			"$((16#$size)) bytes, want $((nprogs * UPROG_ROW))"
	fi
	if awk '$4 == "nuprogs"' <<< "$syms" | grep -q .; then
		pass "kernel $(basename "$KERNEL") has nuprogs"
	else
		fail "kernel $(basename "$KERNEL") has nuprogs"
	fi
fi

# ulib on the host, compiled with the flags compile/Makefile gives it
# (UCFLAGS), linked with a shim that serves its system calls from Linux
GCCINC=$(gcc -m32 -print-file-name=include)
UCFLAGS=(-m32 -march=i686 -ffreestanding -fno-pic -fno-pie
	-fno-stack-protector -fno-builtin -fno-strict-aliasing
	-fno-tree-loop-distribute-patterns -nostdinc -I"$TOP/ulib/include"
	-isystem "$GCCINC" -O2 -Wall -Wextra -Werror -Wno-unused-parameter)
ulibsrc=$(ls "$TOP"/ulib/*.c | grep -v '/syscheck\.c$')
if gcc "${UCFLAGS[@]}" -nostdlib -static -o "$TMP/ulibhost" \
		"$TOP/tests/host/ulibhost.c" $ulibsrc \
		"$(gcc -m32 -print-libgcc-file-name)" 2> "$TMP/cc.err"; then
	"$TMP/ulibhost" > "$TMP/ulibhost.out" 2> /dev/null
	rc=$?
	while read -r word rest; do
		case $word in
		PASS) pass "ulib: $rest" ;;
		FAIL) fail "ulib: $rest" ;;
		esac
	done < "$TMP/ulibhost.out"
	tail -n 1 "$TMP/ulibhost.out" | grep -q ' 0 failed$' && [ $rc -eq 0 ] ||
		fail "ulib host test ran to its end" "status $rc"
else
	fail "build ulib for the host" "$(head -3 "$TMP/cc.err")"
fi

echo "$npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
