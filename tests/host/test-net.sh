#!/usr/bin/env bash
# test-net.sh - the network under QEMU user networking, and without a NIC
#
# 1. restrict=on (nothing leaves QEMU): DHCP at boot prints the address
#    QEMU gives (10.0.2.15) before the prompt; `ping 10.0.2.2` (QEMU's
#    gateway, inside QEMU) gets replies; netinfo and arp show them; bad
#    arguments of the network commands get a one-line error.
# 2. a host-side UDP echo: udpeserver runs in Xinu, a datagram sent from
#    127.0.0.1 to a hostfwd port bound to 127.0.0.1 comes back.  QEMU's
#    restrict=on drops every UDP datagram a guest sends other than
#    DHCP/TFTP, the echo included, so this boot has restrict=off: Xinu
#    sends nothing but its DHCP broadcast (answered inside QEMU) and the
#    echo to 10.0.2.2, which QEMU hands to the host's loopback.
# 3. no DHCP server (frames go to a loopback UDP port nobody reads):
#    "Cannot obtain an IP address" after the bounded tries, then the prompt.
# 4. no NIC at all (-nic none): said once at boot, the prompt comes, the
#    network commands fail cleanly.
# Prints PASS/FAIL lines and "N passed, N failed"; waits on output with
# generous limits (never on wall time).
set -u
cd "$(dirname "$0")/../.."
make -s kernel >/dev/null || { echo "FAIL build"; echo "0 passed, 1 failed"; exit 1; }
exec python3 - "$@" <<'PY'
import os, re, select, shlex, socket, subprocess, sys, time

KERNEL = "compile/xinu.elf"
QEMU = ("qemu-system-i386 -accel tcg -m 256M -display none -no-reboot "
        "-device isa-debug-exit,iobase=0xf4,iosize=0x04 -monitor none")
LIMIT = 120                     # s: catches hangs only (loaded TCG host)
PROMPT = b"xsh $ "
npass = nfail = 0

def check(name, ok, detail=""):
    global npass, nfail
    if ok:
        print("PASS " + name); npass += 1
    else:
        print("FAIL %s%s" % (name, ": " + detail if detail else "")); nfail += 1
    sys.stdout.flush()

def free_port(kind):
    s = socket.socket(socket.AF_INET, kind)
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p

class Xinu:
    def __init__(self, netargs):
        cmd = shlex.split(QEMU) + netargs + ["-kernel", KERNEL, "-serial", "stdio"]
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.out = b""
    def expect(self, pat, limit=LIMIT):
        """Wait for pat (bytes regex) after the output seen so far; the
        text up to and including the match, or None"""
        end = time.time() + limit
        rx = re.compile(pat)
        while True:
            m = rx.search(self.out)
            if m:
                got, self.out = self.out[:m.end()], self.out[m.end():]
                return got.decode("latin-1")
            left = end - time.time()
            if left <= 0 or self.p.poll() is not None:
                self.last = self.out.decode("latin-1")
                return None
            r, _, _ = select.select([self.p.stdout], [], [], min(left, 1))
            if r:
                self.out += os.read(self.p.stdout.fileno(), 4096)
    def cmd(self, line, limit=LIMIT):
        self.p.stdin.write(line.encode() + b"\r")
        self.p.stdin.flush()
        return self.expect(re.escape(PROMPT), limit)
    def close(self):
        self.p.kill()
        self.p.wait()

# 1. restricted user networking
x = Xinu(["-netdev", "user,id=n0,restrict=on", "-device", "e1000-82545em,netdev=n0"])
boot = x.expect(re.escape(PROMPT))
check("user-net: DHCP address printed before the prompt",
      boot is not None and "Obtained IP address 10.0.2.15 (mask 255.255.255.0" in boot,
      (boot or x.last)[-300:])
out = x.cmd("ping 10.0.2.2 3") or ""
check("user-net: ping 10.0.2.2 gets 3 replies",
      len(re.findall(r"64 bytes from 10\.0\.2\.2: icmp_seq=\d time=\d+ ms", out)) == 3
      and "3 packets transmitted, 3 received, 0% packet loss" in out, out)
out = x.cmd("netinfo") or ""
check("user-net: netinfo shows address, MAC and counters",
      "IP address 10.0.2.15, mask 255.255.255.0" in out
      and "MAC 52:54:00:12:34:56, link up" in out and "Buffers: 32 of 32 free" in out, out)
