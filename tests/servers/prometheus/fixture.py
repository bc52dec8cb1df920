#!/usr/bin/env python3
"""Runs a real Prometheus and Alertmanager (Debian's `prometheus`, `prometheus-alertmanager`) on
127.0.0.1 for one test, with a day of dcgm-exporter history backfilled and a live exporter
scraped (Python standard library only). Used by tests/support/promtestserver.h (C++) and
tests/e2e/promfixture.py (Python).

    fixture.py --dir WORKDIR [--scenario ci|bench] [--cache-dir DIR] [--no-alertmanager]
               [--basic-auth-user USER]

--basic-auth-user makes Prometheus itself require basic authentication (its --web.config.file
with `basic_auth_users`): the bcrypt hash of the password comes from $FLEETDECK_TEST_BASIC_HASH,
the password (for this fixture's own readiness checks) from $FLEETDECK_TEST_BASIC_PASSWORD.

Writes WORKDIR/ready.json once both answer /-/ready (urls, pids, anchor, the scenario's facts in
truth.json, start-up timings), then waits; SIGTERM stops the children by their PIDs (SIGTERM,
then SIGKILL after 5 s) and exits. Every child gets PR_SET_PDEATHSIG, and so does this process,
so nothing outlives a killed test. The packages' systemd units are never used.

History: the scenario is anchored at the last full hour H. Its bulk, (H - days, H], is generated
by generate_history.py and turned into TSDB blocks by `promtool tsdb create-blocks-from
openmetrics` once per (H, scenario, generator source) and kept in --cache-dir, because it costs
seconds of CPU; every start copies those blocks into a fresh data dir and backfills the few
minutes (H, now] the same way, so history meets the live exporter without a seam. A large
--max-block-duration (a hidden promtool flag) makes one block per chunk instead of one per 2 h,
about 20x faster.
"""

import argparse
import base64
import ctypes
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PR_SET_PDEATHSIG = 1
sys.path.insert(0, HERE)
import generate_history  # noqa: E402

SCENARIOS = {
    # name: (days, interval s, chunk hours)
    "ci": (1.0, 30, 24.0),
    "bench": (7.0, 30, 24.0),
}


