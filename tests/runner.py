#!/usr/bin/env python3
"""runner.py - the host side of `make test`.

Boots each kernel test suite headless under QEMU with a time limit, answers
its console-input requests by typing over the serial line, drives the shell
of the ordinary kernel over serial, and runs the host-side test scripts.
Prints one line per test and ends with `N passed, N failed`; exits non-zero
on any failure, a panic, or a hang.  What the guest (or a host script)
printed goes to a log file next to the kernel (compile/*.log); it is shown,
indented with "  | ", only for a test that failed.

Golden runs (--golden KERNEL:EXPECTED[:STATUS]) boot a user-style program
(tests/lab/, built like `make MAIN=prog.c batch`) and compare its output line
by line with EXPECTED, from the first line matching EXPECTED's first line.
Every line of EXPECTED is, in order:
  "## ..."        a comment, not compared; "## status N" says QEMU must end
                  with status N (default 33, main returned; a STATUS in the
                  spec overrides it)
  "re:REGEX"      the output line must match REGEX entirely
  anything else   the output line must be exactly this text
In both kinds of line, placeholders stand for numbers the lab does not fix:
  <a> ... <z>     a pid (decimal): pids depend on what the kernel created
                  before main, so expected files never write them.  The first
                  line that uses a letter binds it to the number found there;
                  later lines must show the same number, and two letters
                  never stand for the same pid ("normalised by order of first
                  appearance": write them a, b, c ... as they first appear)
  <A> ... <Z>     a hex number ([0-9a-f]+) bound the same way, for values
                  such as a RANDOM victim's frame that must recur later;
                  different letters may be equal
(A regex therefore cannot use a named group of one letter.)  An expected file
that ends with the line "[main process exited]" (the BATCH kernel prints it
when main returns) covers the whole output; anything after the last expected
line is not compared.
"""

import argparse
import os
import re
import select
import shlex
import subprocess
import sys
import time

# Time limits catch hangs only: every wait polls for a state (a line, a
# prompt) and the limits are sized for a loaded 2-core host under TCG.  No
# check bounds how long something took from above: that measures the host.
SUITE_LIMIT = int(os.environ.get("SUITE_TIMEOUT", "600"))   # seconds
SHELL_LIMIT = 60                                           # per command
BOOT_LIMIT = 60
BG_SLEEP = 600      # a background sleep that outlives the shell checks
GOLDEN_LIMIT = 120  # a golden run (each takes about a second under TCG)
EXIT_PASS = 33              # isa-debug-exit with 0x10: (0x10 << 1) | 1

# What the runner types when the kernel prints `INPUT? <tag>`
# (tests/kernel/test_tty.c documents the same table)
INPUTS = {
    "hello": b"hello world\r",
    "backspace": b"abX\x7fc\r",
    "killline": b"junk\x15good\r",
}

results = []                # (name, ok, detail)
SHOW_LINES = 40             # lines of a failed test's output shown
CSI_RX = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def show(text, log):
    """Show the end of a failed test's output and where all of it is."""
    lines = text.splitlines()
    for line in lines[-SHOW_LINES:]:
        print("  | " + line.rstrip("\r"), flush=True)
    print("  (%s lines in all; log in %s)" % (len(lines), log), flush=True)


def record(name, ok, detail=""):
    results.append((name, ok, detail))
    line = ("PASS " if ok else "FAIL ") + name
    if detail and not ok:
        line += ": " + detail
    print(line, flush=True)