out = x.cmd("arp") or ""
check("user-net: arp lists the gateway", re.search(r"10\.0\.2\.2 +52:55:0a:00:02:02 +resolved", out) is not None, out)
out = x.cmd("arp -d 10.0.2.2") or ""
out2 = x.cmd("arp") or ""
check("user-net: arp -d forgets it", "10.0.2.2 " not in out2 and "(empty)" in out2, out + out2)
bad = {"ping": "missing IP address", "ping 10.0.2": "invalid IP address",
       "ping 10.0.2.2 0": "invalid count", "ping 10.0.2.256": "invalid IP address",
       "udpecho 10.0.2.2 7": "missing arguments", "udpecho 10.0.2.2 70000 x": "invalid port",
       "udpeserver 0": "invalid port", "arp -x": "unknown option",
       "arp -d 1.2.3": "invalid IP address", "netinfo x": "too many arguments"}
for line, msg in bad.items():
    out = x.cmd(line) or ""
    body = [l for l in out.replace("\r", "").split("\n")[1:] if l and not l.startswith("xsh $")]
    check("user-net: '%s' says %s" % (line, msg), len(body) == 1 and msg in body[0], out)
out = x.cmd("ps") or ""
check("user-net: netin runs, netstart has ended", " netin " in out and "netstart" not in out, out)
x.close()

# 2. host-side UDP echo through hostfwd (127.0.0.1 only)
port = free_port(socket.SOCK_DGRAM)
x = Xinu(["-netdev", "user,id=n0,restrict=off,hostfwd=udp:127.0.0.1:%d-:7" % port,
          "-device", "e1000-82545em,netdev=n0"])
boot = x.expect(re.escape(PROMPT))
check("udp-echo: booted with an address", boot is not None and "Obtained IP address 10.0.2.15" in boot)
x.p.stdin.write(b"udpeserver &\r"); x.p.stdin.flush()
ok = x.expect(rb"echoing on UDP port 7") is not None
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
s.settimeout(5)
reply = None
for i in range(10):             # the first may race with the server start
    s.sendto(b"round trip %d" % i, ("127.0.0.1", port))
    try:
        reply = s.recvfrom(2048)[0]
        break
    except socket.timeout:
        pass
check("udp-echo: a datagram from the host comes back from udpeserver",
      ok and reply is not None and reply.startswith(b"round trip"), repr(reply))
seen = x.expect(rb"udpeserver: \d+ bytes from 10\.0\.2\.2:\d+") is not None
check("udp-echo: udpeserver reports the datagram", seen)
s.close()
x.close()

# 3. no DHCP server: frames go to a loopback port nobody reads
p1, p2 = free_port(socket.SOCK_DGRAM), free_port(socket.SOCK_DGRAM)
x = Xinu(["-netdev", "socket,id=n0,udp=127.0.0.1:%d,localaddr=127.0.0.1:%d" % (p1, p2),
          "-device", "e1000-82545em,netdev=n0"])
boot = x.expect(re.escape(PROMPT))
check("no-dhcp: 'Cannot obtain an IP address', then the prompt",
      boot is not None and "Cannot obtain an IP address" in boot, (boot or x.last)[-300:])
out = x.cmd("ping 10.0.2.2") or ""
check("no-dhcp: ping says the network is not up", "the network is not up" in out, out)
x.close()

# 4. no NIC
x = Xinu(["-nic", "none"])
boot = x.expect(re.escape(PROMPT))
check("no-nic: said once at boot, prompt comes",
      boot is not None and boot.count("no Intel 82545EM") == 1
      and "Obtained IP" not in boot and "Cannot obtain" not in boot, (boot or x.last)[-300:])
out = x.cmd("netinfo") or ""
check("no-nic: netinfo fails cleanly", "no network interface" in out, out)
out = x.cmd("ping 10.0.2.2 1") or ""
check("no-nic: ping fails cleanly", "the network is not up" in out, out)
out = x.cmd("udpeserver") or ""
check("no-nic: udpeserver fails cleanly", "the network is not up" in out, out)
x.close()

print("%d passed, %d failed" % (npass, nfail))
sys.exit(1 if nfail else 0)
PY
