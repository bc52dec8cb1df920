#!/usr/bin/env python3
"""fleetdeck-cli metrics … and gpu … against the real Prometheus peer (tests/servers/prometheus,
generated dcgm-exporter history + a live exporter) — by URL and through a registered cluster's
API server (the test API server's service proxy) — with JSON and CSV output read back against
what Prometheus itself holds (the truth file of the generated history)."""

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest
import urllib.error
import urllib.request
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kubefixture import KubeServer  # noqa: E402
from promfixture import AuthProxy, PromServer  # noqa: E402

CLI = os.environ.get("FLEETDECK_CLI", "fleetdeck-cli")
PASSPHRASE = "metrics-cli-test-passphrase"
TOKEN = "prom-bearer-token-5f1c9e"
BASIC_USER = "fleetdeck"
BASIC_PASSWORD = "prom-basic-pass-3c81"
# bcrypt (cost 4) of BASIC_PASSWORD, made once with Python's crypt module:
# crypt.crypt(BASIC_PASSWORD, crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16))
BASIC_HASH = "$2b$04$HoVGmRq9lIXHiGXs6HLvGOWB32kJ526YX9sfZlVOu/P1OFX6y6iaS"
GPU_KEYS = ["node", "gpu", "uuid", "model", "migProfile", "migInstance", "utilization", "memoryUsedMiB",
            "memoryTotalMiB", "temperatureC", "powerW", "namespace", "pod"]


def iso(ts):
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


class MetricsCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.prom = PromServer(alertmanager=False).start()
        cls.kube = KubeServer()
        cls.kube.start()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.data = os.path.join(cls.tmp.name, "data")
        # One registered cluster whose API server proxies a kube-prometheus-stack service to the
        # real Prometheus, next to services that are not Prometheus servers.
        code, body = cls.kube.json("POST", "/api/v1/namespaces", {
            "apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "monitoring"}}, virtual_cluster="gpu-a")
        assert code == 201, body

        def service(name, labels, port, backend=None, port_name="http-web"):
            meta = {"name": name, "labels": labels}
            if backend:
                meta["annotations"] = {"fleetdeck.test/backend": backend}
            code, body = cls.kube.json("POST", "/api/v1/namespaces/monitoring/services", {
                "apiVersion": "v1", "kind": "Service", "metadata": meta,
                "spec": {"ports": [{"name": port_name, "port": port, "targetPort": port}]}},
                virtual_cluster="gpu-a")
            assert code == 201, body
        service("kps-kube-prometheus-stack-alertmanager", {"app": "kube-prometheus-stack-alertmanager"}, 9093)
        service("kps-prometheus-node-exporter", {"app.kubernetes.io/name": "prometheus-node-exporter"}, 9100,
                port_name="http-metrics")
        service("kps-kube-prometheus-stack-prometheus", {"app": "kube-prometheus-stack-prometheus"}, 9090,
                backend=cls.prom.url)
        kc = os.path.join(cls.tmp.name, "kubeconfig")
        cls.kube.write_kubeconfig(kc, virtual_cluster="gpu-a")
        code, out, err = cls.cli("cluster", "import", kc)
        assert code == 0, err

    @classmethod
    def tearDownClass(cls):
        cls.kube.stop()
        cls.kube.cleanup()
        cls.prom.cleanup()
        cls.tmp.cleanup()

    @classmethod
    def cli(cls, *args, env=None, stdin=None):
        e = dict(os.environ)
        e["FLEETDECK_SECRET_BACKEND"] = "vault"
        e["HOME"] = cls.tmp.name
        e["FLEETDECK_PASSPHRASE"] = PASSPHRASE
        e.pop("FLEETDECK_PROMETHEUS_SECRET", None)
        e.update(env or {})
        p = subprocess.run([CLI, "--data-dir", cls.data, *args], env=e, input=stdin, capture_output=True,
                           text=True, timeout=180)
        return p.returncode, p.stdout, p.stderr

    def ok_json(self, *args, **kw):
        code, out, err = self.cli(*args, "--json", **kw)
        self.assertEqual(code, 0, err)
        return json.loads(out)

    def ensure(self, name, *args, **kw):
        listed = self.ok_json("metrics", "list")["endpoints"]
        if name not in [e["name"] for e in listed]:
            code, out, err = self.cli("metrics", "add", name, *args, **kw)
            self.assertEqual(code, 0, err)

    def url_endpoint(self):
        self.ensure("lab", "--url", self.prom.url)
        return "lab"

    def api_endpoint(self):
        self.ensure("lab-api", "--cluster", "gpu-a", "--via-api-server")
        return "lab-api"

    # ---- endpoints ----------------------------------------------------------------------------
    def test_add_list_test_remove_by_url(self):
        added = self.ok_json("metrics", "add", "shared", "--url", self.prom.url)
        self.assertEqual(added["route"], "url")
        self.assertIsNone(added["cluster"])
        code, out, err = self.cli("metrics", "add", "SHARED", "--url", self.prom.url)
        self.assertEqual(code, 1)
        self.assertIn("already exists", err)
        listed = {e["name"]: e for e in self.ok_json("metrics", "list")["endpoints"]}
        self.assertEqual(listed["shared"]["url"], self.prom.url)
        report = self.ok_json("metrics", "test", "shared")
        self.assertTrue(report["ok"] and report["ready"], report)
        self.assertTrue(report["version"].startswith("2.42"), report)
        self.assertEqual(self.ok_json("metrics", "remove", "shared"), {"removed": "shared"})
        self.assertNotIn("shared", [e["name"] for e in self.ok_json("metrics", "list")["endpoints"]])
        code, out, err = self.cli("metrics", "test", "shared")
        self.assertEqual(code, 1)
        self.assertIn("no Prometheus endpoint named", err)

    def assert_nowhere_on_disk(self, secret):
        for root, _, files in os.walk(self.data):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    self.assertNotIn(secret.encode(), f.read(), os.path.join(root, name))

    def test_bearer_token_reaches_prometheus_and_stays_in_the_vault(self):
        # Prometheus cannot check a bearer token itself: an authenticating proxy in front of the
        # real one refuses every request without "Authorization: Bearer TOKEN" (401).
        with AuthProxy(self.prom.url, TOKEN) as proxy:
            outputs = []

            def run(*args, **kw):
                code, out, err = self.cli(*args, **kw)
                outputs.append(out + err)
                return code, out, err

            code, out, err = run("metrics", "add", "tokened", "--url", proxy.url, "--cluster", "gpu-a",
                                 "--auth", "bearer", "--json", env={"FLEETDECK_PROMETHEUS_SECRET": TOKEN})
            self.assertEqual(code, 0, err)
            added = json.loads(out)
            self.assertEqual(added["auth"], "bearer")
            self.assertEqual(added["cluster"], "gpu-a")
            run("metrics", "list", "--json")
            code, out, err = run("metrics", "test", "tokened", "--json")
            self.assertEqual(code, 0, err)
            self.assertTrue(json.loads(out)["ok"], out)
            code, out, err = run("gpu", "list", "--endpoint", "tokened", "--json")
            self.assertEqual(code, 0, err)
            gpus = json.loads(out)["gpus"]
            self.assertEqual({(g["node"], g["gpu"], g["migInstance"]) for g in gpus}, self.expected_gpus())
            stats = proxy.stats()
            self.assertGreater(stats["forwarded"], 0, stats)
            self.assertEqual(stats["refused"], 0, stats)
            for text in outputs:
                self.assertNotIn(TOKEN, text)
            self.assert_nowhere_on_disk(TOKEN)
            db = sqlite3.connect(os.path.join(self.data, "fleetdeck.db"))
            try:
                refs = db.execute("SELECT e.credential_refs FROM prometheus_endpoints p JOIN endpoints e "
                                  "ON e.id = p.endpoint_id WHERE p.name = 'tokened'").fetchone()[0]
            finally:
                db.close()
            self.assertEqual(json.loads(refs), {"token": "prometheus/tokened/token"})

            # A wrong token (given on stdin this time): refused, said in one categorised sentence.
            wrong = "not-the-" + TOKEN
            code, out, err = run("metrics", "add", "wrongtoken", "--url", proxy.url, "--auth", "bearer",
                                 "--secret-stdin", stdin=wrong + "\n")
            self.assertEqual(code, 0, err)
            code, out, err = run("metrics", "test", "wrongtoken", "--json")
            self.assertEqual(code, 1)
            report = json.loads(out)
            self.assertFalse(report["ok"])
            self.assertEqual(report["category"], "unauthorized", report)
            self.assertIn("401", report["error"])
            # stderr also carries fd.net's log lines; the user's message is the one
            # "fleetdeck-cli:" line, one sentence.
            said = [line for line in err.splitlines() if line.startswith("fleetdeck-cli:")]
            self.assertEqual(len(said), 1, err)
            self.assertEqual(said[0], "fleetdeck-cli: " + report["error"])
            self.assertIn("credentials", said[0])
            self.assertEqual(said[0].count(". "), 0, said[0])
            code, out, err = run("gpu", "list", "--endpoint", "wrongtoken")
            self.assertEqual(code, 1)
            said = [line for line in err.splitlines() if line.startswith("fleetdeck-cli:")]
            self.assertEqual(len(said), 1, err)
            self.assertIn("401", said[0])
            self.assertGreater(proxy.stats()["refused"], 0)
            for text in outputs:
                self.assertNotIn(TOKEN, text)
                self.assertNotIn(wrong, text)
            self.assert_nowhere_on_disk(wrong)
            self.ok_json("metrics", "remove", "wrongtoken")
            # Without the passphrase the vault stays locked: the command says so and fails.
            code, out, err = self.cli("metrics", "test", "tokened", env={"FLEETDECK_PASSPHRASE": ""})
            self.assertEqual(code, 1)
            self.assertIn("passphrase", err.lower())
            self.ok_json("metrics", "remove", "tokened")
        code, out, err = self.cli("metrics", "add", "nosecret", "--url", self.prom.url, "--auth", "bearer")
        self.assertEqual(code, 1)
        self.assertIn("FLEETDECK_PROMETHEUS_SECRET", err)

    def test_edit_changes_url_secret_and_alertmanager(self):
        with AuthProxy(self.prom.url, TOKEN) as proxy:
            self.ok_json("metrics", "add", "editable", "--url", "http://127.0.0.1:1")
            code, out, err = self.cli("metrics", "test", "editable", "--json")
            self.assertEqual(json.loads(out)["category"], "network")
            # To the bearer-protected Prometheus, with a token: it answers.
            edited = self.ok_json("metrics", "edit", "editable", "--url", proxy.url, "--auth", "bearer",
                                  "--alertmanager", "http://127.0.0.1:1",
                                  env={"FLEETDECK_PROMETHEUS_SECRET": TOKEN})
            self.assertEqual((edited["url"], edited["auth"], edited["alertmanager"]),
                             (proxy.url, "bearer", "http://127.0.0.1:1"))
            self.assertEqual(sorted(edited.keys()), sorted(self.ok_json("metrics", "list")["endpoints"][0].keys()))
            code, out, err = self.cli("metrics", "test", "editable", "--json")
            report = json.loads(out)
            self.assertTrue(report["ok"], report)
            self.assertFalse(report["alertmanager"]["ok"])  # nothing at :1
            # No secret given: the stored token stays; --alertmanager= removes the Alertmanager.
            edited = self.ok_json("metrics", "edit", "editable", "--alertmanager=")
            self.assertIsNone(edited["alertmanager"])
            self.assertEqual(edited["auth"], "bearer")
            self.assertTrue(self.ok_json("metrics", "test", "editable")["ok"])
            # A new (wrong) token replaces the one in the vault.
            code, out, err = self.cli("metrics", "edit", "editable", "--secret-stdin", stdin="wrong-token\n")
            self.assertEqual(code, 0, err)
            self.assertNotIn("wrong-token", out + err)
            code, out, err = self.cli("metrics", "test", "editable", "--json")
            self.assertEqual(code, 1)
            self.assertEqual(json.loads(out)["category"], "unauthorized")
            # Back to none: the token leaves the vault's references.
            self.ok_json("metrics", "edit", "editable", "--url", self.prom.url, "--auth", "none")
            self.assertTrue(self.ok_json("metrics", "test", "editable")["ok"])
            db = sqlite3.connect(os.path.join(self.data, "fleetdeck.db"))
            try:
                refs = db.execute("SELECT e.credential_refs FROM prometheus_endpoints p JOIN endpoints e "
                                  "ON e.id = p.endpoint_id WHERE p.name = 'editable'").fetchone()[0]
            finally:
                db.close()
            self.assertIn(json.loads(refs or "{}"), ({}, None))
            self.assert_nowhere_on_disk(TOKEN)
            # The route stays; an unknown name is one sentence.
            self.assertEqual(self.cli("metrics", "edit", "editable", "--cluster", "gpu-a")[0], 2)
            code, out, err = self.cli("metrics", "edit", "nothing-here", "--url", self.prom.url)
            self.assertEqual(code, 1)
            self.assertIn("no Prometheus endpoint named", err)
            self.ok_json("metrics", "remove", "editable")

    def test_bad_input(self):
        code, out, err = self.cli("metrics", "add", "x", "--url", "ftp://127.0.0.1/")
        self.assertEqual(code, 2, err)
        code, out, err = self.cli("metrics", "add", "x", "--via-api-server")
        self.assertEqual(code, 2, err)
        self.assertEqual(self.cli("metrics", "add", "x", "--url", "http://127.0.0.1:1", "--auth", "digest")[0], 2)
        # Nothing listening: one sentence, exit 1.
        self.ok_json("metrics", "add", "nowhere", "--url", "http://127.0.0.1:1")
        code, out, err = self.cli("metrics", "test", "nowhere", "--json")
        self.assertEqual(code, 1)
        report = json.loads(out)
        self.assertFalse(report["ok"])
        self.assertEqual(report["category"], "network")
        self.ok_json("metrics", "remove", "nowhere")
        ep = self.url_endpoint()
        self.assertEqual(self.cli("gpu", "top", "--endpoint", ep, "--range", "soon", "--by", "power")[0], 2)
        self.assertEqual(self.cli("gpu", "top", "--endpoint", ep, "--range", "1h", "--by", "fans")[0], 2)
        self.assertEqual(self.cli("gpu", "query", "up", "--endpoint", ep, "--step", "1m")[0], 2)

    # ---- gpu ----------------------------------------------------------------------------------
    def expected_gpus(self):
        """(node, gpu, migInstance) of every GPU and MIG instance reporting a temperature now."""
        out = set()
        for s in self.prom.query("DCGM_FI_DEV_GPU_TEMP")["result"]:
            m = s["metric"]
            node = m.get("Hostname") or m.get("hostname")
            out.add((node, int(m["gpu"]), int(m["GPU_I_ID"]) if m.get("GPU_I_ID") else None))
            if m.get("GPU_I_ID"):
                out.add((node, int(m["gpu"]), None))  # the GPU itself is listed over its instances
        return out

    def test_gpu_list_json_and_csv(self):
        for ep in (self.url_endpoint(), self.api_endpoint()):
            gpus = self.ok_json("gpu", "list", "--endpoint", ep)["gpus"]
            for g in gpus:
                self.assertEqual(sorted(g.keys()), sorted(GPU_KEYS))
            self.assertEqual({(g["node"], g["gpu"], g["migInstance"]) for g in gpus}, self.expected_gpus())
            # MIG instances have no DCGM_FI_DEV_GPU_UTIL: their utilisation comes from the engine.
            mig = [g for g in gpus if g["migInstance"] is not None]
            self.assertTrue(mig)
            self.assertTrue(all(g["utilization"] is not None for g in mig), mig)
            self.assertTrue(all(g["migProfile"] for g in mig))
            # A MIG instance without frame-buffer metrics has null there, never 0.
            self.assertIn(None, [g["memoryTotalMiB"] for g in mig])
            code, out, err = self.cli("gpu", "list", "--endpoint", ep, "--csv")
            self.assertEqual(code, 0, err)
            rows = list(csv.DictReader(io.StringIO(out)))
            self.assertEqual(len(rows), len(gpus))
            self.assertEqual(list(rows[0].keys()), GPU_KEYS)
            nulls = [r for r in rows if r["migInstance"] and r["memoryTotalMiB"] == ""]
            self.assertTrue(nulls)

    def test_gpu_top(self):
        ep = self.url_endpoint()
        top = self.ok_json("gpu", "top", "--endpoint", ep, "--range", "1h", "--by", "utilization", "--limit", "3")
        self.assertEqual(top["by"], "utilization")
        self.assertEqual(top["range"], "1h")
        values = [g["value"] for g in top["gpus"]]
        self.assertEqual(len(values), 3)
        self.assertEqual(values, sorted(values, reverse=True))
        hot = self.ok_json("gpu", "top", "--endpoint", ep, "--range", "2d", "--by", "temperature", "--limit", "1")
        # The generated overheating of gpu-node-b GPU 6 is the hottest reading of the two days.
        best = hot["gpus"][0]
        self.assertEqual((best["node"], best["gpu"]), ("gpu-node-b", 6))
        peak = self.prom.query('max_over_time(DCGM_FI_DEV_GPU_TEMP{hostname="gpu-node-b",gpu="6"}[2d])')
        self.assertAlmostEqual(best["value"], float(peak["result"][0]["value"][1]), places=1)

    def test_gpu_health_has_every_xid(self):
        for ep in (self.url_endpoint(), self.api_endpoint()):
            events = self.ok_json("gpu", "health", "--endpoint", ep, "--range", "2d")["events"]
            xids = [e for e in events if e["kind"] == "xid"]
            for x in self.prom.truth["xids"]:
                # An XID reported for 30 s to 2 min must not vanish in the 5-minute steps.
                match = [e for e in xids if e["node"] == x["node"] and e["gpu"] == x["gpu"]
                         and e["code"] == x["code"]]
                self.assertEqual(len(match), 1, (x, xids))
                e = match[0]
                self.assertTrue(e["meaning"])
                self.assertLessEqual(epoch(e["start"]), x["start"])
                self.assertGreaterEqual(epoch(e["end"]), x["end"] - 60)
                self.assertLess(epoch(e["end"]) - epoch(e["start"]), 3600)
            kinds = {e["kind"] for e in events}
            self.assertTrue({"temperature", "power", "thermal-throttling"} <= kinds, kinds)

    def test_gpu_query_gap_stays_a_gap(self):
        gap = self.prom.truth["gaps"][0]
        expr = 'DCGM_FI_DEV_GPU_TEMP{hostname="%s",gpu="0"} + 0' % gap["node"]  # '+' survives
        for ep in (self.url_endpoint(), self.api_endpoint()):
            result = self.ok_json("gpu", "query", expr, "--endpoint", ep, "--range", "1d", "--step", "5m")
            self.assertEqual(result["resultType"], "matrix")
            self.assertEqual(result["step"], "5m")
            self.assertEqual(len(result["series"]), 1)
            points = result["series"][0]["points"]
            inside = [p for p in points if gap["start"] + 300 < epoch(p["time"]) < gap["end"]]
            outside = [p for p in points if epoch(p["time"]) < gap["start"] - 600]
            self.assertTrue(inside)
            self.assertTrue(all(p["value"] is None for p in inside), inside)
            self.assertTrue(outside and all(p["value"] is not None for p in outside[-5:]))
            code, out, err = self.cli("gpu", "query", expr, "--endpoint", ep, "--range", "1d", "--step", "5m",
                                      "--csv")
            self.assertEqual(code, 0, err)
            rows = list(csv.reader(io.StringIO(out)))
            self.assertEqual(rows[0][0], "time")
            self.assertEqual(len(rows) - 1, len(points))
            by_time = {r[0]: r[1] for r in rows[1:]}
            self.assertTrue(all(by_time[p["time"]] == "" for p in inside))

    def test_query_errors_keep_prometheus_words(self):
        for ep in (self.url_endpoint(), self.api_endpoint()):
            code, out, err = self.cli("gpu", "query", "sum(", "--endpoint", ep)
            self.assertEqual(code, 1)
            self.assertIn("unclosed left parenthesis", err)
            self.assertEqual(err.count("fleetdeck-cli:"), 1, err)

    # ---- the API-server route -----------------------------------------------------------------
    def test_via_api_server_discovers_and_matches_url(self):
        added = self.ok_json("metrics", "add", "disc", "--cluster", "gpu-a", "--via-api-server")
        self.assertEqual(added["route"], "api-server")
        self.assertEqual(added["service"], "monitoring/kps-kube-prometheus-stack-prometheus:9090")
        self.assertIsNone(added["url"])
        report = self.ok_json("metrics", "test", "disc")
        self.assertTrue(report["ok"], report)
        self.assertTrue(report["version"].startswith("2.42"))
        a = self.ok_json("gpu", "query", "count(DCGM_FI_DEV_GPU_TEMP + 0)", "--endpoint", "disc")
        b = self.ok_json("gpu", "query", "count(DCGM_FI_DEV_GPU_TEMP + 0)", "--endpoint", self.url_endpoint())
        self.assertEqual(a["series"][0]["value"], b["series"][0]["value"])
        self.ok_json("metrics", "remove", "disc")
        # A named service that does not exist: the API server's 404, said as one sentence.
        self.ok_json("metrics", "add", "missing", "--cluster", "gpu-a", "--via-api-server",
                     "--service", "monitoring/nothing-here:9090")
        code, out, err = self.cli("metrics", "test", "missing", "--json")
        self.assertEqual(code, 1)
        self.assertEqual(json.loads(out)["category"], "not-found")
        self.assertIn("service proxy", err)
        self.ok_json("metrics", "remove", "missing")
        # The proxy went through the test API server (its access log names the path).
        with open(os.path.join(self.kube.dir, "access.log")) as f:
            log = f.read()
        self.assertIn("/services/kps-kube-prometheus-stack-prometheus:9090/proxy/api/v1/query", log)

    def test_via_api_server_with_an_alertmanager_url(self):
        # The API-server route keeps its Alertmanager at a URL, reached without credentials; a
        # dead one is reported in its own field while Prometheus (through the proxy) answers.
        dead = "http://127.0.0.1:1"
        added = self.ok_json("metrics", "add", "api-am", "--cluster", "gpu-a", "--via-api-server",
                             "--service", "monitoring/kps-kube-prometheus-stack-prometheus:9090",
                             "--alertmanager", dead)
        self.assertEqual(added["route"], "api-server")
        self.assertEqual(added["alertmanager"], dead)
        code, out, err = self.cli("metrics", "test", "api-am", "--json")
        self.assertEqual(code, 1, err)
        report = json.loads(out)
        self.assertTrue(report["ok"], report)
        self.assertFalse(report["alertmanager"]["ok"])
        self.assertEqual(report["alertmanager"]["category"], "network")
        self.ok_json("metrics", "remove", "api-am")
        self.assertIsNone(self.ok_json("metrics", "test", self.url_endpoint())["alertmanager"])


class MetricsCliBasicAuth(unittest.TestCase):
    """Basic authentication checked by Prometheus itself (--web.config.file with a bcrypt hash):
    the password goes to the vault, reaches Prometheus, and a wrong one is one sentence."""

    @classmethod
    def setUpClass(cls):
        cls.prom = PromServer(alertmanager=False, basic_auth=(BASIC_USER, BASIC_PASSWORD, BASIC_HASH)).start()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.data = os.path.join(cls.tmp.name, "data")

    @classmethod
    def tearDownClass(cls):
        cls.prom.cleanup()
        cls.tmp.cleanup()

    cli = MetricsCli.__dict__["cli"]

    def test_basic_auth_reaches_prometheus(self):
        with self.assertRaises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(self.prom.url + "/api/v1/status/buildinfo", timeout=10)
        self.assertEqual(refused.exception.code, 401)
        outputs = []

        def run(*args, **kw):
            code, out, err = self.cli(*args, **kw)
            outputs.append(out + err)
            return code, out, err

        code, out, err = run("metrics", "add", "basic", "--url", self.prom.url, "--auth", "basic", "--user",
                             BASIC_USER, env={"FLEETDECK_PROMETHEUS_SECRET": BASIC_PASSWORD})
        self.assertEqual(code, 0, err)
        code, out, err = run("metrics", "test", "basic", "--json")
        self.assertEqual(code, 0, err)
        self.assertTrue(json.loads(out)["ok"], out)
        code, out, err = run("gpu", "list", "--endpoint", "basic", "--json")
        self.assertEqual(code, 0, err)
        gpus = json.loads(out)["gpus"]
        self.assertEqual({(g["node"], g["gpu"], g["migInstance"]) for g in gpus}, MetricsCli.expected_gpus(self))

        code, out, err = run("metrics", "add", "basic-wrong", "--url", self.prom.url, "--auth", "basic", "--user",
                             BASIC_USER, "--secret-stdin", stdin="not-" + BASIC_PASSWORD + "\n")
        self.assertEqual(code, 0, err)
        code, out, err = run("metrics", "test", "basic-wrong", "--json")
        self.assertEqual(code, 1)
        report = json.loads(out)
        self.assertEqual(report["category"], "unauthorized", report)
        said = [line for line in err.splitlines() if line.startswith("fleetdeck-cli:")]
        self.assertEqual(said, ["fleetdeck-cli: " + report["error"]])
        for text in outputs:
            self.assertNotIn(BASIC_PASSWORD, text)
        for root, _, files in os.walk(self.data):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    self.assertNotIn(BASIC_PASSWORD.encode(), f.read(), name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
