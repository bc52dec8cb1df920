#!/usr/bin/env python3
"""Offline guarantee ("Offline guarantee" in docs/user-guide.md): fleetdeck-cli through a full flow and the fleetdeck console
through start-up and every page contact nothing but the endpoints the user configured.

The script re-executes itself inside a new network namespace that has only a loopback interface
(`unshare -n` as root, `unshare -rn` otherwise), starts the real test peers there on 127.0.0.1
(the test Kubernetes API server, Prometheus, the vSphere simulator), and runs both programs with
the test's own recorder preloaded (tests/offline/connectlog.cpp: every connect(), datagram
destination and name lookup, one line each, in $FLEETDECK_CONNECT_LOG). It fails, listing each
event, when anything connects to an address or port other than the peers it started or looks up
a name other than a loopback one; and when the log lacks the connections the flow must have made
(a recorder that did not load would otherwise pass). A second test points the CLI at a
non-loopback address and an unknown host name and checks that exactly those are reported.

A kernel without network namespaces skips (exit 77, with the reason); one that has them but
refuses to create one fails.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))
from kubefixture import KubeServer  # noqa: E402
from promfixture import PromServer  # noqa: E402
from vcsimfixture import VcsimServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
GUI = os.environ.get("FLEETDECK_GUI", "fleetdeck")
RECORDER = os.environ.get("FLEETDECK_CONNECTLOG_LIBRARY", "")
INSIDE = "FLEETDECK_OFFLINE_INSIDE_NAMESPACE"
SKIP = 77  # SKIP_RETURN_CODE of the CTest test
LOOPBACK_ADDRESSES = {"127.0.0.1", "::1"}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
# Never network traffic: local IPC, AF_UNSPEC (dissolves a datagram socket's association) and
# AF_NETLINK (talks to the kernel).
LOCAL_FAMILIES = {"unix", "family=0", "family=16"}
# Every page of the main window, in navigation order (widgets/shell/mainwindow.cpp).
PAGES = ["clusters", "policies", "deployments", "gpu-metrics", "vcenter", "audit", "settings"]


# ---- the namespace --------------------------------------------------------------------------
def enter_namespace():
    """Re-executes this script inside a new network namespace and exits with its status."""
    if not os.path.exists("/proc/self/ns/net"):
        print("SKIP: this kernel has no network namespaces (/proc/self/ns/net is missing), so "
              "the offline guarantee cannot be tested here", flush=True)
        sys.exit(SKIP)
    unshare = shutil.which("unshare")
    if not unshare:
        sys.exit("FAIL: unshare is not on PATH (package util-linux)")
    if not shutil.which("ip"):
        sys.exit("FAIL: ip is not on PATH (package iproute2; installers/quickstart.sh test installs it)")
    argv = [unshare, "-n"] if os.geteuid() == 0 else [unshare, "-rn"]
    probe = subprocess.run(argv + ["true"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        sys.exit("FAIL: the kernel refused a new network namespace (`%s true` exited %d: %s). "
                 "As a normal user this needs unprivileged user namespaces "
                 "(sysctl kernel.unprivileged_userns_clone=1); or run the test as root."
                 % (" ".join(argv), probe.returncode, probe.stderr.strip()))
    env = dict(os.environ, **{INSIDE: "1"})
    sys.exit(subprocess.run(argv + [sys.executable, os.path.abspath(__file__)] + sys.argv[1:],
                            env=env).returncode)


def bring_up_loopback():
    """Only `lo` may exist here; it starts down in a new namespace."""
    links = subprocess.run(["ip", "-o", "link", "show"], capture_output=True, text=True, check=True)
    names = [line.split(":")[1].strip().split("@")[0] for line in links.stdout.splitlines()]
    if names != ["lo"]:
        sys.exit("FAIL: expected a network namespace with only loopback, found " + ", ".join(names))
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)


# ---- the log ---------------------------------------------------------------------------------
def read_events(path):
    """The recorder's lines as dicts, each with the executable of its process ('exe')."""
    exe_of = {}
    events = []
    try:
        with open(path) as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return []
    for line in lines:
        parts = line.split(" ")
        kind, pid = parts[0], parts[1]
        if kind == "start":
            exe_of[pid] = " ".join(parts[2:])
            continue
        event = {"kind": kind, "pid": pid, "exe": exe_of.get(pid, "?"), "line": line}
        if kind in ("connect", "sendto") and parts[2] in ("inet", "inet6"):
            event.update(family=parts[2], address=parts[3], port=int(parts[4]))
        elif kind == "connect" and parts[2] == "unix":
            event.update(family="unix", path=" ".join(parts[5:]))
        elif kind == "connect":
            event.update(family=parts[2])
        elif kind == "resolve":
            event.update(function=parts[2], name=" ".join(parts[3:]))
        events.append(event)
    return events


