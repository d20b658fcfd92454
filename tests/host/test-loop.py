#!/usr/bin/env python3
"""test-loop.py - driven by test-loop.sh (which builds the kernels).

Types at the shell over the serial line as a person would, boots the
watchprog.c program (small configuration, BATCH), and runs
`make MAIN=prog.c run` on a pipe.  Waits on output with generous hang
limits only; nothing here depends on the machine's speed.
"""

import os
import re
import select
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from runner import Qemu, BOOT_LIMIT, SHELL_LIMIT   # noqa: E402

QEMU = ("qemu-system-i386 -accel tcg -m 256M -display none -no-reboot "
        "-device isa-debug-exit,iobase=0xf4,iosize=0x04")
HOME = b"\x1b[H"
PROMPT = rb"xsh \$ "
LIMIT = 120
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("PASS " + name)
    else:
        failed += 1
        print("FAIL " + name + (": " + detail if detail else ""))


def frames(data):
    """The frames of a live view: the text after each cursor-home."""
    return data.split(HOME)[1:]


def shell_view():
    q = Qemu(QEMU, "compile/xinu.elf", "compile/test-loop-shell.log")
    try:
        if q.expect(PROMPT, BOOT_LIMIT) is None:
            check("shell boots", False, "no prompt")
            return
        # Two frames of the physical view, drawn in place
        q.send(b"memmap -w 1\r")
        frame = re.escape(HOME) + rb"[\s\S]*?\x1b\[J\r?\n"
        got = q.expect(frame + rb"[\s\S]*?" + frame, LIMIT)
        fr = frames(got or b"")
        ok = (got is not None and len(fr) >= 2
              and all(re.search(rb"policy \w+, FFS \d+/16384 free, swap "
                                rb"\d+/32768 free, \d+ faults/s", f)
                      for f in fr)
              and b"\x1b[2J" in got)
        check("memmap -w 1 redraws the map in place (cursor home, status "
              "line)", ok, repr((got or b"")[-200:]))
        # Each line is cleared to its end: a shorter line leaves nothing
        lines = fr[0].split(b"\r\n")[:-1] if got is not None else []
        ok = got is not None and all(l.endswith(b"\x1b[K")
                                     for l in lines[:-1]) \
            and lines[-1].endswith(b"\x1b[J")
        check("memmap -w clears each line to its end", ok)
        # No frame is taller than a 24-line terminal: nothing scrolls
        ok = got is not None and fr[0].count(b"\n") < 24
        check("a frame of memmap -w fits 24 lines",
              ok, "%d lines" % fr[0].count(b"\n") if fr else "")
        # A key ends it and the prompt comes back; the line discipline is
        # back to cooked with echo (the shell echoes what is typed)
        q.send(b"q")
        out = q.expect(PROMPT, SHELL_LIMIT)
        check("a key ends memmap -w and the prompt returns", out is not None)
        q.send(b"echo after the view\r")
        out = q.expect(PROMPT, SHELL_LIMIT)
        ok = out is not None and b"echo after the view" in out \
            and re.search(rb"^after the view\r?$", out, re.M) is not None
        check("the console is cooked with echo again after memmap -w",
              ok, repr(out))
        for cmd, want in [(b"memmap -w 0", rb"memmap: -w: seconds from 1"),
                          (b"memmap -w 1 0", rb"no address space of its "
                                             rb"own to watch"),
                          (b"memmap -w -r pt", rb"-w shows every region")]:
            q.send(cmd + b"\r")
            out = q.expect(PROMPT, SHELL_LIMIT)
            check("%s is refused" % cmd.decode(),
                  out is not None and re.search(want, out) is not None
                  and HOME not in out, repr(out))
    finally:
        q.close()


def program_view():
    """watchprog.c starts the view of its child, which swaps."""
    try:
        p = subprocess.run(QEMU.split() + ["-kernel", "compile/xinu-watch.elf",
                           "-serial", "stdio", "-monitor", "none"],
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        check("watchprog.c runs to its end", False, "hang")
        return
    out = p.stdout
    open("compile/test-loop-watch.log", "wb").write(out)
    check("watchprog.c: memmap_watch starts the view", b"watch started: yes"
          in out)
    check("watchprog.c: memmap_watch refuses a bad interval and a process "
          "without an address space",
          b"bad interval refused: yes" in out and
          b"process without an address space refused: yes" in out)
    fr = frames(out)
    swaps = [m.group(1) for m in (re.search(rb"swap (\d+)/256 free", f)
                                  for f in fr) if m]
    check("the view of a swapping program is redrawn with changing counts",
          len(fr) >= 2 and len(set(swaps)) >= 2 and b"W" in b"".join(
              re.findall(rb"\n0x[0-9a-f]{8} ([.RWa]+)", out)),
          "%d frames, swap counts %s" % (len(fr), sorted(set(swaps))))
    check("the view ends when the program it watches ends",
          b"view ended by itself: yes" in out
          and out.rstrip().endswith(b"[main process exited]")
          and p.returncode == 33, "status %d" % p.returncode)


def run_says_exit():
    """make MAIN=prog.c run: main's end is announced, Ctrl-A X leaves."""
    with tempfile.TemporaryDirectory() as d:
        prog = os.path.join(d, "prog.c")
        with open(prog, "w") as f:
            f.write('#include <xinu.h>\nprocess main(void)\n{\n'
                    '\tkprintf("HELLO FROM MAIN\\n");\n\treturn OK;\n}\n')
        p = subprocess.Popen(["make", "-s", "MAIN=" + prog, "run"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
        buf = b""
        deadline = time.time() + LIMIT
        end = b"[main process exited]"
        while time.time() < deadline and (
                end not in buf or b"leaves QEMU]" not in buf.split(end)[1]):
            r, _, _ = select.select([p.stdout], [], [], 0.5)
            if r:
                data = os.read(p.stdout.fileno(), 4096)
                if not data:
                    break
                buf += data
        check("make MAIN=prog.c run prints [main process exited] and how "
              "to leave", re.search(rb"HELLO FROM MAIN\r?\n(\r?\n)*\[main "
                                    rb"process exited\]\r?\n\[.*Ctrl-A X "
                                    rb"leaves QEMU\]", buf) is not None,
              repr(buf[-200:]))
        p.stdin.write(b"\x01x")
        p.stdin.flush()
        try:
            p.wait(timeout=LIMIT)
            left = True
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            left = False
        check("Ctrl-A X leaves QEMU after main ended", left)


def make_help():
    """make help: every target and every variable a user sets, one line
    each; plain make still builds."""
    out = subprocess.run(["make", "-s", "help"], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT).stdout.decode()
    want_vars = ["MAIN", "TIMEOUT", "ACCEL", "USERCFLAGS", "LAB", "BACKENDS",
                 "BACKEND", "MEM", "DEBUG_BATCH"]
    missing = [v for v in want_vars
               if not re.search(r"^  %s=" % v, out, re.M)]
    targets = ["run", "batch", "debug", "debug-console", "test", "bench",
               "iso", "netboot", "pxelab", "pxelab-down", "console",
               "pxelab-reset", "pxelab-user", "test-boot", "clean"]
    missing += [t for t in targets
                if not re.search(r"^  make (\S+ )*%s\b" % re.escape(t), out,
                                 re.M)]
    check("make help lists the targets and variables", not missing,
          "missing: %s" % missing)
    dry = subprocess.run(["make", "-n"], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT).stdout.decode()
    check("plain make still builds (help is not the default)",
          "Targets:" not in dry and "deps.sh" in dry, dry[-200:])


make_help()
shell_view()
program_view()
run_says_exit()
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
