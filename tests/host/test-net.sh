#!/usr/bin/env bash
# test-net.sh - the network under QEMU user networking, and without a NIC
#
# 1. restrict=on (nothing leaves QEMU): DHCP at boot prints the address
#    QEMU gives (10.0.2.15) before the prompt; `ping 10.0.2.2` (QEMU's
#    gateway, inside QEMU) gets replies; netinfo and arp show them; bad
#    arguments of the network commands get a one-line error.
# 2. no DHCP server (frames go to a loopback UDP port nobody reads):
#    "Cannot obtain an IP address" after the bounded tries, then the prompt.
# 3. no NIC at all (-nic none): said once at boot, the prompt comes, the
#    network commands fail cleanly.
# 4. as root, the PXE lab (tools/lab/pxelab.sh, BACKENDS=2, its own
#    namespace): both backends obtain their addresses from the lab's
#    dnsmasq (its log shows both MACs acknowledged), backend 1 pings
#    backend 2, a UDP echo from backend 1 to udpeserver on backend 2
#    comes back, a datagram from the namespace's host side (10.77.0.1) to
#    that udpeserver comes back (the host-side UDP echo: QEMU's user
#    networking with restrict=on drops a guest's answers to a hostfwd
#    port, and tests keep to restrict=on), and the host side pings
#    backend 1.
#    The consoles are read and typed on through their unix sockets (what
#    minicom connects to).  Traffic stays inside the namespace.
# Prints PASS/FAIL lines and "N passed, N failed"; waits on output with
# generous limits (never on wall time).
set -u
cd "$(dirname "$0")/../.."
make -s kernel >/dev/null || { echo "FAIL build"; echo "0 passed, 1 failed"; exit 1; }
if [ "$(id -u)" -eq 0 ]; then
	make -s netboot >/dev/null 2>&1 || echo "(make netboot failed: the lab part will fail)"
fi
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

# 2. no DHCP server: frames go to a loopback port nobody reads
p1, p2 = free_port(socket.SOCK_DGRAM), free_port(socket.SOCK_DGRAM)
x = Xinu(["-netdev", "socket,id=n0,udp=127.0.0.1:%d,localaddr=127.0.0.1:%d" % (p1, p2),
          "-device", "e1000-82545em,netdev=n0"])
boot = x.expect(re.escape(PROMPT))
check("no-dhcp: 'Cannot obtain an IP address', then the prompt",
      boot is not None and "Cannot obtain an IP address" in boot, (boot or x.last)[-300:])
out = x.cmd("ping 10.0.2.2") or ""
check("no-dhcp: ping says the network is not up", "the network is not up" in out, out)
x.close()

# 3. no NIC
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

# 4. the PXE lab, two backends
import shutil, signal
LAB = "xinulab-nettest"
STATE = "/tmp/" + LAB
LAB_LIMIT = 300                 # s: two backends PXE-booting under TCG
if os.geteuid() != 0 or not shutil.which("dnsmasq") or not shutil.which("ip"):
    print("SKIP pxelab: needs root, ip and dnsmasq")