class Qemu:
    """A QEMU process with its serial console on a pipe."""

    def __init__(self, qemu, kernel, log):
        cmd = shlex.split(qemu) + ["-kernel", kernel, "-serial", "stdio",
                                   "-monitor", "none"]
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, bufsize=0)
        self.buf = b""
        self.log = open(log, "wb")

    def read(self, timeout):
        """Read what is available within timeout; False at end of file."""
        r, _, _ = select.select([self.p.stdout], [], [], timeout)
        if not r:
            return True
        data = os.read(self.p.stdout.fileno(), 65536)
        if not data:
            return False
        self.log.write(data)
        self.log.flush()
        self.buf += data
        return True

    def expect(self, pattern, limit):
        """Wait until pattern (bytes regex) appears after the consumed part."""
        deadline = time.time() + limit
        rx = re.compile(pattern)
        while True:
            m = rx.search(self.buf)
            if m:
                out = self.buf[:m.end()]
                self.buf = self.buf[m.end():]
                return out
            left = deadline - time.time()
            if left <= 0 or not self.read(min(left, 0.5)):
                m = rx.search(self.buf)
                if m:
                    continue
                return None

    def send(self, data):
        # Type slowly enough that the 16-byte UART FIFO never overflows
        for i in range(0, len(data), 8):
            self.p.stdin.write(data[i:i + 8])
            self.p.stdin.flush()
            time.sleep(0.01)

    def close(self):
        if self.p.poll() is None:
            self.p.kill()
        self.p.wait()
        self.log.close()
        return self.p.returncode


def run_suite(qemu, kernel):
    """Boot a test kernel and collect its PASS/FAIL lines."""
    name = os.path.basename(kernel).replace(".elf", "")
    log = kernel.replace(".elf", ".log")
    q = Qemu(qemu, kernel, log)
    deadline = time.time() + SUITE_LIMIT
    line_rx = re.compile(rb"([^\n]*)\n")
    summary = None
    panic = False
    pending = b""
    while time.time() < deadline:
        alive = q.read(0.5)
        data, q.buf = q.buf, b""
        pending += data
        while True:
            m = line_rx.match(pending)
            if not m:
                break
            # Terminal control sequences (a live view's clear-screen) are
            # not part of a line: one must never hide a test's result
            line = CSI_RX.sub("", m.group(1).rstrip(b"\r").decode("latin-1"))
            pending = pending[m.end():]
            if line.startswith("INPUT? "):
                tag = line[7:].strip()
                q.send(INPUTS.get(tag, b"?\r"))
            if "PANIC" in line:
                panic = True
            s = re.match(r"^(\d+) passed, (\d+) failed$", line)
            if s:
                summary = (int(s.group(1)), int(s.group(2)))
            t = re.match(r"^(PASS|FAIL) (\S+)(.*)$", line)
            if t:
                record(name + "/" + t.group(2), t.group(1) == "PASS",
                       t.group(3).strip())
        if not alive:
            break
    timed_out = time.time() >= deadline
    rc = q.close()
    bad = timed_out or panic or summary is None or summary[1] != 0 \
        or rc != EXIT_PASS
    if bad:
        show(open(log, encoding="latin-1").read(), log)
    if timed_out:
        record(name, False, "time limit of %d s reached (hang?); log in %s"
               % (SUITE_LIMIT, log))
    elif panic:
        record(name, False, "kernel panic; log in " + log)
    elif summary is None:
        record(name, False, "no 'N passed, N failed' line (QEMU status %s)"
               % rc)
    elif summary[1] != 0 or rc != EXIT_PASS:
        record(name, False, "%d kernel tests failed, QEMU status %s"
               % (summary[1], rc))
    else:
        record(name, True)