def die_with_parent():
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, log):
    with open(log, "a") as f:
        r = subprocess.run(args, stdout=f, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        with open(log) as f:
            raise RuntimeError("%s failed (%d): %s" % (args[0], r.returncode, f.read()[-2000:]))


def backfill(om_dir, data_dir, log):
    for name in sorted(os.listdir(om_dir)):
        if name.endswith(".om"):
            run(["promtool", "tsdb", "create-blocks-from", "openmetrics", "--quiet",
                 "--max-block-duration=100000h", os.path.join(om_dir, name), data_dir], log)


def source_digest():
    h = hashlib.sha256()
    for name in ("dcgmfleet.py", "generate_history.py"):
        with open(os.path.join(HERE, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def generate(scenario, anchor, first, last, out_dir, nodes, truth=None):
    days, interval, chunk_hours = SCENARIOS[scenario]
    args = [sys.executable, os.path.join(HERE, "generate_history.py"), "--scenario", scenario,
            "--anchor", str(anchor), "--from", str(first), "--to", str(last), "--days", str(days),
            "--interval", str(interval), "--chunk-hours", str(chunk_hours), "--nodes", str(nodes),
            "--out-dir", out_dir]
    if truth:
        args += ["--truth", truth]
    run(args, os.path.join(out_dir, "..", "generate.log"))


def cached_history(cache_root, scenario, anchor, nodes):
    """The directory with blocks/ and truth.json for (scenario, anchor), made when missing."""
    days, interval, _ = SCENARIOS[scenario]
    key = "%s-%d-n%d-d%g-i%d-%s" % (scenario, anchor, nodes, days, interval, source_digest())
    final = os.path.join(cache_root, key)
    if os.path.isdir(os.path.join(final, "blocks")):
        return final, False
    os.makedirs(cache_root, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".tmp-", dir=cache_root)
    try:
        om = os.path.join(tmp, "om")
        os.makedirs(om)
        os.makedirs(os.path.join(tmp, "blocks"))
        generate(scenario, anchor, anchor - int(days * 86400) + interval, anchor, om, nodes,
                 os.path.join(tmp, "truth.json"))
        backfill(om, os.path.join(tmp, "blocks"), os.path.join(tmp, "promtool.log"))
        shutil.rmtree(om)
        try:
            os.rename(tmp, final)
        except OSError:  # another run made it first
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # Entries for other hours are stale; anything hours old is no longer used by anyone.
    for name in os.listdir(cache_root):
        path = os.path.join(cache_root, name)
        if name != key and name.startswith(scenario + "-") and time.time() - os.path.getmtime(path) > 3 * 3600:
            shutil.rmtree(path, ignore_errors=True)
    return final, True


PROMETHEUS_YML = """global:
  scrape_interval: {scrape}s
  scrape_timeout: {scrape_timeout}s
  evaluation_interval: {scrape}s
rule_files: [rules.yml]
{alerting}scrape_configs:
  - job_name: dcgm-exporter
    static_configs:
{targets}"""

ALERTING = """alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:{port}']
"""

RULES_YML = """groups:
  - name: gpu
    rules:
      - alert: GpuTooHot
        expr: DCGM_FI_DEV_GPU_TEMP > 85
        labels: {severity: warning}
        annotations:
          summary: "GPU {{ $labels.gpu }} on {{ $labels.Hostname }}{{ $labels.hostname }} is at {{ $value }} C"
      - alert: GpuFramebufferFull
        expr: DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE) > 0.95
        labels: {severity: info}
        annotations:
          summary: "GPU {{ $labels.gpu }} frame buffer is nearly full"
      - alert: DcgmExporterDown
        expr: up{job="dcgm-exporter"} == 0
        labels: {severity: critical}
      - record: fleet:gpu_utilization:avg
        expr: avg by (modelName) (DCGM_FI_DEV_GPU_UTIL)
"""

ALERTMANAGER_YML = """route:
  receiver: blackhole
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: blackhole
"""


def wait_ready(url, proc, name, log, timeout, headers=None):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(urllib.request.Request(url + "/-/ready", headers=headers or {}),
                                        timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if proc.poll() is not None:
            with open(log) as f:
                raise RuntimeError("%s exited with %d: %s" % (name, proc.returncode, f.read()[-2000:]))
        if time.monotonic() > deadline:
            raise RuntimeError("%s did not become ready within %d s" % (name, timeout))
        time.sleep(0.05)


class Supervisor:
    def __init__(self, workdir):
        self.dir = workdir
        self.children = []

    def spawn(self, args, log):
        out = open(os.path.join(self.dir, log), "w")
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                preexec_fn=die_with_parent, cwd=self.dir)
        self.children.append(proc)
        return proc

    def stop(self, *_):
        for proc in reversed(self.children):
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        for proc in self.children:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
        self.children = []


def post_json(url, payload):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)


def main():
    die_with_parent()
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--scenario", choices=tuple(SCENARIOS), default="ci")
    p.add_argument("--nodes", type=int, default=4, help="bench: nodes of 8 GPUs")
    p.add_argument("--cache-dir", default=os.environ.get("FLEETDECK_PROMETHEUS_CACHE") or os.path.join(
        tempfile.gettempdir(), "fleetdeck-prometheus-cache-%d" % os.getuid()))
    p.add_argument("--no-alertmanager", action="store_true")
    p.add_argument("--scrape-interval", type=int, default=2)
    p.add_argument("--max-samples", type=int, default=0,
                   help="--query.max-samples; default 200000 for ci (a test can hit it), "
                        "Prometheus's 50000000 for bench")
    p.add_argument("--timeout", type=int, default=300)
    p.add_argument("--basic-auth-user", default="")
    a = p.parse_args()

    for tool in ("prometheus", "promtool") + (() if a.no_alertmanager else ("prometheus-alertmanager",)):
        if shutil.which(tool) is None:
            print("fixture: %s is not on PATH (Debian packages prometheus, prometheus-alertmanager)" % tool,
                  file=sys.stderr)
            return 2

    if not a.max_samples:
        a.max_samples = 200000 if a.scenario == "ci" else 50000000
    began = time.monotonic()
    sup = Supervisor(a.dir)
    signal.signal(signal.SIGTERM, lambda *_: (sup.stop(), sys.exit(0)))
    signal.signal(signal.SIGINT, lambda *_: (sup.stop(), sys.exit(0)))
    timings = {}
    try:
        days, interval, _ = SCENARIOS[a.scenario]
        now = int(time.time())
        anchor = now - now % 3600
        cache, made = cached_history(a.cache_dir, a.scenario, anchor, a.nodes)
        timings["history"] = round(time.monotonic() - began, 3)
        timings["historyFromCache"] = not made
        data = os.path.join(a.dir, "prometheus-data")
        shutil.copytree(os.path.join(cache, "blocks"), data)
        shutil.copy(os.path.join(cache, "truth.json"), os.path.join(a.dir, "truth.json"))
        t = time.monotonic()
        exporter = sup.spawn([sys.executable, "-u", os.path.join(HERE, "exporter.py"), "--scenario", a.scenario,
                              "--anchor", str(anchor), "--nodes", str(a.nodes)], "exporter.out")
        ports_line = ""
        deadline = time.monotonic() + 30
        while not ports_line.startswith("PORTS "):
            if exporter.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the exporter did not start")
            time.sleep(0.02)
            with open(os.path.join(a.dir, "exporter.out")) as f:
                ports_line = f.readline()
        exporter_ports = json.loads(ports_line[6:])

        am_url = None
        if not a.no_alertmanager:
            am_port = free_port()
            am_url = "http://127.0.0.1:%d" % am_port
            with open(os.path.join(a.dir, "alertmanager.yml"), "w") as f:
                f.write(ALERTMANAGER_YML)
            am = sup.spawn(["prometheus-alertmanager", "--config.file=alertmanager.yml",
                            "--storage.path=alertmanager-data",
                            "--web.listen-address=127.0.0.1:%d" % am_port,
                            "--cluster.listen-address=", "--log.level=warn"], "alertmanager.out")

        t_recent = time.monotonic()
        recent_last = now - now % interval
        if recent_last > anchor:
            om = os.path.join(a.dir, "recent-om")
            os.makedirs(om)
            # In-process: the few minutes since the hour are small, a new interpreter is not.
            fleet, metrics = generate_history.fleet_for(a.scenario, a.nodes)
            generate_history.write_history(fleet, metrics, anchor + interval, recent_last, interval,
                                           anchor, om, 24 * 3600)
            backfill(om, data, os.path.join(a.dir, "promtool.log"))
            shutil.rmtree(om)
        timings["recent"] = round(time.monotonic() - t_recent, 3)

        prom_port = free_port()
        prom_url = "http://127.0.0.1:%d" % prom_port
        targets = "".join(
            "      - targets: ['127.0.0.1:%d']\n        labels: {instance: '%s:9400'}\n" % (port, name)
            for name, port in exporter_ports.items())
        with open(os.path.join(a.dir, "prometheus.yml"), "w") as f:
            f.write(PROMETHEUS_YML.format(
                scrape=a.scrape_interval, scrape_timeout=max(1, a.scrape_interval - 1),
                alerting=ALERTING.format(port=am_port) if am_url else "", targets=targets))
        with open(os.path.join(a.dir, "rules.yml"), "w") as f:
            f.write(RULES_YML)
        web_args, ready_headers = [], {}
        if a.basic_auth_user:
            bcrypt_hash = os.environ.get("FLEETDECK_TEST_BASIC_HASH", "")
            password = os.environ.get("FLEETDECK_TEST_BASIC_PASSWORD", "")
            if not bcrypt_hash or not password:
                raise RuntimeError("--basic-auth-user needs FLEETDECK_TEST_BASIC_HASH and "
                                   "FLEETDECK_TEST_BASIC_PASSWORD")
            with open(os.path.join(a.dir, "web.yml"), "w") as f:
                f.write("basic_auth_users:\n  %s: '%s'\n" % (a.basic_auth_user, bcrypt_hash))
            web_args = ["--web.config.file=web.yml"]
            ready_headers = {"Authorization": "Basic " + base64.b64encode(
                ("%s:%s" % (a.basic_auth_user, password)).encode()).decode()}
        prom = sup.spawn(["prometheus", "--config.file=prometheus.yml", "--storage.tsdb.path=prometheus-data",
                          *web_args,
                          "--storage.tsdb.retention.time=3650d", "--web.listen-address=127.0.0.1:%d" % prom_port,
                          "--query.max-samples=%d" % a.max_samples,
                          # Alerts fired before the Alertmanager is discovered are resent soon.
                          "--rules.alert.resend-delay=1s", "--log.level=warn"], "prometheus.out")
        wait_ready(prom_url, prom, "prometheus", os.path.join(a.dir, "prometheus.out"), a.timeout,
                   ready_headers)
        silence_id = None
        if am_url:
            wait_ready(am_url, am, "alertmanager", os.path.join(a.dir, "alertmanager.out"), a.timeout)
            # vLLM takes most of the frame buffer by design: that alert is silenced, as a site would.
            silence_id = post_json(am_url + "/api/v2/silences", {
                "matchers": [{"name": "alertname", "value": "GpuFramebufferFull", "isRegex": False, "isEqual": True},
                             {"name": "namespace", "value": "llm-serving", "isRegex": False, "isEqual": True}],
                "startsAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 60)),
                "endsAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400)),
                "createdBy": "fleetdeck-tests",
                "comment": "vLLM preallocates 90% of the frame buffer",
            })["silenceID"]
        timings["servers"] = round(time.monotonic() - t, 3)
        timings["total"] = round(time.monotonic() - began, 3)
        ready = {
            "prometheus": prom_url,
            "alertmanager": am_url,
            "exporters": {name: "http://127.0.0.1:%d" % port for name, port in exporter_ports.items()},
            "pids": {"prometheus": prom.pid, "alertmanager": am.pid if am_url else None, "exporter": exporter.pid},
            "anchor": anchor,
            "historyStart": anchor - int(days * 86400) + interval,
            "interval": interval,
            "scrapeInterval": a.scrape_interval,
            "maxSamples": a.max_samples,
            "silenceId": silence_id,
            "truth": os.path.join(a.dir, "truth.json"),
            "startupSeconds": timings,
        }
        tmp = os.path.join(a.dir, "ready.json.tmp")
        with open(tmp, "w") as f:
            json.dump(ready, f, indent=1)
        os.rename(tmp, os.path.join(a.dir, "ready.json"))
        print("ready in %.2f s (%s)" % (timings["total"], json.dumps(timings)), flush=True)
        while True:
            time.sleep(1)
            for proc in sup.children:
                if proc.poll() is not None:
                    print("fixture: a child exited with %d" % proc.returncode, file=sys.stderr, flush=True)
                    sup.stop()
                    return 1
    except Exception as e:  # noqa: BLE001 - reported to the test through stderr and the exit code
        print("fixture: %s" % e, file=sys.stderr, flush=True)
        sup.stop()
        return 1


if __name__ == "__main__":
    sys.exit(main())