else:
    env = dict(os.environ, LAB=LAB, BACKENDS="2", ACCEL="tcg",
               NETBOOT=os.path.abspath("compile/netboot"))
    subprocess.run(["tools/lab/pxelab.sh", "down"], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # logs of an earlier run of this test's own lab must not be read
    for f in ("console1.log", "console2.log", "dnsmasq.log", "ready"):
        try:
            os.unlink(os.path.join(STATE, f))
        except OSError:
            pass
    uplog = open("/tmp/%s-up.log" % LAB, "wb")
    up = subprocess.Popen(["tools/lab/pxelab.sh", "up"], env=env, stdin=subprocess.DEVNULL,
                          stdout=uplog, stderr=subprocess.STDOUT, start_new_session=True)

    class Console:
        """A backend's serial console: its unix socket, as minicom uses"""
        def __init__(self, n):
            self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.s.connect("%s/console%d.sock" % (STATE, n))
            self.out = b""
        def expect(self, pat, limit=LIMIT):
            end = time.time() + limit
            rx = re.compile(pat)
            while True:
                m = rx.search(self.out)
                if m:
                    got, self.out = self.out[:m.end()], self.out[m.end():]
                    return got.decode("latin-1")
                left = end - time.time()
                if left <= 0:
                    self.last = self.out.decode("latin-1")
                    return None
                r, _, _ = select.select([self.s], [], [], min(left, 1))
                if r:
                    d = self.s.recv(4096)
                    if not d:
                        return None
                    self.out += d
        def cmd(self, line, limit=LIMIT):
            self.s.sendall(line.encode() + b"\r")
            return self.expect(re.escape(PROMPT), limit)

    def logtext(name):
        try:
            return open(os.path.join(STATE, name), encoding="latin-1").read()
        except OSError:
            return ""

    def wait_for(pred, limit):
        end = time.time() + limit
        while time.time() < end:
            if pred():
                return True
            if up.poll() is not None:
                return False
            time.sleep(0.5)
        return False

    ips = {1: "10.77.0.11", 2: "10.77.0.12"}
    macs = {1: "52:54:00:77:00:01", 2: "52:54:00:77:00:02"}
    try:
        booted = wait_for(lambda: os.path.exists(os.path.join(STATE, "ready")) and all("Obtained IP address" in logtext("console%d.log" % n)
                                      or "Cannot obtain" in logtext("console%d.log" % n)
                                      for n in (1, 2)) and all(
                                      PROMPT.decode() in logtext("console%d.log" % n) for n in (1, 2)),
                          LAB_LIMIT)
        for n in (1, 2):
            got = "Obtained IP address %s (mask 255.255.255.0" % ips[n] in logtext("console%d.log" % n)
            check("pxelab: backend %d obtained %s from dnsmasq" % (n, ips[n]), booted and got,
                  logtext("console%d.log" % n)[-300:] or open(uplog.name, encoding="latin-1").read()[-500:])
        dlog = logtext("dnsmasq.log")
        check("pxelab: dnsmasq acknowledged both MACs",
              all(re.search(r"DHCPACK\(br0\) %s %s" % (re.escape(ips[n]), macs[n]), dlog)
                  for n in (1, 2)), dlog[-500:])
        if booted:
            c1, c2 = Console(1), Console(2)
            c1.cmd(""); c2.cmd("")
            out = c1.cmd("ping %s 3" % ips[2]) or ""
            check("pxelab: backend 1 pings backend 2",
                  "3 packets transmitted, 3 received" in out, out)
            c2.s.sendall(b"udpeserver 7 &\r")
            ok = c2.expect(rb"echoing on UDP port 7") is not None
            out = c1.cmd("udpecho %s 7 lab-hello" % ips[2]) or ""
            check("pxelab: UDP echo between the backends",
                  ok and "echo from %s:7: lab-hello" % ips[2] in out, out)
            # The host side of the namespace: a datagram to udpeserver
            udp = (
                "import socket,sys\n"
                "s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.settimeout(5)\n"
                "got=None\n"
                "for i in range(5):\n"
                " s.sendto(b'host round trip %d'%i,(sys.argv[1],7))\n"
                " try:\n"
                "  got=s.recvfrom(2048); break\n"
                " except socket.timeout: pass\n"
                "print(got)\n"
                "sys.exit(0 if got and got[0].startswith(b'host round trip') and got[1][0]==sys.argv[1] else 1)\n")
            p = subprocess.run(["ip", "netns", "exec", LAB, sys.executable, "-c", udp, ips[2]],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            check("pxelab: a datagram from the namespace host comes back from udpeserver",
                  ok and p.returncode == 0, p.stdout.decode("latin-1")[-300:])
            # ping(8) may be absent: a raw-socket echo request, in the namespace
            pinger = (
                "import socket,struct,sys\n"
                "def ck(b):\n"
                " s=sum(struct.unpack('!%dH'%(len(b)//2),b)); s=(s>>16)+(s&0xffff); s+=s>>16\n"
                " return ~s&0xffff\n"
                "r=socket.socket(socket.AF_INET,socket.SOCK_RAW,socket.IPPROTO_ICMP); r.settimeout(5)\n"
                "got=0\n"
                "for q in range(2):\n"
                " h=struct.pack('!BBHHH',8,0,0,0x4e54,q)+b'nettest!'*4\n"
                " h=h[:2]+struct.pack('!H',ck(h))+h[4:]\n"
                " r.sendto(h,(sys.argv[1],0))\n"
                " try:\n"
                "  while True:\n"
                "   d,a=r.recvfrom(2048); i=(d[0]&15)*4\n"
                "   if a[0]==sys.argv[1] and d[i]==0 and struct.unpack('!HH',d[i+4:i+8])==(0x4e54,q): got+=1; break\n"
                " except socket.timeout: pass\n"
                "print('replies',got); sys.exit(0 if got==2 else 1)\n")
            p = subprocess.run(["ip", "netns", "exec", LAB, sys.executable, "-c", pinger, ips[1]],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            check("pxelab: the namespace host pings backend 1", p.returncode == 0,
                  p.stdout.decode("latin-1")[-300:])
            out = c1.cmd("arp") or ""
            check("pxelab: backend 1 learnt backend 2's MAC",
                  re.search(r"%s +%s +resolved" % (re.escape(ips[2]), macs[2]), out) is not None, out)
    finally:
        subprocess.run(["tools/lab/pxelab.sh", "down"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            os.killpg(up.pid, signal.SIGTERM)
        except OSError:
            pass
        up.wait()

print("%d passed, %d failed" % (npass, nfail))
sys.exit(1 if nfail else 0)
PY