# Shell sessions: (command typed, regex the answer must match,
#                  regex it must not match or None)
SHELL_CASES = [
    ("echo hello   world", rb"^hello world\r?$", None),
    ('echo "a  b" c', rb"^a  b c\r?$", None),
    ("echo 'single quoted'", rb"^single quoted\r?$", None),
    ("nosuchcmd", rb"nosuchcmd: command not found", None),
    ("ps", rb"shell", None),
    ("ps", rb"prnull", None),
    ("help", rb"memstat", None),
    ("memstat", rb"free", None),
    ("uptime", rb"up ", None),
    ("devdump", rb"CONSOLE", None),
    ("kill 99999", rb"^kill: no such process: 99999\r?$", None),
    ("kill 999", rb"^kill: no such process: 999\r?$", None),
    ("kill", rb"kill: missing process ID", None),
    ("kill 0", rb"kill: pid 0 is the null process, which the system needs",
     None),
    ("kill 1", rb"kill: pid 1 is the pager, which the system needs", None),
    # one wording per kind of error, the bad word named
    ("kill abc", rb"^kill: not a process ID: abc\r?$", None),
    ("vmstat abc", rb"^vmstat: not a process ID: abc\r?$", None),
    ("memmap abc", rb"^memmap: not a process ID: abc\r?$", None),
    ("vmcheck x", rb"^vmcheck: too many arguments", None),
    ("vmworkload seq 1 fifo extra", rb"^vmworkload: unknown policy: extra ",
     None),
    ("memmap -x", rb"^memmap: unknown option: -x ", None),
    ("sleep x", rb"^sleep: not a number: x\r?$", None),
    ("memdump 0x100000 32", rb"00100000", None),
    ("memdump 0x40000000", rb"memdump: range outside", None),
    ("memdump 0", rb"memdump: range outside", None),
    ('echo "unterminated', rb"quote", None),
    ("echo bg &", rb"^bg\r?\n", None),
    ("vmstat", rb"FFS: +16384 of 16384 frames free", None),
    ("vmstat 1", rb"pager", None),
    ("vmstat 99999", rb"^vmstat: no such process: 99999\r?$", None),
    # sharing: nothing is forked here, so every count is 0
    ("vmstat", rb"swapouts +clean copies reuses\r?\n", None),
    ("vmstat", rb"^FFS: .*, 0 shared by several mappings\r?$", None),
    ("vmstat", rb"^copy-on-write: 0 pages copied on a write, 0 made "
     rb"writable again", None),
    ("memmap -n -r ffs", rb"^FFS: .* in use, 0 of them shared\r?$", None),
    ("help memmap", rb"C copy-on-write(.|\n)*S MAP_SHARED +r read-only", None),
    ("vmstat", rb"^policy: random;", rb"RANDOM"),
    ("vmcheck", rb"vmcheck: OK", None),
    ("vmpolicy", rb"policy: random", None),
    ("vmpolicy clock", rb"policy: clock", None),
    ("vmpolicy", rb"policy: clock", None),
    ("vmpolicy lru", rb"^vmpolicy: unknown policy: lru ", None),
    ("vmpolicy clockpro", rb"policy: clockpro", None),
    ("vmstat", rb"policy: clockpro;.*\r?\nclockpro: 0 hot, 0 cold, 0 test entries", None),
    ("vmpolicy random", rb"policy: random", None),
    ("vmtrace bogus", rb"^vmtrace: unknown action: bogus ", None),
    ("vmtrace", rb"^vmtrace: off, 0 of 4096 entries held, 0 dropped", None),
    ("vmtrace on", rb"^vmtrace: on, ", None),
    ("vmtrace off", rb"^vmtrace: off, ", None),
    ("vmtrace dump", rb"TRACE BEGIN n=0 dropped=0\r?\nTRACE END", None),
    ("vmworkload zipf 1 fifo",
     rb"WORKLOAD zipf seed 1 policy fifo frames 16384 refs 65536 faults \d+",
     None),
    ("vmworkload scan 1 clockpro",
     rb"WORKLOAD scan seed 1 policy clockpro frames 16384 refs 65536 faults \d+",
     None),
    ("vmworkload lru 1", rb"^vmworkload: unknown workload: lru ", None),
    ("vmworkload zipf 1 lru", rb"^vmworkload: unknown policy: lru ", None),
    ("vmpolicy", rb"policy: random", None),
    ("vmcheck", rb"vmcheck: OK", None),
    ("debugfaults", rb"debugfaults: off", None),
    ("debugfaults on", rb"debugfaults: on", None),
    ("debugfaults", rb"debugfaults: on", None),
    ("debugfaults maybe", rb"^debugfaults: unknown setting: maybe ", None),
    ("debugfaults off extra", rb"too many arguments", None),
    ("debugfaults off", rb"debugfaults: off", None),
    ("memmap -n -r pt", rb"\n0x02000000 KKKKKKKK", rb"\x1b\["),
    ("memmap -n -r pt", rb"PD/PT: +\d+ of 1024 frames free", None),
    ("memmap -r pt", rb"\x1b\[1mK", None),
    ("memmap -n -r ffs", rb"FFS: +16384 of 16384 frames free", None),
    ("memmap -n -r swap", rb"swap: +32768 of 32768 slots free", None),
    ("memmap -n", rb"legend:(.|\n)*swap: ", rb"memmap: "),
    ("memmap 0", rb"no private address space", None),
    ("memmap 9999", rb"^memmap: no such process: 9999\r?$", None),
    ("memmap -r disk", rb"^memmap: unknown region: disk ", None),
    # help explains every option and argument
    ("help memmap", rb"-n +no colour(.|\n)*-a +all rows(.|\n)*-r reg"
     rb"(.|\n)*owners table(.|\n)*R resident", None),
    ("help vmstat", rb"8192 \+ heap pages(.|\n)*kernel's 8192 pages", None),
    ("help kill", rb"pager", None),
    ("help", rb"history", None),
    # a user program (user/cowdemo.c): its last line, after its children
    ("cowdemo 2", rb"^cowdemo: parent sees PP: unchanged, 2 children done\r?$",
     rb"FAIL|fork failed|no death notice"),
]


