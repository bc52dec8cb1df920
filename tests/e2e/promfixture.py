"""Python fixture for the real Prometheus + Alertmanager test peer (tests/servers/prometheus).
Standard library only. Shares the history cache with the C++ fixture (promtestserver.h).

    with PromServer() as prom:
        prom.query("count(DCGM_FI_DEV_GPU_TEMP)")          # -> the "data" of the answer
        prom.truth["xids"]                                 # generated incidents, epoch seconds
        prom.set_exporter_mode("gpu-node-b", "down")
"""

import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "servers", "prometheus", "fixture.py")


class PromServerError(RuntimeError):
    pass


def default_cache_dir():
    env = os.environ.get("FLEETDECK_PROMETHEUS_CACHE")
    if env:
        return env
    build = os.environ.get("FLEETDECK_BINARY_DIR")
    if build:
        return os.path.join(build, "tests", "prometheus-cache")
    return os.path.join(tempfile.gettempdir(), "fleetdeck-prometheus-cache-%d" % os.getuid())


class PromServer:
    def __init__(self, scenario="ci", alertmanager=True, start_timeout=600, workdir=None, basic_auth=None):
        """basic_auth: (user, password, bcrypt hash of the password): Prometheus itself then
        requires basic authentication (its --web.config.file)."""
        self.scenario, self.alertmanager, self.start_timeout = scenario, alertmanager, start_timeout
        self.basic_auth = basic_auth
        self._own_dir = workdir is None
        self.dir = workdir or tempfile.mkdtemp(prefix="prometheus-")
        self.proc = None
        self.ready = None
        self.truth = None
        self.startup_seconds = None

    # ---- lifecycle ------------------------------------------------------------------------------
    def start(self):
        for tool in ("prometheus", "promtool") + (("prometheus-alertmanager",) if self.alertmanager else ()):
            if shutil.which(tool) is None:
                raise PromServerError("%s is not on PATH: install the Debian packages prometheus and "
                                      "prometheus-alertmanager (installers/quickstart.sh test)" % tool)
        ready_path = os.path.join(self.dir, "ready.json")
        args = [sys.executable, FIXTURE, "--dir", self.dir, "--scenario", self.scenario,
                "--cache-dir", default_cache_dir()]
        if not self.alertmanager:
            args.append("--no-alertmanager")
        env = dict(os.environ)
        if self.basic_auth:
            args += ["--basic-auth-user", self.basic_auth[0]]
            env["FLEETDECK_TEST_BASIC_PASSWORD"] = self.basic_auth[1]
            env["FLEETDECK_TEST_BASIC_HASH"] = self.basic_auth[2]
        began = time.monotonic()
        self._log = open(os.path.join(self.dir, "fixture.out"), "w")
        self.proc = subprocess.Popen(args, stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = began + self.start_timeout
        while not os.path.exists(ready_path):
            if self.proc.poll() is not None:
                raise PromServerError("the Prometheus fixture exited with %d: %s" % (self.proc.returncode, self.output()))
            if time.monotonic() > deadline:
                self.stop()
                raise PromServerError("the Prometheus fixture did not become ready: " + self.output())
            time.sleep(0.02)
        self.startup_seconds = time.monotonic() - began
        with open(ready_path) as f:
            self.ready = json.load(f)
        with open(self.ready["truth"]) as f:
            self.truth = json.load(f)
        return self

    def output(self):
        try:
            with open(os.path.join(self.dir, "fixture.out")) as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)  # the fixture stops its children by PID
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None

    def cleanup(self):
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.cleanup()

    # ---- access ---------------------------------------------------------------------------------
    @property
    def url(self):
        return self.ready["prometheus"]

    @property
    def alertmanager_url(self):
        return self.ready["alertmanager"]

    @property
    def anchor(self):
        return self.ready["anchor"]

    @property
    def child_pids(self):
        return [p for p in self.ready["pids"].values() if p]

    def get(self, base, path, params=None):
        url = base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
        headers = {}
        if self.basic_auth and base == self.url:
            headers["Authorization"] = "Basic " + base64.b64encode(
                ("%s:%s" % self.basic_auth[:2]).encode()).decode()
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as r:
            return json.load(r)

    def query(self, expr, time_=None):
        params = {"query": expr}
        if time_ is not None:
            params["time"] = str(time_)
        body = self.get(self.url, "/api/v1/query", params)
        if body.get("status") != "success":
            raise PromServerError("query failed: %r" % body)
        return body["data"]

    def set_exporter_mode(self, node, mode):
        with urllib.request.urlopen(self.ready["exporters"][node] + "/control?mode=" + mode, timeout=10) as r:
            return r.status == 200


AUTHPROXY = os.path.join(HERE, "..", "servers", "prometheus", "authproxy.py")


class AuthProxy:
    """tests/servers/prometheus/authproxy.py on 127.0.0.1 in front of `upstream`: 401 without
    `Authorization: Bearer <token>`, forwarded otherwise. Stopped by PID.

        with AuthProxy(prom.url, "token") as proxy:
            proxy.url, proxy.stats()   # {"refused": n, "failed": n, "held": n, "forwarded": n}
    """

    def __init__(self, upstream, token):
        self.upstream, self.token = upstream, token
        self.proc = None
        self.url = None

    def start(self):
        env = dict(os.environ)
        env["FLEETDECK_TEST_PROXY_TOKEN"] = self.token  # not on the command line (ps shows that)
        self.proc = subprocess.Popen([sys.executable, "-u", AUTHPROXY, "--upstream", self.upstream],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise PromServerError("the authenticating proxy did not start: %r" % line)
        self.url = "http://127.0.0.1:%d" % int(line.split()[1])
        return self

    def stats(self):
        with urllib.request.urlopen(self.url + "/__proxy/stats", timeout=10) as r:
            return json.load(r)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
