#!/usr/bin/env python3
# serial-expect.py - drive a program's serial console (stdin/stdout) from a script
#
#   serial-expect.py [--log FILE] [--timeout SEC] STEP... -- COMMAND ARG...
#
# STEPs run in order:
#   -e REGEX    wait (at most --timeout seconds) until the output matches REGEX
#   -s TEXT     type TEXT; \r, \n and \\ escapes are understood
#
# The tests boot QEMU with -serial stdio under this driver: wait for the
# shell prompt before typing (input sent earlier is lost while the kernel
# sets up its UART), then type a command and wait for its answer.  Each
# match is reported on stdout ("matched /REGEX/ after N s").  A step
# that times out, or the program ending early, is reported with the step's
# name and the end of the transcript; the exit status is then 1.  The
# program is always killed at the end (its whole process group).

import os
import re
import select
import signal
import subprocess
import sys
import time

def usage():
    sys.stderr.write("usage: serial-expect.py [--log FILE] [--timeout SEC] "
                     "{-e REGEX | -s TEXT}... -- COMMAND ARG...\n")
    sys.exit(2)

def unescape(text):
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\\\", "\\")

def printable(text):
    """The transcript without carriage returns and terminal escapes (GRUB's)"""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text.replace("\r", ""))

def main():
    args = sys.argv[1:]
    log = None
    timeout = 30.0
    steps = []
    while args and args[0] != "--":
        opt = args.pop(0)
        if not args:
            usage()
        val = args.pop(0)
        if opt == "--log":
            log = val
        elif opt == "--timeout":
            timeout = float(val)
        elif opt == "-e":
            steps.append(("expect", val))
        elif opt == "-s":
            steps.append(("send", unescape(val)))
        else:
            usage()
    if not args or len(args) < 2:
        usage()
    command = args[1:]

    errlog = (log + ".stderr") if log else os.devnull
    with open(errlog, "wb") as err:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=err,
                                start_new_session=True)
    transcript = ""
    start = time.monotonic()
    pos = 0                  # matching resumes after the previous match
    status = 0
    try:
        for kind, val in steps:
            if kind == "send":
                proc.stdin.write(val.encode())
                proc.stdin.flush()
                continue
            pattern = re.compile(val)
            deadline = time.monotonic() + timeout
            while True:
                m = pattern.search(transcript, pos)
                if m:
                    pos = m.end()
                    print("matched /%s/ after %.1f s" % (val, time.monotonic() - start),
                          flush=True)
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("timed out after %g s waiting for /%s/"
                                       % (timeout, val))
                ready, _, _ = select.select([proc.stdout], [], [], left)
                if ready:
                    data = os.read(proc.stdout.fileno(), 4096)
                    if not data:
                        proc.wait()
                        raise EOFError("%s ended (status %s) before /%s/ appeared"
                                       % (command[0], proc.returncode, val))
                    transcript += data.decode("latin-1")
    except (TimeoutError, EOFError) as e:
        status = 1
        sys.stderr.write("serial-expect: %s\n" % e)
        tail = printable(transcript).splitlines()[-15:]
        sys.stderr.write("serial-expect: ---- last lines of the console ----\n")
        for line in tail:
            sys.stderr.write("    %s\n" % line)
        if log:
            sys.stderr.write("serial-expect: full console in %s, "
                             "program messages in %s\n" % (log, errlog))
    except BrokenPipeError:
        status = 1
        sys.stderr.write("serial-expect: %s closed its input\n" % command[0])
    finally:
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            except ProcessLookupError:
                pass
        if log:
            with open(log, "w") as f:
                f.write(printable(transcript))
    return status

if __name__ == "__main__":
    sys.exit(main())