def run_shell(qemu, kernel):
    log = kernel.replace(".elf", "-shell.log")
    q = Qemu(qemu, kernel, log)
    try:
        if q.expect(rb"xsh \$ ", BOOT_LIMIT) is None:
            record("shell/boot", False, "no prompt within %d s" % BOOT_LIMIT)
            return
        record("shell/boot", True)
        for cmd, want, forbid in SHELL_CASES:
            q.send(cmd.encode() + b"\r")
            out = q.expect(rb"xsh \$ ", SHELL_LIMIT)
            name = "shell/" + cmd
            if out is None:
                record(name, False, "no prompt after the command")
                continue
            # What the command printed: drop the echo of the typed line
            # so a pattern can never match the command itself
            answer = out.split(b"\n", 1)[1] if b"\n" in out else b""
            ok = re.search(want, answer, re.M) is not None
            if ok and forbid is not None and re.search(forbid, answer):
                ok = False
            record(name, ok, "" if ok else "got %r" % out[-300:])
        # sleep really waits (a lower bound: the guest's ticks never run
        # ahead of the host's clock); a background command gives the
        # prompt back while it still runs (ps shows it asleep)
        t0 = time.time()
        q.send(b"sleep 1\r")
        out = q.expect(rb"xsh \$ ", SHELL_LIMIT)
        took = time.time() - t0
        record("shell/sleep 1 takes a second", out is not None and took >= 0.95,
               "took %.2f s" % took)
        q.send(b"sleep %d &\r" % BG_SLEEP)
        out = q.expect(rb"xsh \$ ", SHELL_LIMIT)
        q.send(b"ps\r")
        ps = q.expect(rb"xsh \$ ", SHELL_LIMIT)
        record("shell/& runs in the background",
               out is not None and ps is not None
               and re.search(rb"sleep +sleep", ps) is not None,
               "prompt %s, ps: %r" % ("back" if out is not None else
                                      "not back", (ps or b"")[-300:]))
        # a user program in the background, then another command: both
        # run, and the command's answer is its own
        q.send(b"hello a b &\r")
        bg = q.expect(rb"argv\[2\] = b\r?\n", SHELL_LIMIT)
        q.send(b"echo after hello\r")
        out = q.expect(rb"\nafter hello\r?\n(?:.|\n)*?xsh \$ ", SHELL_LIMIT)
        record("shell/hello a b & then a command",
               bg is not None and b"hello from ring 3, argc 3" in bg
               and out is not None,
               "hello: %r, then: %r" % ((bg or b"")[-200:],
                                        (out or b"")[-200:]))
        run_shell_keys(q)
        # exit ends the shell; main starts a new one
        q.send(b"exit\r")
        out = q.expect(rb"xsh \$ ", SHELL_LIMIT)
        record("shell/exit restarts the shell", out is not None)
    finally:
        q.close()