def offending(events, ports, names=()):
    """Every event that leaves the loopback peers on `ports` or looks up a name not allowed."""
    bad = []
    for e in events:
        if e["kind"] in ("connect", "sendto") and e.get("family") in ("inet", "inet6"):
            if e["address"] not in LOOPBACK_ADDRESSES or e["port"] not in ports:
                bad.append(e)
        elif e["kind"] == "connect" and e.get("family") not in LOCAL_FAMILIES:
            bad.append(e)  # another socket family: nothing the app should open
        elif e["kind"] == "resolve" and e["name"] not in LOOPBACK_NAMES | set(names):
            bad.append(e)
    return bad


def describe(events):
    return "\n".join("  %s  (%s)" % (e["line"], os.path.basename(e["exe"])) for e in events)


class SecretService:
    """A private D-Bus session bus with gnome-keyring-daemon's Secret Service on it (as
    tests/unit/tst_secrets_keychain.cpp starts them), so the console finds its credentials in the
    keychain without a passphrase dialog and its pages do connect. Local IPC only (AF_UNIX)."""

    def __init__(self):
        for tool in ("dbus-daemon", "dbus-send", "gnome-keyring-daemon"):
            if not shutil.which(tool):
                raise RuntimeError("%s is not on PATH: install dbus-daemon, dbus-bin and gnome-keyring "
                                   "(installers/quickstart.sh test)" % tool)
        # Directly under /tmp: a socket path must fit in sun_path.
        self.dir = tempfile.mkdtemp(prefix="fd-bus-", dir="/tmp")
        self.run = os.path.join(self.dir, "run")
        os.mkdir(self.run, 0o700)
        self.address = "unix:path=%s/bus" % self.run
        config = os.path.join(self.dir, "bus.conf")
        with open(config, "w") as f:
            f.write('<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" '
                    '"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n<busconfig>'
                    "<type>session</type><listen>%s</listen><auth>EXTERNAL</auth>"
                    '<policy context="default"><allow send_destination="*" eavesdrop="true"/>'
                    '<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>\n' % self.address)
        self.env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address, XDG_RUNTIME_DIR=self.run,
                        HOME=self.dir)
        self.bus = self.keyring = None
        try:
            self._start(config)
        except BaseException:
            self.stop()
            raise

    def _start(self, config):
        self.bus = subprocess.Popen(["dbus-daemon", "--config-file=" + config, "--nofork",
                                     "--print-address=1"], env=self.env, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL)
        self.bus.stdout.readline()
        self.keyring = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--components=secrets",
                                         "--unlock"], env=self.env, stdin=subprocess.PIPE,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.keyring.stdin.write(b"fleetdeck-offline-keyring")
        self.keyring.stdin.close()
        deadline = time.monotonic() + 15
        while not self.owned():
            if time.monotonic() > deadline or self.keyring.poll() is not None:
                raise RuntimeError("gnome-keyring-daemon's Secret Service did not appear on the test bus")
            time.sleep(0.1)

    def owned(self):
        p = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                            "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                            "string:org.freedesktop.secrets"], env=self.env, capture_output=True,
                           text=True, timeout=10)
        return "boolean true" in p.stdout

    def stop(self):
        for proc in (self.keyring, self.bus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        if self.bus and self.bus.stdout:
            self.bus.stdout.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def port_of(url):
    return urllib.parse.urlsplit(url).port


class Offline(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not RECORDER or not os.path.exists(RECORDER):
            raise RuntimeError("the recorder library is not built ($FLEETDECK_CONNECTLOG_LIBRARY=%r): "
                               "build the fleetdeck_connectlog target" % RECORDER)
        # Each peer is stopped (by PID) even when a later one fails to start.
        cls.tmp = tempfile.TemporaryDirectory(prefix="fd-offline-")
        cls.addClassCleanup(cls.tmp.cleanup)
        cls.kube = KubeServer()
        cls.addClassCleanup(cls.kube.cleanup)
        cls.kube.start()
        cls.prom = PromServer(alertmanager=False)
        cls.addClassCleanup(cls.prom.cleanup)
        cls.prom.start()
        cls.sim = VcsimServer(vms=12)
        cls.addClassCleanup(cls.sim.stop)
        cls.sim.start()
        cls.ports = {cls.kube.port, port_of(cls.prom.url), port_of(cls.sim.url)}
        cls.secrets = SecretService()
        cls.addClassCleanup(cls.secrets.stop)

    def env(self, home, log):
        e = dict(os.environ)
        e.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                  "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
                  "XDG_CACHE_HOME": os.path.join(home, ".cache"),
                  "XDG_RUNTIME_DIR": os.path.join(home, "run"),
                  "FLEETDECK_DATA_DIR": os.path.join(home, "data"),
                  "DBUS_SESSION_BUS_ADDRESS": self.secrets.address,
                  "FLEETDECK_SECRET_BACKEND": "keychain",
                  "FLEETDECK_CONNECT_LOG": log, "LD_PRELOAD": RECORDER,
                  "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                  "LANGUAGE": ""})
        os.makedirs(e["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        return e

    def cli(self, env, *args, stdin=None, ok=True):
        p = subprocess.run([CLI, "--data-dir", env["FLEETDECK_DATA_DIR"], *args], env=env,
                           input=stdin, capture_output=True, text=True, timeout=300)
        if ok:
            self.assertEqual(p.returncode, 0, "fleetdeck-cli %s: %s%s" % (" ".join(args), p.stderr, p.stdout))
        return p

    def cli_json(self, env, *args, stdin=None):
        return json.loads(self.cli(env, *args, "--json", stdin=stdin).stdout)

    def test_cli_flow_and_every_page_reach_only_the_loopback_peers(self):
        home = os.path.join(self.tmp.name, "home")
        log = os.path.join(self.tmp.name, "connect.log")
        env = self.env(home, log)
        began = time.monotonic()

        # CLI: clusters (import, test, list), GPU metrics (add, test, gpu list), vCenter (add,
        # test, VM inventory). What it adds stays in the data dir the console opens below.
        os.makedirs(home, exist_ok=True)
        kubeconfig = self.kube.write_kubeconfig(os.path.join(home, "kubeconfig"), virtual_cluster="offline-a")
        self.cli(env, "cluster", "import", kubeconfig)
        report = self.cli_json(env, "cluster", "test", "offline-a")[0]
        self.assertTrue(report["ok"], report)
        self.assertEqual([c["name"] for c in self.cli_json(env, "cluster", "list")], ["offline-a"])
        self.cli(env, "metrics", "add", "lab", "--url", self.prom.url, "--cluster", "offline-a")
        self.assertTrue(self.cli_json(env, "metrics", "test", "lab")["ok"])
        self.assertTrue(self.cli_json(env, "gpu", "list", "--endpoint", "lab")["gpus"])
        self.assertTrue(self.cli_json(env, "gpu", "query", "count(DCGM_FI_DEV_GPU_TEMP)",
                                      "--endpoint", "lab")["series"])
        self.cli(env, "vcenter", "add", "lab", "--url", self.sim.url, "--user", self.sim.username,
                 "--password-stdin", "--trust", self.sim.sha256, stdin=self.sim.password + "\n")
        self.assertTrue(self.cli_json(env, "vcenter", "test", "lab")["ok"])
        self.assertTrue(self.cli_json(env, "vcenter", "vms", "lab")["vms"])
        cli_done = time.monotonic()

        # The console: start-up, then every page for a second each (FLEETDECK_VISIT_PAGES). Cluster
        # health is refreshed every 2 s instead of every minute (the Settings page's interval), so
        # the registry contacts the API server while the pages are shown.
        with open(os.path.join(env["FLEETDECK_DATA_DIR"], "settings.ini"), "w") as f:
            f.write("[health]\ninterval=2\n")
        gui_env = dict(env, FLEETDECK_VISIT_PAGES="1")
        gui_env.pop("FLEETDECK_SECRET_BACKEND")  # as on a desktop: the console finds the keychain
        p = subprocess.run([GUI, "--data-dir=" + env["FLEETDECK_DATA_DIR"]], env=gui_env,
                           capture_output=True, text=True, timeout=300)
        self.assertEqual(p.returncode, 0, "fleetdeck exited with %d: %s" % (p.returncode, p.stderr[-4000:]))
        visited = [line.split()[1] for line in p.stdout.splitlines() if line.startswith("visited-page ")]
        self.assertEqual(visited, PAGES, p.stdout)
        print("\nCLI flow %.1f s, console %.1f s" % (cli_done - began, time.monotonic() - cli_done))

        events = read_events(log)
        self.assertTrue(events, "the recorder logged nothing: it was not preloaded (%s)" % RECORDER)
        bad = offending(events, self.ports)
        if bad:
            self.fail("%d connection(s) or lookup(s) beyond the loopback peers (ports %s):\n%s"
                      % (len(bad), sorted(self.ports), describe(bad)))

        # The flow did reach each peer, from each program, through the recorder.
        def reached(exe, port):
            return any(e["kind"] == "connect" and os.path.basename(e["exe"]) == exe
                       and e.get("port") == port for e in events)
        for port, peer in ((self.kube.port, "the test API server"), (port_of(self.prom.url), "Prometheus"),
                           (port_of(self.sim.url), "the vSphere simulator")):
            self.assertTrue(reached("fleetdeck-cli", port), "fleetdeck-cli never connected to %s" % peer)
        for port, peer in ((self.kube.port, "the test API server (cluster health)"),
                           (port_of(self.prom.url), "Prometheus (GPU metrics page)"),
                           (port_of(self.sim.url), "the vSphere simulator (vCenter page)")):
            self.assertTrue(reached("fleetdeck", port), "the console never connected to %s" % peer)
        for exe in ("fleetdeck-cli", "fleetdeck"):
            mine = [e for e in events if os.path.basename(e["exe"]) == exe]
            ports = sorted({e["port"] for e in mine if e.get("family") in ("inet", "inet6")})
            names = sorted({e["name"] for e in mine if e["kind"] == "resolve"})
            local = sorted({e["path"] for e in mine if e.get("family") == "unix"})
            print("%s: %d connects to loopback ports %s, lookups of %s, local IPC (allowed) %s"
                  % (exe, sum(e["kind"] == "connect" for e in mine), ports, names or "nothing",
                     local or "none"))

    def test_recorder_reports_a_connection_elsewhere(self):
        """The check itself: a cluster elsewhere and one named by an unknown host are reported."""
        home = os.path.join(self.tmp.name, "negative")
        os.makedirs(home, exist_ok=True)
        log = os.path.join(self.tmp.name, "negative.log")
        env = self.env(home, log)
        for name, server in (("far", "https://10.255.255.1:6443"),
                             ("named", "https://fleetdeck-offline-probe.example:6443")):
            path = os.path.join(home, name + ".kubeconfig")
            with open(path, "w") as f:
                f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: %s\n  cluster:\n    server: %s\n"
                        "users:\n- name: u\n  user:\n    token: t\ncontexts:\n- name: %s\n  context:\n"
                        "    cluster: %s\n    user: u\ncurrent-context: %s\n" % (name, server, name, name, name))
            self.cli(env, "cluster", "import", path)
        p = self.cli(env, "cluster", "test", "--all", ok=False)
        self.assertNotEqual(p.returncode, 0, p.stdout)
        bad = offending(read_events(log), self.ports)
        lines = describe(bad)
        self.assertTrue(any(e.get("address") == "10.255.255.1" and e["port"] == 6443 for e in bad), lines)
        self.assertTrue(any(e.get("name") == "fleetdeck-offline-probe.example" for e in bad), lines)


if __name__ == "__main__":
    if os.environ.get(INSIDE) != "1":
        enter_namespace()
    bring_up_loopback()
    unittest.main(verbosity=2)