def shell_ask(q, data, limit=SHELL_LIMIT):
    """Type data (raw bytes: keys) and return what came back up to the
    next prompt, without the echo of the line typed; None if no prompt."""
    q.send(data)
    out = q.expect(rb"xsh \$ ", limit)
    if out is None:
        return None
    return out.split(b"\n", 1)[1] if b"\n" in out else b""


def ps_pids(q, name):
    """The pids ps lists with this process name."""
    out = shell_ask(q, b"ps\r") or b""
    return sorted(int(m.group(1)) for m in re.finditer(
        rb"^ *(\d+) %s +" % re.escape(name), out, re.M))


def heap_free(q):
    out = shell_ask(q, b"memstat\r") or b""
    m = re.search(rb"Heap: .*?(\d+) bytes free in (\d+) blocks", out)
    return m.groups() if m else None


# Line editing as a person types it: (name, keys, answer regex)
SHELL_KEYS = [
    ("keys/left arrow and Home", b"cho left\x1b[D\x1b[He\r",
     rb"^left\r?$"),
    ("keys/^A and ^E", b"ho mid\x01ec\x05dle\r", rb"^middle\r?$"),
    ("keys/right arrow and End", b"echo ab\x1b[D\x1b[D\x1b[Cx\x1b[Fy\r",
     rb"^axby\r?$"),
    ("keys/^W erases a word", b"echo keep drop\x17\r", rb"^keep\r?$"),
    ("keys/backspace in the middle", b"echo abXc\x1b[D\x7f\r",
     rb"^abc\r?$"),
    ("keys/unknown escapes are ignored",
     b"echo a\x1b[5~b\x1b[1;5Xc\x1bOPd\x1b[15~e\x1bxf\r", rb"^abcdef\r?$"),
    ("keys/up arrow recalls the last line", b"\x1b[A\r", rb"^abcdef\r?$"),
    ("keys/up twice, down once", b"\x1b[A\x1b[A\x1b[B\r", rb"^abcdef\r?$"),
]


def run_shell_keys(q):
    """Line editing, history and ^C, driven over the serial line."""
    for name, data, want in SHELL_KEYS:
        ans = shell_ask(q, data)
        ok = ans is not None and re.search(want, ans, re.M) is not None
        record("shell/" + name, ok, "got %r" % (ans or b"")[-300:])

    # ^L clears the screen and redraws the prompt and the line
    q.send(b"echo redrawn\x0c")
    out = q.expect(rb"\x1b\[2J\x1b\[Hxsh \$ echo redrawn", SHELL_LIMIT)
    ans = shell_ask(q, b"\r")
    record("shell/keys/^L redraws", out is not None and ans is not None
           and re.search(rb"^redrawn\r?$", ans, re.M) is not None,
           "got %r %r" % (out, ans))

    # history lists recent lines; !n runs one again
    ans = shell_ask(q, b"history\r") or b""
    m = re.search(rb"^ *(\d+)  echo middle\r?$", ans, re.M)
    ok = m is not None
    if ok:
        ans = shell_ask(q, b"!" + m.group(1) + b"\r") or b""
        ok = re.search(rb"^echo middle\r?\nmiddle\r?$", ans,
                       re.M) is not None
    record("shell/history and !n", ok, "got %r" % ans[-300:])
    ans = shell_ask(q, b"!9999\r") or b""
    record("shell/!n of a line not kept",
           re.search(rb"^xsh: !9999: no such line in the history", ans, re.M)
           is not None, "got %r" % ans)

    # ^C discards a half-typed line
    q.send(b"echo junk\x03")
    out = q.expect(rb"xsh \$ ", SHELL_LIMIT)
    ans = shell_ask(q, b"echo ok\r")
    record("shell/^C discards the line", out is not None and b"^C" in out
           and ans is not None and re.search(rb"^ok\r?$", ans, re.M)
           is not None and b"junk" not in ans, "got %r %r" % (out, ans))

    # ^C kills the foreground command at once: the prompt comes back
    # while it would still sleep, ps no longer lists it, and a command
    # in the background is not touched
    bg = ps_pids(q, b"sleep")
    before = heap_free(q)
    q.send(b"sleep 1000\r")
    started = q.expect(rb"sleep 1000\r\n", SHELL_LIMIT)
    q.send(b"\x03")
    out = q.expect(rb"xsh \$ ", SHELL_LIMIT)
    after = ps_pids(q, b"sleep")
    record("shell/^C interrupts sleep", started is not None and out is not None
           and b"^C" in out and after == bg and bg != [],
           "prompt %r, sleeps before %s, after %s" % (out, bg, after))

    # ... and a command in the middle of its work gives everything back
    q.send(b"vmworkload all 1 all\r")
    started = q.expect(rb"WORKLOAD ", SHELL_LIMIT)
    q.send(b"\x03")
    out = q.expect(rb"xsh \$ ", SHELL_LIMIT)
    gone = ps_pids(q, b"vmworkload") == [] and ps_pids(q, b"sleep") == bg
    ans = shell_ask(q, b"vmcheck\r") or b""
    # the pager tears address spaces down after the kill: wait for it
    deadline = time.time() + SHELL_LIMIT
    freed = heap_free(q)
    while freed != before and time.time() < deadline:
        freed = heap_free(q)
    record("shell/^C interrupts vmworkload, all given back",
           started is not None and out is not None and gone
           and b"vmcheck: OK" in ans and freed == before,
           "prompt %r, gone %s, vmcheck %r, heap %s then %s"
           % (out, gone, ans, before, freed))

    # the keeper that restarts the shell is refused by kill
    keeper = ps_pids(q, b"main")
    ans = shell_ask(q, b"kill %d\r" % keeper[0]) if keeper else None
    record("shell/kill refuses the shell's keeper", ans is not None and
           re.search(rb"^kill: pid %d is the shell's keeper" % keeper[0],
                     ans, re.M) is not None and ps_pids(q, b"main") == keeper,
           "got %r" % ans)


PLACEHOLDER_RX = re.compile(r"<([a-zA-Z])>")


def golden_regex(line):
    """An expected line as a regex whose named groups are its placeholders
    (group p_x for pid <x>, v_X for value <X>)."""
    if line.startswith("re:"):
        body, literal = line[3:], (lambda t: t)
    else:
        body, literal = line, re.escape
    out, seen, pos = [], set(), 0
    for m in PLACEHOLDER_RX.finditer(body):
        out.append(literal(body[pos:m.start()]))
        x = m.group(1)
        group = ("p_" if x.islower() else "v_") + x
        if group in seen:
            out.append("(?P=%s)" % group)
        else:
            seen.add(group)
            out.append("(?P<%s>%s)" % (group, r"\d+" if x.islower()
                                         else "[0-9a-f]+"))
        pos = m.end()
    out.append(literal(body[pos:]))
    return re.compile("".join(out))


def golden_match(rx, got, binding):
    """Does an output line match an expected line's regex, consistently with
    the placeholders bound so far?  Binds new ones when it does."""
    m = rx.fullmatch(got)
    if m is None:
        return False
    new = {}
    for group, value in m.groupdict().items():
        if group in binding:
            if binding[group] != value:
                return False
        elif group.startswith("p_") and value in [
                v for g, v in binding.items() if g.startswith("p_")]:
            return False            # another letter has this pid
        else:
            new[group] = value
    binding.update(new)
    return True


def run_golden(qemu, spec):
    """Boot a user-style program (built with BATCH) and compare its output,
    from the first expected line on, with a file of expected lines (the
    format is described at the top of this file).
    spec: kernel:expected[:QEMU exit status]"""
    parts = spec.split(":")
    kernel, expected_file = parts[0], parts[1]
    status = EXIT_PASS
    name = "golden/" + os.path.basename(expected_file)
    expected = []
    for line in open(expected_file, encoding="latin-1").read().splitlines():
        d = re.match(r"^## status (\d+)\s*$", line)
        if d:
            status = int(d.group(1))
        if not line.startswith("##"):
            expected.append(line)
    if len(parts) > 2:
        status = int(parts[2])
    log = kernel.replace(".elf", "-golden.log")
    try:
        p = subprocess.run(shlex.split(qemu) + ["-kernel", kernel, "-serial",
                           "stdio", "-monitor", "none"],
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=GOLDEN_LIMIT)
    except subprocess.TimeoutExpired as e:
        open(log, "wb").write(e.output or b"")
        show((e.output or b"").decode("latin-1"), log)
        record(name, False, "time limit of %d s reached (a program of the "
               "corpus takes a few seconds: hang?)" % GOLDEN_LIMIT)
        return
    open(log, "wb").write(p.stdout)
    got = [l.rstrip("\r") for l in p.stdout.decode("latin-1").splitlines()]
    output = "\n".join(got)
    rxs = [golden_regex(e) for e in expected]
    binding = {}
    if expected:
        for i, g in enumerate(got):
            if golden_match(rxs[0], g, dict(binding)):
                got = got[i:]
                break
        else:
            got = []                # reported as: line 1 ... got (end)
    got = got[:len(expected)]

    bad = None
    for i in range(len(expected)):
        if i >= len(got) or not golden_match(rxs[i], got[i], binding):
            bad = i
            break
    if p.returncode != status or bad is not None:
        show(output, log)
    if p.returncode != status:
        record(name, False, "QEMU status %d, expected %d"
               % (p.returncode, status))
    elif bad is not None:
        record(name, False, "line %d: expected %r, got %r%s"
               % (bad + 1, expected[bad],
                  got[bad] if bad < len(got) else "(end)",
                  " (pids/values bound so far: %s)" % binding
                  if binding else ""))
    else:
        record(name, True)


def run_lowmem(qemu, kernel):
    """Too little RAM must stop the boot with a message naming the need."""
    cmd = [a for a in shlex.split(qemu)]
    if "-m" in cmd:
        cmd[cmd.index("-m") + 1] = "64M"
    try:
        p = subprocess.run(cmd + ["-kernel", kernel, "-serial", "stdio",
                                  "-monitor", "none"],
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=60)
    except subprocess.TimeoutExpired:
        record("boot/too little RAM is refused", False, "kernel did not stop")
        return
    out = p.stdout.decode("latin-1")
    ok = (re.search(r"not enough RAM: \d+ MiB found, \d+ MiB needed", out)
          is not None and p.returncode != EXIT_PASS and "xsh $" not in out)
    record("boot/too little RAM is refused", ok,
           "" if ok else "got %r (status %d)" % (out[-200:], p.returncode))


def run_host(script):
    name = "host/" + os.path.basename(script)
    try:
        p = subprocess.run(["bash", script], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=600,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        out = (e.output or b"").decode("latin-1")
        show(out, "(not kept)")
        record(name, False, "time limit reached")
        return
    out = p.stdout.decode("latin-1")
    log = os.path.join("compile", "host-" + os.path.basename(script)
                       .replace(".sh", ".log"))
    open(log, "w", encoding="latin-1").write(out)
    if p.returncode != 0:
        # A script prints a line per check: show those that did not pass
        show("\n".join(l for l in out.splitlines()
                       if not l.startswith("PASS ")), log)
    record(name, p.returncode == 0, "exit status %d" % p.returncode)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qemu", required=True)
    ap.add_argument("--suite", action="append", default=[])
    ap.add_argument("--shell", action="append", default=[])
    ap.add_argument("--host", action="append", default=[])
    ap.add_argument("--golden", action="append", default=[])
    a = ap.parse_args()
    for k in a.suite:
        run_suite(a.qemu, k)
    for k in a.shell:
        run_shell(a.qemu, k)
    for g in a.golden:
        run_golden(a.qemu, g)
    for k in a.shell:
        run_lowmem(a.qemu, k)
    for s in a.host:
        run_host(s)
    failed = sum(1 for r in results if not r[1])
    print("%d passed, %d failed" % (len(results) - failed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
